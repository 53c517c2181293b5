/** The interactive half of a region map: Leaflet, without tiles, drawing our own TopoJSON. Loaded only by dynamic import. */
import L from 'leaflet';
import { createTilelessMap, loadLeafletCss } from './leaflet-helpers.ts';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { propertyOf } from '../lib/topology-props.ts';

export interface LiveRegionMap {
  select(code: string | undefined): void;
  highlight(code: string | undefined): void;
  destroy(): void;
}

export interface LiveRegionMapOptions {
  /** URL of the topology (object `vervoerregios` with `code`, `gemeenten` with `vr`). */
  url: string;
  /** Fill colour per region code, computed at build time. */
  colours: Record<string, string>;
  /** Region names and their label positions (computed at build time). */
  labels: { text: string; lat: number; lng: number }[];
  label: string;
  onSelect(code: string): void;
  onHover(code: string | undefined): void;
}

interface RegionProperties {
  code: string;
  naam: string;
}

const BASE_STYLE: L.PathOptions = { color: '#1c2230', weight: 1.2, opacity: 1, fillOpacity: 0.78 };

/** Builds the Leaflet map in `container` and resolves when the data is drawn; rejects when the data cannot be loaded. */
export async function createLiveRegionMap(container: HTMLElement, options: LiveRegionMapOptions): Promise<LiveRegionMap> {
  const [response] = await Promise.all([fetch(options.url), loadLeafletCss()]);
  if (!response.ok) throw new Error(`${options.url}: ${response.status}`);
  const topology = (await response.json()) as Topology;
  const regionsObject = topology.objects['vervoerregios'] as GeometryCollection<RegionProperties> | undefined;
  const gemeentenObject = topology.objects['gemeenten'] as GeometryCollection<{ vr: string }> | undefined;
  if (!regionsObject || !gemeentenObject) throw new Error(`${options.url}: onverwachte topologie`);
  const regions = feature(topology, regionsObject) as unknown as FeatureCollection<Geometry, RegionProperties>;

  const { map, dispose } = createTilelessMap(container, { label: options.label, minZoom: 7, maxZoom: 12 });

  const brussel = topology.objects['brussel'];
  if (brussel) {
    L.geoJSON(feature(topology, brussel) as unknown as FeatureCollection, {
      interactive: false,
      style: { color: '#8a8a8a', weight: 0.8, fillColor: '#d9d6cf', fillOpacity: 1 },
    }).addTo(map);
  }

  let selected: string | undefined;
  let highlighted: string | undefined;
  const layers = new Map<string, L.Path>();
  const styleFor = (code: string): L.PathOptions => {
    const active = code === selected || code === highlighted;
    return {
      ...BASE_STYLE,
      fillColor: options.colours[code] ?? '#999999',
      weight: code === selected ? 3.5 : active ? 2.5 : BASE_STYLE.weight ?? 1.2,
      fillOpacity: selected && code !== selected ? 0.35 : active ? 0.95 : BASE_STYLE.fillOpacity ?? 0.78,
    };
  };
  const restyle = (): void => {
    for (const [code, layer] of layers) layer.setStyle(styleFor(code));
    if (selected) layers.get(selected)?.bringToFront();
  };

  const regionLayer = L.geoJSON(regions as FeatureCollection, {
    style: (f) => styleFor((f as Feature<Geometry, RegionProperties> | undefined)?.properties.code ?? ''),
    onEachFeature: (f, layer) => {
      const { code, naam } = (f as Feature<Geometry, RegionProperties>).properties;
      layers.set(code, layer as L.Path);
      layer.bindTooltip(naam, { sticky: true, direction: 'top' });
      layer.on('mouseover', () => options.onHover(code));
      layer.on('mouseout', () => options.onHover(undefined));
      layer.on('click', () => options.onSelect(code));
    },
  }).addTo(map);

  const borders = mesh(topology, gemeentenObject, (a, b) => a !== b && propertyOf(a, 'vr') === propertyOf(b, 'vr'));
  L.geoJSON(borders, { interactive: false, style: { color: '#ffffff', weight: 0.6, opacity: 0.7 } }).addTo(map);

  for (const { text, lat, lng } of options.labels) {
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const content = document.createElement('span');
    const words = text.split(' ');
    content.append(...(words.length === 2 ? [words[0] ?? '', document.createElement('br'), words[1] ?? ''] : [text]));
    L.tooltip({ permanent: true, direction: 'center', className: 'region-label', interactive: false }).setLatLng([lat, lng]).setContent(content).addTo(map);
  }

  const bounds = regionLayer.getBounds();
  map.fitBounds(bounds, { padding: [8, 8] });
  map.setMaxBounds(bounds.pad(0.3));


  return {
    select(code) {
      selected = code;
      restyle();
    },
    highlight(code) {
      highlighted = code;
      restyle();
    },
    destroy() {
      dispose();
    },
  };
}

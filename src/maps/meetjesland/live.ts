/**
 * The interactive half of the Meetjesland map: Leaflet without tiles, drawing the municipalities of
 * data/meetjesland.topo.json with the colours and counts the controller computes. Loaded only by dynamic import.
 * (The CSS loader and the wheel guard follow src/scripts/leaflet-region-map.ts, which does not export them.)
 */
import L from 'leaflet';
import { createTilelessMap, loadLeafletCss } from '../shared/leaflet-base.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** What the controller tells the map to draw, per NIS code. */
export interface LiveView {
  fills: ReadonlyMap<string, string>;
  /** The count to print on the municipality; `undefined` or 0 prints nothing. */
  counts: ReadonlyMap<string, number | undefined>;
  titles: ReadonlyMap<string, string>;
  classes: ReadonlyMap<string, string>;
}

export interface LiveMeetjeslandMap {
  update(view: LiveView): void;
  select(nis: string | undefined): void;
  destroy(): void;
}

export interface LiveMeetjeslandMapOptions {
  /** URL of the topology (objects `gemeenten` {nis, naam} and `provincie`). */
  url: string;
  label: string;
  /** Name and label position of every municipality that can have a count, computed at build time. */
  labels: ReadonlyMap<string, { naam: string; lat: number; lng: number }>;
  onSelect(nis: string): void;
}

interface GemeenteProperties {
  nis: string;
  naam: string;
}

const BASE_STYLE: L.PathOptions = { color: '#ffffff', weight: 0.9, opacity: 1, fillOpacity: 1 };
const SELECTED_STYLE: L.PathOptions = { color: '#1c2230', weight: 3.5 };

/** Builds the Leaflet map in `container`; rejects when the topology cannot be loaded. */
export async function createLiveMeetjeslandMap(container: HTMLElement, options: LiveMeetjeslandMapOptions): Promise<LiveMeetjeslandMap> {
  const [response] = await Promise.all([fetch(options.url), loadLeafletCss()]);
  if (!response.ok) throw new Error(`${options.url}: ${response.status}`);
  const topology = (await response.json()) as Topology;
  const gemeentenObject = topology.objects['gemeenten'] as GeometryCollection<GemeenteProperties> | undefined;
  const provincieObject = topology.objects['provincie'];
  if (!gemeentenObject || !provincieObject) throw new Error(`${options.url}: onverwachte topologie`);
  const gemeenten = feature(topology, gemeentenObject) as unknown as FeatureCollection<Geometry, GemeenteProperties>;

  const { map, dispose } = createTilelessMap(container, { label: options.label, minZoom: 8, maxZoom: 13 });

  let view: LiveView | undefined;
  let selected: string | undefined;
  const layers = new Map<string, L.Path>();
  const styleFor = (nis: string): L.PathOptions => ({
    ...BASE_STYLE,
    ...(nis === selected ? SELECTED_STYLE : {}),
    fillColor: view?.fills.get(nis) ?? '#e9e5de',
  });

  const gemeenteLayer = L.geoJSON(gemeenten as FeatureCollection, {
    style: (f) => styleFor((f as Feature<Geometry, GemeenteProperties> | undefined)?.properties.nis ?? ''),
    onEachFeature: (f, layer) => {
      const { nis, naam } = (f as Feature<Geometry, GemeenteProperties>).properties;
      layers.set(nis, layer as L.Path);
      layer.bindTooltip(
        () => {
          const text = document.createElement('span');
          text.textContent = view?.titles.get(nis) ?? naam;
          return text;
        },
        { sticky: true, direction: 'top' },
      );
      layer.on('click', () => options.onSelect(nis));
    },
  }).addTo(map);

  L.geoJSON(feature(topology, provincieObject) as unknown as FeatureCollection, {
    interactive: false,
    style: { color: '#1c2230', weight: 1.4, fill: false },
  }).addTo(map);

  const labels = new Map<string, { tooltip: L.Tooltip; count: HTMLElement }>();
  for (const [nis, { naam, lat, lng }] of options.labels) {
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const content = document.createElement('span');
    const name = document.createElement('span');
    name.className = 'mj-label-name';
    name.textContent = naam;
    const count = document.createElement('span');
    count.className = 'mj-label-count';
    content.append(name, count);
    const tooltip = L.tooltip({ permanent: true, direction: 'center', className: 'mj-map-label', interactive: false }).setLatLng([lat, lng]).setContent(content);
    labels.set(nis, { tooltip: tooltip.addTo(map), count });
  }

  const bounds = gemeenteLayer.getBounds();
  map.fitBounds(bounds, { padding: [6, 6] });
  map.setMaxBounds(bounds.pad(0.3));
  // The paths exist once the map has a view; name them so tests and tools can find a municipality.
  for (const [nis, layer] of layers) layer.getElement()?.setAttribute('data-nis', nis);

  // Names only where there is room for them: below ≈ 560 px for the province, the map shows the counts alone.
  const fitLabels = (): void => {
    const span = map.latLngToContainerPoint(bounds.getNorthEast()).x - map.latLngToContainerPoint(bounds.getSouthWest()).x;
    container.classList.toggle('mj-names-hidden', span < 560);
  };
  fitLabels();
  map.on('zoomend', fitLabels);
  // A new container size (rotated phone, resized window) fits the province again.
  map.on('resize', () => map.fitBounds(bounds, { padding: [6, 6] }));


  const restyle = (): void => {
    for (const [nis, layer] of layers) {
      layer.setStyle(styleFor(nis));
      const path = layer.getElement();
      if (!path) continue;
      path.setAttribute('data-count', String(view?.counts.get(nis) ?? ''));
      path.setAttribute('data-class', view?.classes.get(nis) ?? '');
    }
    if (selected) layers.get(selected)?.bringToFront();
  };

  return {
    update(next) {
      view = next;
      restyle();
      for (const [nis, label] of labels) {
        const count = next.counts.get(nis);
        label.count.textContent = count ? String(count) : '';
      }
    },
    select(nis) {
      selected = nis;
      restyle();
    },
    destroy() {
      dispose();
    },
  };
}

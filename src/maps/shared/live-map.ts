/**
 * The live half of every map, loaded by dynamic import only when a figure goes live: waits for the topology and Leaflet's
 * stylesheet (live-assets.ts), and builds a tile-less Leaflet map with helpers for what all maps draw: clickable shapes
 * with hover and selection styling, plain lines, permanent labels, and fit + max bounds that follow a resized container.
 */
import type L from 'leaflet';
import type { Topology } from 'topojson-specification';
import type { LineString, MultiLineString, MultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { createTilelessMap } from './leaflet-base.ts';
import { fetchTopology, loadLeafletCss } from './live-assets.ts';
import { declutter } from './declutter.ts';
import { Control, FeatureGroup, LatLng, LatLngBounds, Point, Polygon, Polyline, polygonOf, polylineOf, setPosition } from './leaflet-lite.ts';
import { topologyZoom } from './zoom.ts';
import { arcDecoder, type ArcSet, type PolygonArcs } from './arcs.ts';

export interface LiveMapOptions {
  /** URL of the TopoJSON (a fingerprinted asset). */
  url: string;
  /** Accessible name of the map region ("… (interactief)" is added). The zoom range is the topology's own (shared/zoom.ts). */
  label: string;
  /** Padding (px) around the topology's bounding box when the map is fitted (default 8). */
  padding?: number;
  /** [west, south, east, north] the map opens on, and returns to with "Beginbeeld" (default: the topology's box). */
  frame?: readonly [number, number, number, number] | undefined;
}

/**
 * A shape to draw: an outline merged at build time (delta-coded arc lists into the map's topology, shared/topology.ts
 * `outlineArcs`, decoded by shared/arcs.ts), a geometry object's own arcs (`polygonArcsOf`), or a GeoJSON geometry.
 */
export type Shape = { id: string; arcs: PolygonArcs } | { id: string; rings: number[][][] } | { id: string; geometry: GeoPolygon | MultiPolygon };

export interface ShapeOptions {
  style: (id: string) => L.PathOptions;
  /** Tooltip text, read each time it opens (so it can follow the view). */
  tooltip?: (id: string) => string;
  onClick?: (id: string) => void;
  onHover?: (id: string | undefined) => void;
  /** Attribute set to the shape's id on its SVG path, e.g. `data-nis` (for tests and tools). */
  idAttribute?: string;
  /** False for context shapes that never react to the pointer (default true). */
  interactive?: boolean;
}

export interface ShapeLayer {
  /** Re-applies `style` to every shape. */
  restyle(): void;
  /** The SVG path of a shape (after the map has a view). */
  element(id: string): SVGPathElement | undefined;
  bringToFront(id: string): void;
  bounds(): L.LatLngBounds;
  remove(): void;
}

/** A label's content from its lines ("Vlaamse", "Ardennen"), one line break between them. */
export function labelContent(lines: readonly string[]): HTMLElement {
  const content = document.createElement('span');
  lines.forEach((line, i) => content.append(...(i > 0 ? [document.createElement('br')] : []), line));
  return content;
}

export interface Label {
  lngLat: readonly [number, number];
  content: HTMLElement | string;
  className: string;
  /** Higher wins when labels would collide (the other is hidden until there is room); default 0. */
  priority?: number;
}

export interface LabelOptions {
  /** True when the caller fills the labels first and then calls `declutter()` itself: nothing is measured before that. */
  deferred?: boolean;
}

export interface LiveMap {
  readonly map: L.Map;
  readonly topology: Topology;
  /** The topology's bounding box; the reader can move within it (max bounds). */
  readonly bounds: L.LatLngBounds;
  shapes(shapes: readonly Shape[], options: ShapeOptions): ShapeLayer;
  /** Lines: a delta-coded arc set of the topology (shared/topology.ts `borderArcSet`) or a GeoJSON line geometry. */
  lines(lines: ArcSet | LineString | MultiLineString, style: L.PathOptions): L.Layer;
  /**
   * Permanent labels that never collide with each other or the map's buttons (shared/declutter.ts), checked again after
   * every zoom, move and resize. Each is a `div.leaflet-tooltip` in Leaflet's tooltip pane, centred on its point by CSS
   * (`.map-label`), so placing it measures nothing: one layout for all labels instead of one per label (L.Tooltip).
   */
  labels(labels: readonly Label[], options?: LabelOptions): { elements: HTMLElement[]; declutter(): void };
  /** Fits the bounds, and fits them again when the container is resized. */
  fit(bounds: L.LatLngBounds, padding?: number): void;
  dispose(): void;
}

/** Leaflet's (untyped) projection of a point at the zoom an animation is going to. */
interface AnimatedMap {
  _latLngToNewLayerPoint(at: L.LatLng, zoom: number, center: L.LatLng): L.Point;
}

/** A "Beginbeeld" button under the zoom buttons that brings the opening view back. */
function resetControl(reset: () => void): L.Control {
  const control = new Control({ position: 'topleft' });
  control.onAdd = () => {
    const bar = document.createElement('div');
    bar.className = 'leaflet-bar leaflet-control map-reset';
    const button = document.createElement('button');
    button.type = 'button';
    button.title = 'Beginbeeld';
    button.setAttribute('aria-label', 'Terug naar het beginbeeld');
    button.textContent = '⌂';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      reset();
    });
    bar.append(button);
    return bar;
  };
  return control;
}

/** Builds the map in `container` once the topology and the stylesheet are loaded; rejects when either fails. */
export async function createLiveMap(container: HTMLElement, options: LiveMapOptions): Promise<LiveMap> {
  const [topology] = await Promise.all([fetchTopology(options.url), loadLeafletCss()]);
  const zoom = topologyZoom(topology, options.url);
  const decoder = arcDecoder(topology, (lng, lat) => new LatLng(lat, lng));
  const { map, dispose } = createTilelessMap(container, { label: options.label, minZoom: zoom.min, maxZoom: zoom.max });
  let fitted: { bounds: L.LatLngBounds; padding: number } | undefined;
  /** Shape layers whose paths get their id attribute once the map has a view (Leaflet draws nothing before). */
  const namers: Array<() => void> = [];
  /**
   * Fits the bounds beside or below the control corner (zoom and reset buttons), whichever shows the area larger, so the
   * buttons never cover it: beside on a wide map, below on a phone's taller map.
   */
  const fitClear = (target: L.LatLngBounds, padding: number): void => {
    const corner = container.querySelector('.leaflet-top.leaflet-left')?.getBoundingClientRect();
    const origin = container.getBoundingClientRect();
    const width = corner ? Math.max(padding, corner.right - origin.left) : padding;
    const height = corner ? Math.max(padding, corner.bottom - origin.top) : padding;
    const options = [new Point(width, padding), new Point(padding, height)].map((topLeft) => ({
      topLeft,
      zoom: map.getBoundsZoom(target, false, topLeft.add([padding, padding])),
    }));
    const best = options.reduce((a, b) => (b.zoom > a.zoom ? b : a));
    map.fitBounds(target, { paddingTopLeft: best.topLeft, paddingBottomRight: [padding, padding], animate: false });
  };
  map.on('resize', () => {
    if (fitted) fitClear(fitted.bounds, fitted.padding);
  });
  const fit = (target: L.LatLngBounds, padding = 8): void => {
    fitted = { bounds: target, padding };
    fitClear(target, padding);
    for (const named of namers) named();
  };
  const box = ([west = 0, south = 0, east = 0, north = 0]: readonly number[]): L.LatLngBounds => new LatLngBounds([south, west], [north, east]);
  const bounds = box(topology.bbox ?? []);
  const frame = options.frame ? box(options.frame) : bounds;
  // The controls first (their corner is kept clear), then the fit before anything is drawn, so every path is drawn once, at the right view.
  resetControl(() => fit(frame, options.padding)).addTo(map);
  fit(frame, options.padding);
  map.setMaxBounds(bounds.pad(0.3));
  return {
    map,
    topology,
    bounds,
    shapes(shapes, shapeOptions) {
      const polygons = new Map<string, L.Path>();
      const group = new FeatureGroup();
      for (const shape of shapes) {
        const { id } = shape;
        const pathOptions = { interactive: shapeOptions.interactive ?? true, ...shapeOptions.style(id) };
        const polygon =
          'arcs' in shape
            ? new Polygon(decoder.polygons(shape.arcs), pathOptions)
            : 'rings' in shape
              ? new Polygon(decoder.rings(shape.rings), pathOptions)
              : polygonOf(shape.geometry, pathOptions);
        polygons.set(id, polygon);
        if (shapeOptions.tooltip) {
          const text = shapeOptions.tooltip;
          polygon.bindTooltip(() => text(id), { sticky: true, direction: 'top' });
        }
        if (shapeOptions.onClick) polygon.on('click', () => shapeOptions.onClick?.(id));
        if (shapeOptions.onHover) {
          polygon.on('mouseover', () => shapeOptions.onHover?.(id));
          polygon.on('mouseout', () => shapeOptions.onHover?.(undefined));
        }
        group.addLayer(polygon);
      }
      group.addTo(map);
      const named = (): void => {
        if (!shapeOptions.idAttribute) return;
        for (const [id, polygon] of polygons) polygon.getElement()?.setAttribute(shapeOptions.idAttribute, id);
      };
      named();
      namers.push(named);
      return {
        restyle() {
          for (const [id, polygon] of polygons) polygon.setStyle(shapeOptions.style(id));
          named();
        },
        element: (id) => polygons.get(id)?.getElement() as SVGPathElement | undefined,
        bringToFront: (id) => void polygons.get(id)?.bringToFront(),
        bounds: () => group.getBounds(),
        remove: () => void group.remove(),
      };
    },
    lines(lines, style) {
      const lineOptions = { interactive: false, ...style };
      return (Array.isArray(lines) ? new Polyline(decoder.lines(lines), lineOptions) : polylineOf(lines, lineOptions)).addTo(map);
    },
    labels(labels, labelOptions) {
      const elements = labels.map(({ content, className }) => {
        const element = document.createElement('div');
        element.className = `leaflet-tooltip leaflet-zoom-animated map-label ${className}`;
        element.append(content);
        return element;
      });
      const points = labels.map(({ lngLat }) => new LatLng(lngLat[1], lngLat[0]));
      const place = (toPoint: (at: L.LatLng) => L.Point): void =>
        elements.forEach((element, i) => {
          const at = points[i];
          if (at) setPosition(element, toPoint(at).round());
        });
      const atZoom = (): void => place((at) => map.latLngToLayerPoint(at));
      atZoom();
      map.getPane('tooltipPane')?.append(...elements);
      map.on('zoom viewreset', atZoom);
      // During the zoom animation, where Leaflet's own tooltips go (DivOverlay._animateZoom).
      map.on('zoomanim', (event: L.ZoomAnimEvent) => place((at) => (map as unknown as AnimatedMap)._latLngToNewLayerPoint(at, event.zoom, event.center)));
      const run = (): void => {
        for (const element of elements) element.classList.remove('is-decluttered');
        const boxes = elements.map((element, i) => {
          const r = element.getBoundingClientRect();
          return { key: String(i), left: r.left, top: r.top, right: r.right, bottom: r.bottom, priority: labels[i]?.priority ?? 0 };
        });
        // The map's buttons are obstacles placed first: a label under them is hidden, never covered.
        const controls = [...container.querySelectorAll('.leaflet-control')].map((control, i) => {
          const r = control.getBoundingClientRect();
          return { key: `control-${i}`, left: r.left, top: r.top, right: r.right, bottom: r.bottom, priority: Number.MAX_VALUE };
        });
        for (const key of declutter([...controls, ...boxes], 2)) if (!key.startsWith('control-')) elements[Number(key)]?.classList.add('is-decluttered');
      };
      map.on('zoomend moveend resize', run);
      if (!labelOptions?.deferred) run();
      return { elements, declutter: run };
    },
    fit,
    dispose,
  };
}

/**
 * The parts of Leaflet 1.9.4 the maps use, imported from its ES module sources (`leaflet/src/…`), so tiles, markers,
 * popups, image and video overlays, box zoom, the Canvas renderer and L.GeoJSON stay out of the bundle: ≈ 26 KB gzip instead of 43 KB for
 * `import L from 'leaflet'` (whose CommonJS build cannot be tree-shaken). Typed with @types/leaflet.
 */
import type * as L from 'leaflet';
import type { MultiLineString, MultiPolygon, Polygon as GeoPolygon, LineString, Position } from 'geojson';
import { Map as SrcMap } from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
import { svg as untypedSvg } from 'leaflet/src/layer/vector/SVG';

import { Zoom as SrcZoom } from 'leaflet/src/control/Control.Zoom';
import { Control as SrcControl } from 'leaflet/src/control/Control';
import { Polygon as SrcPolygon } from 'leaflet/src/layer/vector/Polygon';
import { Polyline as SrcPolyline } from 'leaflet/src/layer/vector/Polyline';
import { FeatureGroup as SrcFeatureGroup } from 'leaflet/src/layer/FeatureGroup';
import { Tooltip as SrcTooltip } from 'leaflet/src/layer/Tooltip';
import { LatLngBounds as SrcLatLngBounds } from 'leaflet/src/geo/LatLngBounds';
import { LatLng as SrcLatLng } from 'leaflet/src/geo/LatLng';
import { Point as SrcPoint } from 'leaflet/src/geometry/Point';
import { setPosition as srcSetPosition } from 'leaflet/src/dom/DomUtil';

/** Leaflet's SVG renderer factory, typed (its ES module source has no types). */
const svg = untypedSvg as () => L.Renderer;

interface RendererHost {
  _renderer?: L.Renderer;
  hasLayer(layer: L.Layer): boolean;
  addLayer(layer: L.Layer): unknown;
}

// Leaflet's Renderer.getRenderer.js without its Canvas renderer, which these maps never use (1.6 KB gzip less): every
// path is drawn by one SVG renderer in the overlay pane.
(SrcMap as { include(methods: object): void }).include({
  getRenderer(this: RendererHost, layer: L.Path): L.Renderer {
    const renderer = layer.options.renderer ?? (this._renderer ??= svg());
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
});

export const LeafletMap = SrcMap as typeof L.Map;
export const ZoomControl = SrcZoom as typeof L.Control.Zoom;
export const Control = SrcControl as typeof L.Control;
export const Polygon = SrcPolygon as typeof L.Polygon;
export const Polyline = SrcPolyline as typeof L.Polyline;
export const FeatureGroup = SrcFeatureGroup as typeof L.FeatureGroup;
export const Tooltip = SrcTooltip as typeof L.Tooltip;
export const LatLngBounds = SrcLatLngBounds as typeof L.LatLngBounds;
export const LatLng = SrcLatLng as typeof L.LatLng;
export const Point = SrcPoint as typeof L.Point;
export const setPosition = srcSetPosition as typeof L.DomUtil.setPosition;

const latLngs = (ring: Position[]): L.LatLngTuple[] => ring.map(([lng = 0, lat = 0]) => [lat, lng]);

/** A Leaflet polygon of a GeoJSON Polygon or MultiPolygon (what L.geoJSON would build, without it). */
export function polygonOf(geometry: GeoPolygon | MultiPolygon, options: L.PolylineOptions): L.Polygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return new Polygon(
    polygons.map((rings) => rings.map(latLngs)),
    options,
  );
}

/** A Leaflet polyline of a GeoJSON LineString or MultiLineString. */
export function polylineOf(geometry: LineString | MultiLineString, options: L.PolylineOptions): L.Polyline {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return new Polyline(lines.map(latLngs), options);
}

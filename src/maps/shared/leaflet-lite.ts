/**
 * The parts of Leaflet 1.9.4 the maps use, imported from its ES module sources (`leaflet/src/…`): the map with its
 * drag, keyboard, wheel, double-click and pinch handlers, the zoom and custom controls, and one SVG overlay (the
 * figure's drawing, shared/drawing.ts). Tiles, markers, popups, vector layers and their renderers, L.GeoJSON and box
 * zoom stay out of the bundle. Typed with @types/leaflet.
 */
import type * as L from 'leaflet';
import { Map as SrcMap } from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
import { Zoom as SrcZoom } from 'leaflet/src/control/Control.Zoom';
import { Control as SrcControl } from 'leaflet/src/control/Control';
import { SVGOverlay as SrcSVGOverlay } from 'leaflet/src/layer/SVGOverlay';
import { LatLngBounds as SrcLatLngBounds } from 'leaflet/src/geo/LatLngBounds';
import { LatLng as SrcLatLng } from 'leaflet/src/geo/LatLng';
import { Point as SrcPoint } from 'leaflet/src/geometry/Point';
import { setPosition as srcSetPosition } from 'leaflet/src/dom/DomUtil';

export const LeafletMap = SrcMap as typeof L.Map;
export const ZoomControl = SrcZoom as typeof L.Control.Zoom;
export const Control = SrcControl as typeof L.Control;
export const SVGOverlay = SrcSVGOverlay as typeof L.SVGOverlay;
export const LatLngBounds = SrcLatLngBounds as typeof L.LatLngBounds;
export const LatLng = SrcLatLng as typeof L.LatLng;
export const Point = SrcPoint as typeof L.Point;
export const setPosition = srcSetPosition as typeof L.DomUtil.setPosition;

/**
 * The live half of every map, loaded by dynamic import only when a figure goes live: a tile-less Leaflet map that shows
 * a copy of the figure's own build-time drawing (shared/drawing.ts) as one SVG overlay on the drawing's geographic box,
 * so nothing is fetched, decoded, merged or projected in the browser. On top: the shapes of the drawing made interactive
 * (one delegated listener, one pointer tooltip), permanent labels that never collide, and fit + max bounds that follow a
 * resized container. Styling is the drawing's CSS: a controller toggles classes on the static SVG and the copy alike.
 */
import type L from 'leaflet';
import { createTilelessMap } from './leaflet-base.ts';
import { loadLeafletCss } from './live-assets.ts';
import { declutter } from './declutter.ts';
import { liveDrawing } from './drawing.ts';
import type { Box, MapView } from './island.ts';
import { Control, LatLng, LatLngBounds, Point, SVGOverlay, setPosition } from './leaflet-lite.ts';

export interface LiveMapOptions {
  /** The figure's build-time drawing; the live map shows a copy of it. */
  svg: SVGSVGElement;
  /** Where that drawing lies on the earth and the zoom range it is drawn for (island.ts `MapView`, written at build time). */
  view: MapView;
  /** Accessible name of the map region ("… (interactief)" is added). */
  label: string;
  /** Padding (px) around the opening view when the map is fitted (default 8). */
  padding?: number;
  /** [west, south, east, north] the map opens on, and returns to with "Beginbeeld" (default: the whole drawing). */
  frame?: Box | undefined;
}

export interface ShapeHandlers {
  /** Tooltip text, read each time it opens (so it can follow the view). */
  tooltip?: (id: string) => string;
  onClick?: (id: string) => void;
  onHover?: (id: string | undefined) => void;
}

export interface Shapes {
  /** Draws the shape over its neighbours (last in its group), so its outline is not covered. */
  bringToFront(id: string): void;
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
  /** True when the caller fills the labels first and then calls `declutter()` itself: nothing is shown before that. */
  deferred?: boolean;
}

export interface LiveMap {
  readonly map: L.Map;
  /** The copy of the figure's drawing the map shows. */
  readonly drawing: SVGSVGElement;
  /** The drawing's box; the reader can move within it (max bounds). */
  readonly bounds: L.LatLngBounds;
  /**
   * Makes the drawing's paths that match `selector` (each naming its shape in `idAttribute`, e.g. `data-code`) react to
   * the pointer: a tooltip that follows it, hover, and click (not at the end of a drag).
   */
  shapes(selector: string, idAttribute: string, handlers: ShapeHandlers): Shapes;
  /**
   * Permanent labels that never collide with each other or the map's buttons (shared/declutter.ts), checked again after
   * every zoom, move and resize, just after the next frame (`declutter()` schedules a check; the container's
   * `data-labels="placed"` says the first is done). Each is a `div.leaflet-tooltip` in Leaflet's tooltip pane, centred on
   * its point by CSS (`.map-label`), so placing it measures nothing (not L.Tooltip, which forces a layout per label).
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

/** Builds the map in `container` once Leaflet's stylesheet is in; rejects when it fails. */
export async function createLiveMap(container: HTMLElement, options: LiveMapOptions): Promise<LiveMap> {
  await loadLeafletCss();
  const { view } = options;
  const { map, dispose } = createTilelessMap(container, { label: options.label, minZoom: view.zoom[0], maxZoom: view.zoom[1] });
  let fitted: { bounds: L.LatLngBounds; padding: number } | undefined;
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
    // During a zoom animation Leaflet ends at the animation's target when it finishes, so the fit waits for that end.
    if ((map as L.Map & { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', () => fitClear(target, padding));
    else fitClear(target, padding);
  };
  const box = ([west, south, east, north]: Box): L.LatLngBounds => new LatLngBounds([south, west], [north, east]);
  const bounds = box(view.bbox);
  const frame = options.frame ? box(options.frame) : bounds;
  // The controls first (their corner is kept clear), then the fit, then the drawing: it is placed once, at the right view.
  resetControl(() => fit(frame, options.padding)).addTo(map);
  fit(frame, options.padding);
  map.setMaxBounds(bounds.pad(0.3));
  const drawing = liveDrawing(options.svg);
  new SVGOverlay(drawing, bounds, { interactive: false }).addTo(map);
  const tip = document.createElement('div');
  tip.className = 'leaflet-tooltip leaflet-tooltip-top map-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  container.append(tip);
  map.on('movestart zoomstart', () => (tip.hidden = true));
  return {
    map,
    drawing,
    bounds,
    shapes(selector, idAttribute, handlers) {
      const paths = [...drawing.querySelectorAll<SVGPathElement>(selector)];
      for (const path of paths) path.classList.add('leaflet-interactive');
      const idOf = (target: EventTarget | null): string | undefined => {
        const path = target instanceof Element ? target.closest(selector) : null;
        return path && drawing.contains(path) ? (path.getAttribute(idAttribute) ?? undefined) : undefined;
      };
      let hovered: string | undefined;
      const place = (event: PointerEvent): void => {
        const origin = container.getBoundingClientRect();
        tip.style.left = `${String(Math.round(event.clientX - origin.left))}px`;
        tip.style.top = `${String(Math.round(event.clientY - origin.top))}px`;
      };
      const hover = (id: string | undefined, event: PointerEvent): void => {
        if (id === hovered) return;
        hovered = id;
        if (handlers.tooltip && id !== undefined) {
          tip.textContent = handlers.tooltip(id);
          place(event);
          tip.hidden = false;
        } else tip.hidden = true;
        handlers.onHover?.(id);
      };
      drawing.addEventListener('pointerover', (event) => hover(idOf(event.target), event));
      drawing.addEventListener('pointermove', (event) => {
        if (!tip.hidden) place(event);
      });
      // Leaving for another shape is that shape's pointerover; leaving for anything else ends the hover.
      drawing.addEventListener('pointerout', (event) => {
        if (idOf(event.relatedTarget) === undefined) hover(undefined, event);
      });
      drawing.addEventListener('click', (event) => {
        const id = idOf(event.target);
        if (id !== undefined && !(map.dragging as L.Handler & { moved(): boolean }).moved()) handlers.onClick?.(id);
      });
      return {
        bringToFront(id) {
          for (const path of paths) if (path.getAttribute(idAttribute) === id) path.parentNode?.append(path);
        },
      };
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
      // Every label starts hidden (`is-decluttered`) and is shown once it is known to collide with nothing.
      for (const element of elements) element.classList.add('is-decluttered');
      /** Measures every label (a hidden one keeps its box) and shows those that fit; reads everything before it writes. */
      const run = (): void => {
        const boxes = elements.map((element, i) => {
          const r = element.getBoundingClientRect();
          return { key: String(i), left: r.left, top: r.top, right: r.right, bottom: r.bottom, priority: labels[i]?.priority ?? 0 };
        });
        // The map's buttons are obstacles placed first: a label under them is hidden, never covered.
        const controls = [...container.querySelectorAll('.leaflet-control')].map((control, i) => {
          const r = control.getBoundingClientRect();
          return { key: `control-${i}`, left: r.left, top: r.top, right: r.right, bottom: r.bottom, priority: Number.MAX_VALUE };
        });
        const hidden = new Set(declutter([...controls, ...boxes], 2));
        elements.forEach((element, i) => element.classList.toggle('is-decluttered', hidden.has(String(i))));
        container.dataset['labels'] = 'placed';
      };
      let pending = false;
      /**
       * Runs the declutter just after the next frame, when the browser has laid the map out anyway, so measuring forces no
       * layout of its own (calls in between are one run); the map is live and drawn meanwhile, its labels appear a frame later.
       */
      const settle = (): void => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() =>
          setTimeout(() => {
            pending = false;
            run();
          }, 0),
        );
      };
      map.on('zoomend moveend resize', settle);
      if (!labelOptions?.deferred) settle();
      return { elements, declutter: settle };
    },
    fit,
    dispose() {
      tip.remove();
      dispose();
    },
  };
}

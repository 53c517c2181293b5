/** What every live map shares: a tile-less Leaflet map with Dutch controls and a careful wheel. */
import type L from 'leaflet';
import { LeafletMap, ZoomControl } from './leaflet-lite.ts';
import { cooperativeGestures } from './gestures.ts';

/**
 * Never zoom by accident while scrolling the page: the wheel zooms only once the map has focus, or with Ctrl held.
 * Returns a function that removes the listeners.
 */
export function guardWheelZoom(map: L.Map, container: HTMLElement): () => void {
  const onFocus = (): void => {
    map.scrollWheelZoom.enable();
  };
  const onBlur = (): void => {
    map.scrollWheelZoom.disable();
  };
  const onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey || map.scrollWheelZoom.enabled()) return;
    event.preventDefault();
    map.setZoomAround(map.mouseEventToLatLng(event), map.getZoom() + (event.deltaY < 0 ? 0.5 : -0.5));
  };
  container.addEventListener('focus', onFocus);
  container.addEventListener('blur', onBlur);
  container.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    container.removeEventListener('focus', onFocus);
    container.removeEventListener('blur', onBlur);
    container.removeEventListener('wheel', onWheel);
  };
}

/**
 * A Leaflet map without tiles (our own TopoJSON is the whole picture), keyboard-operable, with Dutch zoom buttons, a
 * labelled region for screen readers, the wheel guard and, on touch screens, cooperative gestures. `dispose` removes the guard and the map.
 */
export function createTilelessMap(container: HTMLElement, options: { label: string; minZoom: number; maxZoom: number }): { map: L.Map; dispose: () => void } {
  container.replaceChildren();
  const map = new LeafletMap(container, {
    attributionControl: false,
    zoomControl: false,
    scrollWheelZoom: false,
    zoomSnap: 0.1,
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    keyboard: true,
  });
  new ZoomControl({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(map);
  container.setAttribute('aria-label', `${options.label} (interactief)`);
  container.setAttribute('role', 'region');
  const unguard = guardWheelZoom(map, container);
  const ungesture = cooperativeGestures(map, container);
  return {
    map,
    dispose() {
      unguard();
      ungesture();
      map.remove();
    },
  };
}

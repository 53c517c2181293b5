/**
 * Leaflet's stylesheet, the one thing every live map waits for besides its code and island: started by the map's loader
 * (lazy-element.ts) as soon as the controllers' base module is in, while the Leaflet chunk is still on its way, and shared
 * by every map on the page.
 */
import leafletCss from './leaflet-lite.css?url';

let stylesheet: Promise<void> | undefined;

/** Adds Leaflet's (trimmed) stylesheet once, only when a live map is on its way, so it never blocks a page's first render. */
export function loadLeafletCss(): Promise<void> {
  stylesheet ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = leafletCss;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${leafletCss} niet geladen`)));
    document.head.append(link);
  });
  return stylesheet;
}

/** Starts the stylesheet without waiting for it: a stylesheet that fails shows in the live map, which awaits `loadLeafletCss`. */
export function startLeafletCss(): void {
  loadLeafletCss().catch(() => undefined);
}

/** `<region-map>`: the vervoerregio map island; its controller and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap, preloadLiveChunks } from '../shared/lazy-element.ts';

defineLazyMap('region-map', () => {
  preloadLiveChunks([import('./live.ts'), import('../shared/live-map.ts')]);
  return import('./controller.ts').then((m) => m.VervoerregioController);
});

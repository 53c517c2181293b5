/** `<grens-map>`: the "Over de grens" island; its controller, its data and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap, preloadLiveChunks } from '../shared/lazy-element.ts';

defineLazyMap('grens-map', () => {
  preloadLiveChunks([import('./live.ts'), import('../shared/live-map.ts')]);
  return import('./controller.ts').then((m) => m.OverDeGrensController);
});

/** `<refreg-map>`: the comparison map island; its controller and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap } from '../shared/lazy-element.ts';

defineLazyMap('refreg-map', () => import('./controller.ts').then((m) => m.ReferentieregioController));

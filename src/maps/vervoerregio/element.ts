/** `<region-map>`: the vervoerregio map island; its controller and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap } from '../shared/lazy-element.ts';

defineLazyMap('region-map', (element) => import('./controller.ts').then(({ VervoerregioController }) => new VervoerregioController(element)));

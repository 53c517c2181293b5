/** `<region-map>`: the vervoerregio map island; its behaviour and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap } from './lazy-map.ts';

defineLazyMap('region-map', (element) => import('./region-map-controller.ts').then(({ RegionMapController }) => new RegionMapController(element)));

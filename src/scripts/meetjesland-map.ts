/** `<meetjesland-map>`: the Meetjesland map island; its controller and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap } from './lazy-map.ts';

defineLazyMap('meetjesland-map', (element) =>
  import('./meetjesland-map-controller.ts').then(({ MeetjeslandMapController }) => new MeetjeslandMapController(element)),
);

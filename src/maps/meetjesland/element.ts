/** `<meetjesland-map>`: the Meetjesland map island; its controller and Leaflet load by dynamic import when it nears the viewport. */
import { defineLazyMap } from '../shared/lazy-element.ts';

defineLazyMap('meetjesland-map', (element) =>
  import('./controller.ts').then(({ MeetjeslandController }) => new MeetjeslandController(element)),
);

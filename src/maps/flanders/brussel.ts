/** Brussels on a Flemish live map: a grey context shape (in neither region system) from the topology's `brussel` object. */
import { mergeGroups } from '../shared/topology.ts';
import type { LiveMap } from '../shared/live-map.ts';

/** Draws Brussels under the regions; a no-op when the topology has no `brussel` object. */
export function drawBrussel(live: LiveMap): void {
  const brussel = mergeGroups(live.topology, 'brussel', () => 'brussel').get('brussel');
  if (!brussel) return;
  live.shapes([{ id: 'brussel', geometry: brussel }], {
    interactive: false,
    style: () => ({ color: '#8a8a8a', weight: 0.8, fillColor: '#d9d6cf', fillOpacity: 1 }),
  });
}

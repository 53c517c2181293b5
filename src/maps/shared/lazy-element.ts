/**
 * Defines a map island element that sleeps until the reader comes near it. One screen ahead of the figure it loads its
 * controller, the live map's chunks and, in parallel, its model island when the build moved that out of the page
 * (`data-src`, see src/lib/map-islands.ts; `fillIsland` in island-fetch.ts) and Leaflet's stylesheet, so they are in when
 * the figure arrives; within 200 px of the viewport it starts the controller (the live map is built then). A reader who never comes within a screen of a map
 * loads nothing for it. What is not needed before then (the failure message) stays out of this eager module.
 */
import { fillIsland } from './island-fetch.ts';

export interface MapController {
  start(): Promise<void>;
  stop(): void;
}

/** A map's controller class (a `MapIsland` subclass), built for one element once its island is in. */
export type MapControllerClass = new (element: HTMLElement) => MapController;

/**
 * Starts loading the chunks a live map will need, all at once, instead of one after the other as each module discovers its
 * imports (Vite's module preloading is off, see src/integrations/vite-lean-dynamic-import.ts). Call it inside `load` with
 * the `import()`s of the map's live module and shared/live-map.ts (Leaflet); a failure shows later, in the map.
 */
export function preloadLiveChunks(chunks: ReadonlyArray<Promise<unknown>>): void {
  for (const chunk of chunks) chunk.catch(ignore);
}

/** A failure that shows elsewhere (in the map, or when the map starts). */
const ignore = (): void => undefined;

/**
 * Registers `<name>`; `load` dynamically imports the controller class (Leaflet and all follow), which is built for the
 * element once both the import and the island are in.
 */
export function defineLazyMap(name: string, load: () => Promise<MapControllerClass>): void {
  class LazyMap extends HTMLElement {
    #observers: IntersectionObserver[] = [];
    #controller: Promise<MapController> | undefined;

    connectedCallback(): void {
      // The controllers' base module (the failure message); the controller imports it anyway.
      const base = (): Promise<typeof import('./map-island.ts')> => import('./map-island.ts');
      // The island leaves at once, with the chunks; Leaflet's stylesheet starts as soon as the base is in.
      const controller = (): Promise<MapController> =>
        (this.#controller ??= Promise.all([load(), fillIsland(this), base().then((m) => m.startLeafletCss())]).then(([Controller]) => new Controller(this)));
      const near = (rootMargin: string, then: () => unknown): void => {
        const observer = new IntersectionObserver(
          (entries) => {
            if (!entries.some((entry) => entry.isIntersecting)) return;
            observer.disconnect();
            then();
          },
          { rootMargin },
        );
        observer.observe(this);
        this.#observers.push(observer);
      };
      // One screen ahead: load. Within 200 px: start (the first to fire when a reader jumps there).
      near('100% 0px', () => controller().catch(ignore));
      near('200px 0px', () =>
        controller().then(
          (c) => c.start(),
          () =>
            base().then(
              (m) => m.showFailed(this),
              () => (this.dataset['live'] = 'failed'),
            ),
        ),
      );
    }

    disconnectedCallback(): void {
      for (const observer of this.#observers) observer.disconnect();
      this.#controller?.then((c) => c.stop(), ignore);
      this.#controller = undefined;
    }
  }
  // Each map's element module runs once per page (a module script), so its name is defined once.
  customElements.define(name, LazyMap);
}

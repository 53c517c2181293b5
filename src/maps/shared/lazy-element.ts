/** Defines a map island element that sleeps until it comes within 200 px of the viewport, then loads its controller. */

export interface MapController {
  start(): Promise<void>;
  stop(): void;
}

/**
 * Starts loading the chunks a live map will need, all at once, instead of one after the other as each module discovers its
 * imports (Vite's module preloading is off, see src/integrations/lean-dynamic-import.ts). Call it inside `load` with the
 * `import()`s of the map's live module and shared/live-map.ts (Leaflet); a failure shows later, in the map.
 */
export function preloadLiveChunks(chunks: ReadonlyArray<Promise<unknown>>): void {
  for (const chunk of chunks) chunk.catch(() => undefined);
}

/** Registers `<name>`; `load` dynamically imports and builds the controller (Leaflet and all) for one element. */
export function defineLazyMap(name: string, load: (element: HTMLElement) => Promise<MapController>): void {
  class LazyMap extends HTMLElement {
    #observer: IntersectionObserver | undefined;
    #controller: MapController | undefined;

    connectedCallback(): void {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.#observer?.disconnect();
          load(this).then(
            (controller) => {
              this.#controller = controller;
              return controller.start();
            },
            () => (this.dataset['live'] = 'failed'),
          );
        },
        { rootMargin: '200px 0px' },
      );
      this.#observer.observe(this);
    }

    disconnectedCallback(): void {
      this.#observer?.disconnect();
      this.#controller?.stop();
    }
  }
  if (!customElements.get(name)) customElements.define(name, LazyMap);
}

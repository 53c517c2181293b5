/** Defines a map island element that sleeps until it comes within 200 px of the viewport, then loads its controller. */

export interface MapController {
  start(): Promise<void>;
  stop(): void;
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

/** `<region-map>`: waits until the map figure nears the viewport, then loads its behaviour and Leaflet by dynamic import. */
class RegionMap extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        void import('./region-map-controller.ts').then(({ RegionMapController }) => {
          const controller = new RegionMapController(this);
          this.#stop = () => controller.stop();
          return controller.start();
        });
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#stop?.();
  }
}

if (!customElements.get('region-map')) customElements.define('region-map', RegionMap);

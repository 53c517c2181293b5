/** `<meetjesland-map>`: waits until the Meetjesland figure nears the viewport, then loads its controller and Leaflet by dynamic import. */
class MeetjeslandMapElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        import('./meetjesland-map-controller.ts').then(
          ({ MeetjeslandMapController }) => {
            const controller = new MeetjeslandMapController(this);
            this.#stop = () => controller.stop();
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
    this.#stop?.();
  }
}

if (!customElements.get('meetjesland-map')) customElements.define('meetjesland-map', MeetjeslandMapElement);

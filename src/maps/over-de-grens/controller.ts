/**
 * The behaviour of `<grens-map>`, loaded when the figure nears the viewport: the legend entries become buttons, the
 * chosen deal lives in the URL (?regiodeal=north-sea-port-district), and Leaflet replaces the Westerschelde drawing.
 * Everything comes from the model island.
 */
import { MapIsland } from '../shared/map-island.ts';
import { readChoice, withParam } from '../shared/url-state.ts';
import { layerInfo, type OverDeGrensIsland } from './view.ts';
import type { OverDeGrensLive } from './live.ts';

export class OverDeGrensController extends MapIsland<OverDeGrensIsland> {
  #selected: string | undefined;
  #live: OverDeGrensLive | undefined;

  protected setup(): void {
    const ids = this.model.layers.map((l) => l.id);
    this.#selected = readChoice(location.search, this.model.param, ids);
    this.legendButtons((id) => this.select(this.#selected === id ? undefined : id));
  }

  /** Chooses a layer (or none): legend, static SVG, live map, info panel and URL follow. */
  select(id: string | undefined): void {
    this.#selected = id;
    this.replaceUrl(withParam(location.href, this.model.param, id));
    this.render();
  }

  protected clearSelection(): boolean {
    if (!this.#selected) return false;
    this.select(undefined);
    return true;
  }

  protected render(): void {
    if (this.#selected) this.el.dataset['regiodeal'] = this.#selected;
    else delete this.el.dataset['regiodeal'];
    for (const li of this.el.querySelectorAll<HTMLLIElement>('.map-legend li[data-code]')) {
      li.querySelector('button')?.setAttribute('aria-pressed', String(li.dataset['code'] === this.#selected));
    }
    for (const path of this.el.querySelectorAll<SVGPathElement>('[data-map-static] .odg-laag'))
      path.classList.toggle('is-selected', path.dataset['layer'] === this.#selected);
    const panel = this.el.querySelector<HTMLElement>('[data-map-info]');
    if (panel) {
      panel.hidden = false;
      const p = document.createElement('p');
      p.textContent = layerInfo(this.model, this.#selected) || 'Geen deal gekozen: de kaart toont ze alle.';
      panel.replaceChildren(p);
    }
    this.#live?.select(this.#selected);
  }

  protected async showLive(container: HTMLElement): Promise<void> {
    const { createOverDeGrensLive } = await import('./live.ts');
    this.#live = await createOverDeGrensLive(container, this.model, {
      label: this.el.querySelector('[data-map-static] title')?.textContent ?? 'Kaart',
      hatch: '#8a3b12',
    });
    this.#live.select(this.#selected);
  }

  protected disposeLive(): void {
    this.#live?.destroy();
    this.#live = undefined;
  }
}

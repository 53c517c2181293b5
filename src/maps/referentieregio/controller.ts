/**
 * The behaviour of `<refreg-map>`, loaded when the figure nears the viewport: legend entries become buttons that choose a
 * pair (?paar=gent), the municipality year lives in the URL (?vergelijking=2019), and Leaflet replaces the build-time SVG.
 */
import { MapIsland } from '../shared/map-island.ts';
import { readChoice, withParam } from '../shared/url-state.ts';
import { pairInfo, pairOfReferentieregio, pairOfSlug, type ReferentieregioIsland } from './view.ts';
import type { ReferentieregioLive } from './live.ts';

export class ReferentieregioController extends MapIsland<ReferentieregioIsland> {
  #year = this.model.defaultSet;
  #selected: string | undefined;
  #live: ReferentieregioLive | undefined;

  protected setup(): void {
    const { model } = this;
    this.#selected = pairOfSlug(
      model,
      readChoice(
        location.search,
        model.param,
        model.pairs.map((p) => p.slug),
      ),
    );
    this.legendButtons((code) => this.select(this.#selected === code ? undefined : code));
    this.#year = this.trackYear(model, (year) => {
      this.#year = year;
      this.render();
    });
  }

  /** Selects a pair by vervoerregio code (or clears it): legend, static SVG, live map, info panel and URL follow. */
  select(vr: string | undefined): void {
    this.#selected = vr;
    this.replaceUrl(withParam(location.href, this.model.param, this.model.pairs.find((p) => p.vr === vr)?.slug));
    this.render();
  }

  protected clearSelection(): boolean {
    if (!this.#selected) return false;
    this.select(undefined);
    return true;
  }

  protected render(): void {
    this.el.dataset['vergelijking'] = this.#year;
    this.showYear(this.#year);
    for (const li of this.el.querySelectorAll<HTMLLIElement>('.map-legend li[data-code]')) {
      li.querySelector('button')?.setAttribute('aria-pressed', String(li.dataset['code'] === this.#selected));
    }
    const rr = this.model.pairs.find((p) => p.vr === this.#selected)?.rr;
    for (const path of this.el.querySelectorAll<SVGPathElement>('[data-map-static] .map-regions path[data-code]'))
      path.classList.toggle('is-selected', path.dataset['code'] === rr);
    this.#renderInfo();
    this.#live?.show(this.#year);
    this.#live?.select(this.#selected);
  }

  #renderInfo(): void {
    const panel = this.el.querySelector<HTMLElement>('[data-map-info]');
    if (!panel) return;
    panel.hidden = false;
    const info = pairInfo(this.model, this.#year, this.#selected);
    const p = (text: string, className?: string): HTMLParagraphElement => {
      const node = document.createElement('p');
      node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    if (!info) {
      panel.replaceChildren(p('Geen vervoerregio gekozen.'));
      return;
    }
    const title = p('', 'map-info-title');
    const name = document.createElement('strong');
    name.textContent = `Vervoerregio ${info.vrNaam} ↔ referentieregio ${info.rrNaam}`;
    title.append(name, ` — ${String(info.gedeeld)} gemeenten in beide`);
    const list = (label: string, names: string[]): HTMLParagraphElement => p(`${label}: ${names.length > 0 ? names.join(', ') : 'geen'}.`, 'map-info-members');
    panel.replaceChildren(
      title,
      list(`Alleen in vervoerregio ${info.vrNaam}`, info.alleenVervoerregio),
      list(`Alleen in referentieregio ${info.rrNaam}`, info.alleenReferentieregio),
    );
  }

  protected async showLive(container: HTMLElement): Promise<void> {
    const { createReferentieregioLive } = await import('./live.ts');
    this.#live = await createReferentieregioLive(container, this.model, {
      label: this.el.querySelector('[data-map-static] title')?.textContent ?? 'Kaart',
      year: this.#year,
      onSelect: (rr) => {
        const vr = pairOfReferentieregio(this.model, rr);
        this.select(vr === this.#selected ? undefined : vr);
      },
    });
    this.#live.show(this.#year);
    this.#live.select(this.#selected);
  }

  protected disposeLive(): void {
    this.#live?.destroy();
    this.#live = undefined;
  }
}

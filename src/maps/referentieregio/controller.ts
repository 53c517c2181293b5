/**
 * The behaviour of `<refreg-map>`, loaded when the figure nears the viewport: legend entries become buttons that choose a
 * pair (?paar=gent), the municipality year lives in the URL (?vergelijking=2019), and the live map (a copy of the build-time SVG on Leaflet) replaces it.
 */
import { paragraph as p, SelectionIsland } from '../shared/selection-island.ts';
import { readChoice } from '../shared/url-state.ts';
import { pairInfo, pairOfReferentieregio, pairOfSlug, type ReferentieregioIsland } from './view.ts';
import type { ReferentieregioLive } from './live.ts';

export class ReferentieregioController extends SelectionIsland<ReferentieregioIsland, ReferentieregioLive> {
  #year = this.model.defaultSet;

  protected setup(): void {
    const { model } = this;
    this.selected = pairOfSlug(
      model,
      readChoice(
        location.search,
        model.param,
        model.pairs.map((p) => p.slug),
      ),
    );
    this.legendButtons((code) => this.toggle(code));
    this.#year = this.trackYear(model, (year) => {
      this.#year = year;
      this.render();
    });
  }

  /** A pair is chosen by its vervoerregio's code and named in the URL by its slug. */
  protected urlValue(vr: string | undefined): string | undefined {
    return this.model.pairs.find((pair) => pair.vr === vr)?.slug;
  }

  protected render(): void {
    this.el.dataset['vergelijking'] = this.#year;
    this.showYear(this.#year);
    this.pressLegend();
    const rr = this.model.pairs.find((p) => p.vr === this.selected)?.rr;
    for (const path of this.el.querySelectorAll<SVGPathElement>(':is([data-map-static], [data-map-drawing]) .map-regions path[data-code]'))
      path.classList.toggle('is-selected', path.dataset['code'] === rr);
    this.#renderInfo();
    this.live?.show(this.#year);
    this.live?.select(this.selected);
  }

  #renderInfo(): void {
    const panel = this.infoPanel();
    if (!panel) return;
    const info = pairInfo(this.model, this.#year, this.selected);
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
    const { staticSvg } = this;
    if (!staticSvg) throw new Error('<refreg-map>: geen kaarttekening');
    const { createReferentieregioLive } = await import('./live.ts');
    this.live = await createReferentieregioLive(container, this.model, {
      svg: staticSvg,
      label: this.liveLabel(),
      onSelect: (rr) => this.toggle(pairOfReferentieregio(this.model, rr)),
    });
    // The copy was made after the first render: it already shows the year and the selected referentieregio.
    this.live.show(this.#year);
    this.live.select(this.selected);
  }
}

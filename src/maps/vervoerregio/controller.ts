/**
 * The behaviour of `<region-map>`, loaded when the figure nears the viewport: legend entries become buttons, the
 * selection and the municipality year live in the URL (?vervoerregio=gent&indeling=2025), and Leaflet replaces the
 * build-time SVG. Everything comes from the model island; nothing is read back from the display HTML.
 */
import { paragraph as p, SelectionIsland } from '../shared/selection-island.ts';
import { readChoice } from '../shared/url-state.ts';
import { codeOfSlug, countsOf, regionInfo, type VervoerregioIsland } from './view.ts';
import type { VervoerregioLive } from './live.ts';

export class VervoerregioController extends SelectionIsland<VervoerregioIsland, VervoerregioLive> {
  #year = this.model.defaultSet;

  protected setup(): void {
    const { model } = this;
    this.selected = codeOfSlug(
      model,
      readChoice(
        location.search,
        model.param,
        model.regions.map((r) => r.slug),
      ),
    );
    for (const [code, button] of this.legendButtons((code) => this.toggle(code))) {
      for (const [type, value] of [
        ['focus', code],
        ['mouseenter', code],
        ['blur', undefined],
        ['mouseleave', undefined],
      ] as const) {
        button.addEventListener(type, () => this.#highlight(value), { signal: this.signal });
      }
    }
    this.#year = this.trackYear(model, (year) => {
      this.#year = year;
      this.render();
    });
  }

  protected urlValue(code: string | undefined): string | undefined {
    return this.model.regions.find((r) => r.code === code)?.slug;
  }

  protected render(): void {
    this.el.dataset['indeling'] = this.#year;
    this.showYear(this.#year);
    this.pressLegend();
    const counts = countsOf(this.model, this.#year);
    for (const li of this.el.querySelectorAll<HTMLLIElement>('.map-legend li[data-code]')) {
      const code = li.dataset['code'] ?? '';
      const count = li.querySelector('.legend-count');
      if (count) count.textContent = String(counts.get(code) ?? '');
    }
    for (const path of this.#staticRegions()) path.classList.toggle('is-selected', path.dataset['code'] === this.selected);
    this.#renderInfo();
    this.live?.select(this.selected);
  }

  /** The region paths of the static SVG and of the live map's copy of it. */
  #staticRegions(): SVGPathElement[] {
    return [...this.el.querySelectorAll<SVGPathElement>(':is([data-map-static], [data-map-drawing]) :is(.map-regions, .map-regions-2025) path[data-code]')];
  }

  #highlight(code: string | undefined): void {
    for (const path of this.#staticRegions()) path.classList.toggle('is-highlighted', path.dataset['code'] === code);
  }

  #renderInfo(): void {
    const panel = this.infoPanel();
    if (!panel) return;
    const info = regionInfo(this.model, this.#year, this.selected);
    if (!info) {
      panel.replaceChildren(p('Geen vervoerregio gekozen.'));
      return;
    }
    const title = p('', 'map-info-title');
    const name = document.createElement('strong');
    name.textContent = info.naam;
    title.append(name, ` — ${String(info.count)} gemeenten`);
    panel.replaceChildren(title, ...(info.alias ? [p(info.alias, 'map-info-note')] : []), p(info.members, 'map-info-members'));
  }

  protected async showLive(container: HTMLElement): Promise<void> {
    const { staticSvg } = this;
    if (!staticSvg) throw new Error('<region-map>: geen kaarttekening');
    const { createVervoerregioLive } = await import('./live.ts');
    this.live = await createVervoerregioLive(container, this.model, {
      svg: staticSvg,
      label: this.liveLabel(),
      onSelect: (code) => this.toggle(code),
      onHover: (code) => this.#highlight(code),
    });
    // The copy was made after the first render: it already shows the year and the selection.
    this.live.select(this.selected);
  }
}

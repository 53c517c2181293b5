/**
 * The base of a map whose legend chooses one entry at a time (the vervoerregio's, the pairs, the deals): the choice lives
 * in the URL under the model's `param`, the legend shows it pressed, choosing the pressed entry again clears it, Escape
 * clears it, and the live map, once built, follows it. Subclasses say what an entry is called in the URL and what the
 * choice changes besides.
 */
import { MapIsland } from './map-island.ts';
import type { MapModel } from './island.ts';
import { withParam } from './url-state.ts';

/** What a selection map's live half offers its controller. */
export interface SelectionLive {
  select(code: string | undefined): void;
  destroy(): void;
}

export abstract class SelectionIsland<Model extends MapModel & { param: string }, Live extends SelectionLive> extends MapIsland<Model> {
  /** The chosen entry's code, undefined for none. */
  protected selected: string | undefined;
  /** The live map once it is built. */
  protected live: Live | undefined;

  /** The entry's value in the URL (its slug), undefined for none. */
  protected abstract urlValue(code: string | undefined): string | undefined;

  /** Chooses an entry (or none): the URL follows, then everything else through `render()`. */
  select(code: string | undefined): void {
    this.selected = code;
    this.replaceUrl(withParam(location.href, this.model.param, this.urlValue(code)));
    this.render();
  }

  /** Chooses an entry, or clears the choice when it is the chosen one (a second click on a legend entry or a region). */
  protected toggle(code: string | undefined): void {
    this.select(code === this.selected ? undefined : code);
  }

  protected clearSelection(): boolean {
    if (!this.selected) return false;
    this.select(undefined);
    return true;
  }

  /** The legend's buttons (see `legendButtons`) show the chosen entry pressed. */
  protected pressLegend(): void {
    for (const li of this.el.querySelectorAll<HTMLLIElement>('.map-legend li[data-code]')) {
      li.querySelector('button')?.setAttribute('aria-pressed', String(li.dataset['code'] === this.selected));
    }
  }

  /** The figure's info panel, shown; undefined when the figure has none. */
  protected infoPanel(): HTMLElement | undefined {
    const panel = this.el.querySelector<HTMLElement>('[data-map-info]');
    if (!panel) return undefined;
    panel.hidden = false;
    return panel;
  }

  /** The live map's accessible name: the static drawing's title. */
  protected liveLabel(): string {
    return this.el.querySelector('[data-map-static] title')?.textContent ?? 'Kaart';
  }

  protected disposeLive(): void {
    this.live?.destroy();
    this.live = undefined;
  }
}

/** A paragraph of the info panel. */
export function paragraph(text: string, className?: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

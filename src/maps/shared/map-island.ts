/**
 * The base of every map controller (loaded when the figure nears the viewport, see lazy-element.ts): reads the model
 * island, shows the controls and the hint, clears the selection on Escape, lets a subclass draw the live map, and marks
 * the figure `data-live="true"`, or `"failed"` with a message while the static SVG and tables stay. Subclasses hold only
 * what differs per map.
 */
import type { MapController } from './lazy-element.ts';
import { readIsland, type MapModel } from './island.ts';
import { readChoice, withParam } from './url-state.ts';

// For the loader (lazy-element.ts), which reaches the stylesheet through this module's chunk, not one import more.
export { startLeafletCss } from './live-assets.ts';

/** Shown when the live map cannot be built (data not loaded, Leaflet failed). */
export const LIVE_FAILED_MESSAGE = 'De interactieve kaart is niet beschikbaar; de vaste kaart hierboven en de gegevens eronder tonen hetzelfde.';

/** The failed state: `data-live="failed"` and the message in the status line, while the static SVG and tables stay. */
export function showFailed(element: HTMLElement): void {
  const status = element.querySelector<HTMLElement>('[data-map-status]');
  if (status) status.textContent = LIVE_FAILED_MESSAGE;
  element.dataset['live'] = 'failed';
}

/** The division-year part of a model island: its URL parameter, the default year and the years the map draws. */
export interface YearChoice {
  setParam: string;
  defaultSet: string;
  sets: Record<string, unknown>;
}

export abstract class MapIsland<Model extends MapModel> implements MapController {
  protected readonly el: HTMLElement;
  protected readonly model: Model;
  /** Aborts every listener the controller added (on stop). */
  protected readonly signal: AbortSignal;
  readonly #abort = new AbortController();

  constructor(element: HTMLElement) {
    this.el = element;
    this.model = readIsland<Model>(element);
    this.signal = this.#abort.signal;
  }

  /** Wire up controls (listeners with `{ signal: this.signal }`); the model is read, nothing is drawn yet. */
  protected abstract setup(): void;
  /** Bring legend, static SVG, tables, info panel and (if live) the live map in line with the current state. */
  protected abstract render(): void;
  /** Clear the selection; false when there was nothing to clear (Escape then goes on to the page). */
  protected abstract clearSelection(): boolean;
  /** Build the live map in `container`; reject when it cannot be built. */
  protected abstract showLive(container: HTMLElement): Promise<void>;
  /** Remove the live map (on stop and before a failure message). */
  protected abstract disposeLive(): void;

  async start(): Promise<void> {
    for (const hidden of this.el.querySelectorAll<HTMLElement>('[data-map-controls], [data-map-hint]')) hidden.hidden = false;
    this.el.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.clearSelection()) event.stopPropagation();
      },
      { signal: this.signal },
    );
    this.setup();
    this.render();
    await this.#goLive();
  }

  stop(): void {
    this.#abort.abort();
    this.disposeLive();
  }

  /** Turns every legend entry `.map-legend li[data-code]` into a button (its content moved inside); `onClick` gets the code. */
  protected legendButtons(onClick: (code: string) => void): Map<string, HTMLButtonElement> {
    const buttons = new Map<string, HTMLButtonElement>();
    for (const li of this.el.querySelectorAll<HTMLLIElement>('.map-legend li[data-code]')) {
      const code = li.dataset['code'] ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...li.childNodes);
      button.addEventListener('click', () => onClick(code), { signal: this.signal });
      li.append(button);
      buttons.set(code, button);
    }
    return buttons;
  }

  /**
   * The starting year from the URL (the default when absent or unknown), with the year radios (`.map-sets`) wired: on a
   * change, the parameter in the URL follows (left out for the default year) and `onYear` runs.
   */
  protected trackYear(choice: YearChoice, onYear: (year: string) => void): string {
    for (const input of this.el.querySelectorAll<HTMLInputElement>('.map-sets input[type="radio"]')) {
      input.addEventListener(
        'change',
        () => {
          if (!input.checked) return;
          this.replaceUrl(withParam(location.href, choice.setParam, input.value === choice.defaultSet ? undefined : input.value));
          onYear(input.value);
        },
        { signal: this.signal },
      );
    }
    return readChoice(location.search, choice.setParam, Object.keys(choice.sets)) ?? choice.defaultSet;
  }

  /** Checks the year radio of `year` (after a change from the URL or the code). */
  protected showYear(year: string): void {
    for (const input of this.el.querySelectorAll<HTMLInputElement>('.map-sets input[type="radio"]')) input.checked = input.value === year;
  }

  /** Replaces the page URL (no history entry), e.g. with `withParam(location.href, key, value)`. */
  protected replaceUrl(href: string): void {
    history.replaceState(history.state, '', href);
  }

  /** The figure's build-time drawing (the live map shows a copy of it). */
  protected get staticSvg(): SVGSVGElement | null {
    return this.el.querySelector<SVGSVGElement>('svg[data-map-static]');
  }

  async #goLive(): Promise<void> {
    const container = this.el.querySelector<HTMLElement>('[data-map-live]');
    if (!container) return;
    try {
      container.hidden = false;
      await this.showLive(container);
      this.staticSvg?.setAttribute('data-covered', '');
      this.el.dataset['live'] = 'true';
    } catch {
      this.disposeLive();
      container.hidden = true;
      container.replaceChildren();
      this.staticSvg?.removeAttribute('data-covered');
      showFailed(this.el);
    }
  }
}

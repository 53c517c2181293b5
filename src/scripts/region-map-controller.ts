/**
 * The behaviour of `<region-map>`, loaded when the figure nears the viewport: legend entries become buttons, the selection
 * lives in the URL (?vervoerregio=gent&indeling=2025), and Leaflet replaces the build-time SVG.
 */
import { readChoice, withParam } from '../lib/map-state.ts';
import type { LiveRegionMap } from './leaflet-region-map.ts';

const SET_PARAM = 'indeling';

export class RegionMapController {
  readonly #el: HTMLElement;

  #sets: Record<string, string> = {};
  #set = '';
  #selected: string | undefined;
  #live: LiveRegionMap | undefined;
  #loading: Promise<void> | undefined;

  constructor(element: HTMLElement) {
    this.#el = element;
  }

  /** Upgrades the figure and loads the live map. */
  async start(): Promise<void> {
    this.#sets = JSON.parse(this.#el.dataset['sets'] ?? '{}') as Record<string, string>;
    const setNames = Object.keys(this.#sets);
    this.#set = readChoice(location.search, SET_PARAM, setNames) ?? this.#el.dataset['defaultSet'] ?? setNames[0] ?? '';
    this.#upgradeLegend();
    this.#upgradeSets();
    this.#el.querySelector<HTMLElement>('[data-map-hint]')?.removeAttribute('hidden');
    this.#el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#selected) {
        this.select(undefined);
        event.stopPropagation();
      }
    });
    this.#applyCounts();
    const slug = readChoice(location.search, this.#param, this.#slugs());
    this.select(slug ? this.#codeOfSlug(slug) : undefined, { updateUrl: false });
    await this.#activate();
  }

  stop(): void {
    this.#live?.destroy();
  }

  get #param(): string {
    return this.#el.dataset['param'] ?? 'regio';
  }

  #legendItems(): HTMLLIElement[] {
    return [...this.#el.querySelectorAll<HTMLLIElement>('.map-legend li[data-code]')];
  }

  #slugs(): string[] {
    return this.#legendItems().map((li) => li.dataset['slug'] ?? '');
  }

  #codeOfSlug(slug: string): string | undefined {
    return this.#legendItems().find((li) => li.dataset['slug'] === slug)?.dataset['code'];
  }

  #row(code: string): HTMLTableRowElement | null {
    return this.#el.closest('figure')?.querySelector<HTMLTableRowElement>(`table[data-set="${this.#set}"] tr[data-code="${code}"]`) ?? null;
  }

  #upgradeLegend(): void {
    for (const li of this.#legendItems()) {
      const code = li.dataset['code'] ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.append(...li.childNodes);
      button.addEventListener('click', () => this.select(this.#selected === code ? undefined : code));
      button.addEventListener('focus', () => this.#highlight(code));
      button.addEventListener('blur', () => this.#highlight(undefined));
      button.addEventListener('mouseenter', () => this.#highlight(code));
      button.addEventListener('mouseleave', () => this.#highlight(undefined));
      li.append(button);
    }
  }

  #upgradeSets(): void {
    const fieldset = this.#el.querySelector<HTMLFieldSetElement>('[data-map-sets]');
    if (!fieldset || Object.keys(this.#sets).length < 2) return;
    fieldset.hidden = false;
    for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = input.value === this.#set;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.#set = input.value;
        history.replaceState(history.state, '', withParam(location.href, SET_PARAM, input.value === this.#el.dataset['defaultSet'] ? undefined : input.value));
        this.#applyCounts();
        this.select(this.#selected, { updateUrl: false });
        if (this.#live) void this.#showLive();
      });
    }
  }

  /** Legend counts follow the chosen municipality set (read from that set's table). */
  #applyCounts(): void {
    for (const li of this.#legendItems()) {
      const count = li.querySelector('.legend-count');
      const cell = this.#row(li.dataset['code'] ?? '')?.cells[1];
      if (count && cell) count.textContent = cell.textContent ?? '';
    }
  }

  #highlight(code: string | undefined): void {
    for (const path of this.#el.querySelectorAll<SVGPathElement>('[data-map-static] .map-regions path')) {
      path.classList.toggle('is-highlighted', path.dataset['code'] === code);
    }
    this.#live?.highlight(code ?? this.#selected);
  }

  /** Selects a region (or clears the selection): legend, static SVG, live map, info panel and URL follow. */
  select(code: string | undefined, { updateUrl = true }: { updateUrl?: boolean } = {}): void {
    this.#selected = code;
    let slug: string | undefined;
    for (const li of this.#legendItems()) {
      const on = li.dataset['code'] === code;
      li.querySelector('button')?.setAttribute('aria-pressed', String(on));
      if (on) slug = li.dataset['slug'];
    }
    for (const path of this.#el.querySelectorAll<SVGPathElement>('[data-map-static] .map-regions path')) {
      path.classList.toggle('is-selected', path.dataset['code'] === code);
    }
    this.#live?.select(code);
    this.#renderInfo(code);
    if (updateUrl) history.replaceState(history.state, '', withParam(location.href, this.#param, slug));
  }

  #renderInfo(code: string | undefined): void {
    const info = this.#el.querySelector<HTMLElement>('[data-map-info]');
    if (!info) return;
    info.hidden = false;
    info.replaceChildren();
    const row = code ? this.#row(code) : null;
    if (!code || !row) {
      const hint = document.createElement('p');
      hint.textContent = `Geen ${this.#el.dataset['label'] ?? 'regio'} gekozen.`;
      info.append(hint);
      return;
    }
    const title = document.createElement('p');
    title.className = 'map-info-title';
    const name = document.createElement('strong');
    name.textContent = row.querySelector('th')?.firstChild?.textContent ?? '';
    title.append(name, ` — ${row.cells[1]?.textContent ?? ''} gemeenten`);
    const alias = row.querySelector('.map-alias')?.textContent?.trim();
    const members = document.createElement('p');
    members.className = 'map-info-members';
    members.textContent = row.cells[2]?.textContent ?? '';
    info.append(title);
    if (alias) {
      const note = document.createElement('p');
      note.className = 'map-info-note';
      note.textContent = alias.replace(/^\(|\)$/g, '');
      info.append(note);
    }
    info.append(members);
  }

  async #activate(): Promise<void> {
    this.#loading ??= this.#showLive();
    await this.#loading;
  }

  async #showLive(): Promise<void> {
    const container = this.#el.querySelector<HTMLElement>('[data-map-live]');
    const url = this.#sets[this.#set];
    if (!container || !url) return;
    try {
      const { createLiveRegionMap } = await import('./leaflet-region-map.ts');
      const colours = Object.fromEntries(this.#legendItems().map((li) => [li.dataset['code'] ?? '', li.dataset['colour'] ?? '#999999']));
      const labels = this.#legendItems().map((li) => ({
        text: li.querySelector('.legend-name')?.textContent ?? '',
        lat: Number(li.dataset['lat']),
        lng: Number(li.dataset['lng']),
      }));
      this.#live?.destroy();
      container.hidden = false;
      this.#live = await createLiveRegionMap(container, {
        url,
        colours,
        labels,
        label: this.#el.querySelector('[data-map-static] title')?.textContent ?? 'Kaart',
        onSelect: (code) => this.select(code === this.#selected ? undefined : code),
        onHover: (code) => this.#highlight(code),
      });
      this.#live.select(this.#selected);
      this.#el.querySelector<SVGElement>('[data-map-static]')?.setAttribute('data-covered', '');
      this.#el.dataset['live'] = 'true';
    } catch {
      container.hidden = true;
      this.#el.querySelector<SVGElement>('[data-map-static]')?.removeAttribute('data-covered');
      const status = this.#el.querySelector<HTMLElement>('[data-map-status]');
      if (status) status.textContent = 'De interactieve kaart is niet beschikbaar; de vaste kaart hierboven en de tabel eronder tonen dezelfde gegevens.';
      this.#el.dataset['live'] = 'failed';
    }
  }
}


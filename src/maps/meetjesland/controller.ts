/**
 * The behaviour of `<meetjesland-map>`, loaded when the figure nears the viewport: layer checkboxes per kind of region,
 * the overlap and single-delineation views, municipality selection with an info panel, the view in the URL
 * (?lagen=H4,A1,S1&gemeente=eeklo&weergave=overlap), and Leaflet instead of the build-time SVG. The model comes from
 * the island; the view is computed by view.ts; this file only wires controls and writes the result into the page.
 */
import { MapIsland } from '../shared/map-island.ts';
import { parseState, serializeState, type MeetjeslandState, type StateOptions } from './state.ts';
import { computeView, infoFor, type InfoItem, type MeetjeslandIsland, type View } from './view.ts';
import { OVERLAP_NONE } from './scale.ts';
import type { MeetjeslandLive } from './live.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Sets an attribute only when it differs, so a render that changes nothing (the first, over the template) dirties no layout. */
function attribute(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Sets a node's text only when it differs (see `attribute`). */
function text(node: Node | null | undefined, value: string): void {
  if (node && node.textContent !== value) node.textContent = value;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export class MeetjeslandController extends MapIsland<MeetjeslandIsland> {
  readonly #options: StateOptions = { ids: this.model.layers.map((l) => l.id), slugs: this.model.gemeenten.map((g) => g.slug) };
  #state: MeetjeslandState = parseState(location.search, this.#options);
  #view: View | undefined;
  #live: MeetjeslandLive | undefined;

  protected setup(): void {
    const on = (target: EventTarget | null | undefined, type: string, listener: () => void): void =>
      target?.addEventListener(type, listener, { signal: this.signal });
    for (const input of this.#checkboxes())
      on(input, 'change', () =>
        this.#set({
          lagen: this.#checkboxes()
            .filter((i) => i.checked)
            .map((i) => i.value),
        }),
      );
    on(this.el.querySelector('[data-mj-all]'), 'click', () => this.#set({ lagen: [...this.#options.ids] }));
    on(this.el.querySelector('[data-mj-none]'), 'click', () => this.#set({ lagen: [] }));
    for (const button of this.el.querySelectorAll<HTMLButtonElement>('[data-mj-only]')) {
      const soort = button.dataset['mjOnly'];
      on(button, 'click', () => this.#set({ lagen: this.model.layers.filter((l) => l.soort === soort).map((l) => l.id) }));
    }
    for (const radio of this.el.querySelectorAll<HTMLInputElement>('.mj-view input[type="radio"]')) {
      on(radio, 'change', () => radio.checked && this.#set({ weergave: radio.value === 'afbakening' ? 'afbakening' : 'overlap' }));
    }
    const single = this.el.querySelector<HTMLSelectElement>('select[data-mj-single]');
    on(single, 'change', () => this.#set({ afbakening: single?.value ?? '', weergave: 'afbakening' }));
    const gemeente = this.el.querySelector<HTMLSelectElement>('select[data-mj-gemeente]');
    on(gemeente, 'change', () => this.#set({ gemeente: gemeente?.value || undefined }));
    for (const path of this.#staticPaths()) on(path, 'click', () => this.#toggle(path.dataset['nis']));
  }

  protected clearSelection(): boolean {
    if (!this.#state.gemeente) return false;
    this.#set({ gemeente: undefined });
    return true;
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.el.querySelectorAll<HTMLInputElement>('fieldset.mj-kind input[type="checkbox"]')];
  }

  #staticPaths(): SVGPathElement[] {
    return [...this.el.querySelectorAll<SVGPathElement>(':is([data-map-static], [data-map-drawing]) .mj-gemeenten path[data-nis]')];
  }

  #toggle(nis: string | undefined): void {
    const slug = this.model.gemeenten.find((g) => g.nis === nis)?.slug;
    this.#set({ gemeente: slug === this.#state.gemeente ? undefined : slug });
  }

  #set(patch: Partial<MeetjeslandState>): void {
    this.#state = { ...this.#state, ...patch };
    this.replaceUrl(serializeState(location.href, this.#state, this.#options));
    this.render();
  }

  #selectedNis(): string | undefined {
    return this.model.gemeenten.find((g) => g.slug === this.#state.gemeente)?.nis;
  }

  protected render(): void {
    const view = computeView(this.model, this.#state);
    this.#view = view;
    this.#syncControls();
    this.#renderStatic(view);
    this.#renderLegend(view);
    this.#renderInfo();
    this.#live?.update(view);
  }

  #syncControls(): void {
    const single = this.#state.weergave === 'afbakening';
    for (const input of this.#checkboxes()) input.checked = this.#state.lagen.includes(input.value);
    for (const fieldset of this.el.querySelectorAll<HTMLFieldSetElement>('fieldset.mj-kind')) fieldset.disabled = single;
    for (const button of this.el.querySelectorAll<HTMLButtonElement>('[data-mj-all], [data-mj-none]')) button.disabled = single;
    for (const radio of this.el.querySelectorAll<HTMLInputElement>('.mj-view input[type="radio"]')) radio.checked = radio.value === this.#state.weergave;
    const singleSelect = this.el.querySelector<HTMLSelectElement>('select[data-mj-single]');
    if (singleSelect) singleSelect.value = this.#state.afbakening;
    const gemeente = this.el.querySelector<HTMLSelectElement>('select[data-mj-gemeente]');
    if (gemeente) gemeente.value = this.#state.gemeente ?? '';
    this.el.dataset['weergave'] = this.#state.weergave;
  }

  #renderStatic(view: View): void {
    const selected = this.#selectedNis();
    let selectedPath: SVGPathElement | undefined;
    for (const path of this.#staticPaths()) {
      const nis = path.dataset['nis'] ?? '';
      const count = view.counts.get(nis);
      attribute(path, 'fill', view.fills.get(nis) ?? OVERLAP_NONE);
      attribute(path, 'data-count', count === undefined ? '' : String(count));
      attribute(path, 'data-class', view.classByNis.get(nis) ?? '');
      text(path.querySelector('title'), view.titles.get(nis) ?? '');
      if (path.classList.contains('is-selected') !== (nis === selected)) path.classList.toggle('is-selected', nis === selected);
      if (nis === selected) selectedPath = path;
    }
    for (const label of this.el.querySelectorAll<SVGTextElement>('[data-map-static] .mj-labels text[data-nis]')) {
      const count = view.counts.get(label.dataset['nis'] ?? '');
      text(label.querySelector('.mj-label-count'), count ? String(count) : '');
    }
    for (const overlay of this.el.querySelectorAll<SVGPathElement>(':is([data-map-static], [data-map-drawing]) .mj-selection path'))
      attribute(overlay, 'd', selectedPath?.getAttribute('d') ?? undefined);
  }

  #renderLegend(view: View): void {
    const title = this.el.querySelector('[data-mj-legend-title]');
    if (title && title.textContent?.replace(/\s+/g, ' ').trim() !== view.legendTitle) title.textContent = view.legendTitle;
    const items = this.el.querySelector('[data-mj-legend-items]');
    // The template wrote the legend of the opening view: it is rebuilt only when the view's legend differs.
    const shown = [...(items?.children ?? [])].map((li) => `${li.querySelector('rect')?.getAttribute('fill') ?? ''} ${li.textContent?.trim() ?? ''}`);
    const wanted = view.legendItems.map((item) => `${item.colour} ${item.text}`);
    if (shown.join('\n') !== wanted.join('\n'))
      items?.replaceChildren(
        ...view.legendItems.map((item, index) => {
          const li = element('li');
          li.dataset['class'] = String(index);
          const svg = document.createElementNS(SVG_NS, 'svg');
          svg.setAttribute('class', 'swatch');
          svg.setAttribute('viewBox', '0 0 16 16');
          svg.setAttribute('aria-hidden', 'true');
          const rect = document.createElementNS(SVG_NS, 'rect');
          for (const [k, v] of Object.entries({ x: '0.5', y: '0.5', width: '15', height: '15', rx: '3', fill: item.colour, stroke: '#8a8577' }))
            rect.setAttribute(k, v);
          svg.append(rect);
          li.append(svg, element('span', item.text));
          return li;
        }),
      );
    const legend = this.el.querySelector('[data-mj-legend]');
    let note = legend?.querySelector<HTMLElement>('.mj-legend-note');
    if (legend && view.legendNote && !note) {
      note = element('p', '', 'mj-legend-note');
      legend.append(note);
    }
    if (note) {
      text(note, view.legendNote);
      if (note.hidden !== !view.legendNote) note.hidden = !view.legendNote;
    }
  }

  #renderInfo(): void {
    const panel = this.el.querySelector<HTMLElement>('[data-map-info]');
    if (!panel) return;
    panel.hidden = false;
    const info = infoFor(this.model, this.#state);
    // On paper the panel shows a chosen municipality, never the instruction to choose one.
    panel.classList.toggle('no-print', !info);
    if (!info) {
      panel.replaceChildren(element('p', 'Geen gemeente gekozen. Klik op de kaart of kies een gemeente in de lijst.'));
      return;
    }
    const title = element('p', '', 'map-info-title');
    title.append(element('strong', info.naam), ` — ${info.phrase}`);
    const parts: HTMLElement[] = [title];
    const list = (heading: string, items: InfoItem[], className: string): void => {
      if (items.length === 0) return;
      parts.push(element('p', heading, 'mj-info-head'));
      const ul = element('ul', undefined, `mj-info-list ${className}`);
      for (const item of items) {
        const li = element('li');
        li.append(element('span', item.id, 'mj-id'), ` ${item.naam} `, element('span', `(${item.soort})`, 'mj-info-kind'));
        if (item.note) li.append(element('span', item.note, 'mj-info-note'));
        ul.append(li);
      }
      parts.push(ul);
    };
    list(`Wel in (${String(info.binnen.length)}):`, info.binnen, 'is-in');
    list(`Niet in (${String(info.buiten.length)}):`, info.buiten, 'is-out');
    if (info.uit.length > 0) parts.push(element('p', `Uitgeschakeld (${String(info.uit.length)}): ${info.uit.join(', ')}.`, 'mj-info-off'));
    panel.replaceChildren(...parts);
  }

  protected async showLive(container: HTMLElement): Promise<void> {
    const { staticSvg } = this;
    if (!staticSvg) throw new Error('<meetjesland-map>: geen kaarttekening');
    const { createMeetjeslandLive } = await import('./live.ts');
    this.#live = await createMeetjeslandLive(container, this.model, {
      svg: staticSvg,
      label: staticSvg.querySelector('title')?.textContent ?? 'Kaart',
      onSelect: (nis) => this.#toggle(nis),
    });
    // The copy was made after the first render: it already has the view's fills and the selection; the labels get their counts.
    if (this.#view) this.#live.update(this.#view);
  }

  protected disposeLive(): void {
    this.#live?.destroy();
    this.#live = undefined;
  }
}

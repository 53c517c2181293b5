/**
 * The behaviour of `<meetjesland-map>`, loaded when the figure nears the viewport (see meetjesland-map.ts): layer
 * checkboxes per kind of region, the overlap and single-delineation views, municipality selection with an info panel,
 * the view in the URL (?lagen=H4,A1,S1&gemeente=eeklo&weergave=overlap), and Leaflet instead of the build-time SVG.
 * Everything it needs is read from the figure's HTML (checkboxes, options, table rows), so no extra data is fetched
 * except the topology for Leaflet.
 */
import { classOf, overlapClasses, OVERLAP_NONE, SINGLE_MEMBER } from './scale.ts';
import { countPhrase, membership, noteFor, overlapCounts, SOORT_LABELS } from './overlap.ts';
import { parseState, serializeState, type MeetjeslandState, type StateOptions } from './state.ts';
import type { Soort } from '../../lib/geo/meetjesland-schema.ts';
import type { LiveMeetjeslandMap, LiveView } from './live.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface LayerInfo {
  id: string;
  naam: string;
  soort: Soort;
  leden: string[];
  input: HTMLInputElement;
  /** Visible tags ("omgezet van vóór 2019", "zekerheid: middel"). */
  tags: string[];
  /** Conversion note from the table, if any. */
  noot: string | undefined;
  omschrijving: string;
}

interface GemeenteInfo {
  nis: string;
  naam: string;
  slug: string;
}

interface View extends LiveView {
  /** Overlap class per municipality (overlap view) or membership ("in"/"uit", single view). */
  classes: Map<string, string>;
  legendTitle: string;
  legendItems: { colour: string; text: string }[];
  legendNote: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export class MeetjeslandMapController {
  readonly #el: HTMLElement;
  readonly #figure: HTMLElement;
  readonly #layers: LayerInfo[];
  readonly #gemeenten: GemeenteInfo[];
  readonly #options: StateOptions;
  #state: MeetjeslandState;
  #live: LiveMeetjeslandMap | undefined;
  #view: View | undefined;
  readonly #abort = new AbortController();

  constructor(el: HTMLElement) {
    this.#el = el;
    this.#figure = el.closest('figure') ?? el;
    this.#layers = [...el.querySelectorAll<HTMLInputElement>('[data-mj-controls] input[type="checkbox"][data-leden]')].map((input) => {
      const row = this.#figure.querySelector(`tr[data-id="${input.value}"]`);
      return {
        id: input.value,
        naam: input.closest('label')?.querySelector('.mj-layer-name')?.textContent?.trim() ?? input.value,
        soort: (input.dataset['soort'] ?? 'bestuurlijk') as Soort,
        leden: (input.dataset['leden'] ?? '').split(' ').filter(Boolean),
        input,
        tags: [...(input.closest('li')?.querySelectorAll('.mj-tag') ?? [])].map((t) => t.textContent?.trim() ?? ''),
        noot: row?.querySelector('.mj-omzetting[data-omgezet="true"] .mj-omzetting-tekst')?.textContent?.trim() || undefined,
        omschrijving: row?.querySelector('.mj-omschrijving')?.textContent?.trim() ?? '',
      };
    });
    this.#gemeenten = [...el.querySelectorAll<HTMLOptionElement>('select[data-mj-gemeente] option[data-nis]')].map((o) => ({
      nis: o.dataset['nis'] ?? '',
      naam: o.textContent?.trim() ?? '',
      slug: o.value,
    }));
    this.#options = { ids: this.#layers.map((l) => l.id), slugs: this.#gemeenten.map((g) => g.slug) };
    this.#state = parseState(location.search, this.#options);
  }

  start(): Promise<void> {
    const signal = this.#abort.signal;
    for (const controls of this.#el.querySelectorAll<HTMLElement>('[data-mj-controls]')) controls.removeAttribute('hidden');
    this.#el.querySelector<HTMLElement>('[data-map-hint]')?.removeAttribute('hidden');
    for (const layer of this.#layers) {
      layer.input.addEventListener('change', () => this.#set({ lagen: this.#layers.filter((l) => l.input.checked).map((l) => l.id) }), { signal });
    }
    this.#el.querySelector('[data-mj-all]')?.addEventListener('click', () => this.#set({ lagen: [...this.#options.ids] }), { signal });
    this.#el.querySelector('[data-mj-none]')?.addEventListener('click', () => this.#set({ lagen: [] }), { signal });
    for (const button of this.#el.querySelectorAll<HTMLButtonElement>('[data-mj-only]')) {
      const soort = button.dataset['mjOnly'];
      button.addEventListener('click', () => this.#set({ lagen: this.#layers.filter((l) => l.soort === soort).map((l) => l.id) }), { signal });
    }
    for (const radio of this.#el.querySelectorAll<HTMLInputElement>('.mj-view input[type="radio"]')) {
      radio.addEventListener('change', () => radio.checked && this.#set({ weergave: radio.value === 'afbakening' ? 'afbakening' : 'overlap' }), { signal });
    }
    const single = this.#el.querySelector<HTMLSelectElement>('select[data-mj-single]');
    single?.addEventListener('change', () => this.#set({ afbakening: single.value, weergave: 'afbakening' }), { signal });
    const gemeente = this.#el.querySelector<HTMLSelectElement>('select[data-mj-gemeente]');
    gemeente?.addEventListener('change', () => this.#set({ gemeente: gemeente.value || undefined }), { signal });
    for (const path of this.#staticPaths()) {
      path.addEventListener('click', () => this.#toggle(path.dataset['nis']), { signal });
    }
    this.#el.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !this.#state.gemeente) return;
        this.#set({ gemeente: undefined });
        event.stopPropagation();
      },
      { signal },
    );
    this.#render();
    return this.#showLive();
  }

  stop(): void {
    this.#abort.abort();
    this.#live?.destroy();
    this.#live = undefined;
  }

  #staticPaths(): SVGPathElement[] {
    return [...this.#el.querySelectorAll<SVGPathElement>('[data-map-static] .mj-gemeenten path[data-nis]')];
  }

  #toggle(nis: string | undefined): void {
    const slug = this.#gemeenten.find((g) => g.nis === nis)?.slug;
    this.#set({ gemeente: slug === this.#state.gemeente ? undefined : slug });
  }

  #set(patch: Partial<MeetjeslandState>): void {
    this.#state = { ...this.#state, ...patch };
    history.replaceState(history.state, '', serializeState(location.href, this.#state, this.#options));
    this.#render();
  }

  /** Colours, counts, titles and legend of the current view. */
  #computeView(): View {
    const fills = new Map<string, string>();
    const counts = new Map<string, number | undefined>();
    const titles = new Map<string, string>();
    const classIndex = new Map<string, string>();
    const nisCodes = this.#gemeenten.map((g) => g.nis);
    if (this.#state.weergave === 'afbakening') {
      const layer = this.#layers.find((l) => l.id === this.#state.afbakening) ?? this.#layers[0];
      const members = new Set(layer?.leden ?? []);
      for (const g of this.#gemeenten) {
        const inside = members.has(g.nis);
        fills.set(g.nis, inside ? SINGLE_MEMBER : OVERLAP_NONE);
        counts.set(g.nis, undefined);
        classIndex.set(g.nis, inside ? 'in' : 'uit');
        titles.set(g.nis, `${g.naam}: ${inside ? 'ligt in' : 'ligt niet in'} ${layer?.id ?? ''} ${layer?.naam ?? ''}`);
      }
      return {
        fills,
        counts,
        titles,
        classes: classIndex,
        legendTitle: layer ? `${layer.id} · ${layer.naam} (${SOORT_LABELS[layer.soort]})` : 'Geen afbakening',
        legendItems: [
          { colour: SINGLE_MEMBER, text: `ligt in de afbakening (${members.size} gemeenten)` },
          { colour: OVERLAP_NONE, text: 'ligt er niet in' },
        ],
        legendNote: [layer?.omschrijving, ...(layer?.tags ?? [])].filter(Boolean).join(' · '),
      };
    }
    const active = this.#layers.filter((l) => this.#state.lagen.includes(l.id));
    const total = active.length;
    const classes = overlapClasses(total);
    const all = total === this.#layers.length;
    const overlap = overlapCounts(this.#layers, this.#state.lagen, nisCodes);
    for (const g of this.#gemeenten) {
      const count = overlap.get(g.nis) ?? 0;
      const c = classOf(count, classes);
      fills.set(g.nis, c.colour);
      classIndex.set(g.nis, String(c.index));
      counts.set(g.nis, count);
      titles.set(g.nis, `${g.naam}: ${countPhrase(count, total, all)}`);
    }
    return {
      fills,
      counts,
      titles,
      classes: classIndex,
      legendTitle:
        total === 0
          ? 'Geen afbakening gekozen: kies er minstens één.'
          : all
            ? `Aantal van de ${total} afbakeningen waarin een gemeente ligt`
            : `Aantal van de ${total} gekozen afbakeningen (${active.map((l) => l.id).join(', ')}) waarin een gemeente ligt`,
      legendItems: classes.map((c) => ({ colour: c.colour, text: c.index === 0 ? '0 (geen enkele)' : c.range })),
      legendNote: '',
    };
  }

  #render(): void {
    const view = this.#computeView();
    this.#view = view;
    this.#syncControls();
    this.#renderStatic(view);
    this.#renderLegend(view);
    this.#renderInfo();
    this.#live?.update(view);
    this.#live?.select(this.#selectedNis());
  }

  #selectedNis(): string | undefined {
    return this.#gemeenten.find((g) => g.slug === this.#state.gemeente)?.nis;
  }

  #syncControls(): void {
    const single = this.#state.weergave === 'afbakening';
    for (const layer of this.#layers) layer.input.checked = this.#state.lagen.includes(layer.id);
    for (const fieldset of this.#el.querySelectorAll<HTMLFieldSetElement>('fieldset.mj-kind')) fieldset.disabled = single;
    for (const button of this.#el.querySelectorAll<HTMLButtonElement>('[data-mj-all], [data-mj-none]')) button.disabled = single;
    for (const radio of this.#el.querySelectorAll<HTMLInputElement>('.mj-view input[type="radio"]')) radio.checked = radio.value === this.#state.weergave;
    const singleSelect = this.#el.querySelector<HTMLSelectElement>('select[data-mj-single]');
    if (singleSelect) singleSelect.value = this.#state.afbakening;
    const gemeente = this.#el.querySelector<HTMLSelectElement>('select[data-mj-gemeente]');
    if (gemeente) gemeente.value = this.#state.gemeente ?? '';
    this.#el.dataset['weergave'] = this.#state.weergave;
  }

  #renderStatic(view: View): void {
    const selected = this.#selectedNis();
    let selectedPath: SVGPathElement | undefined;
    for (const path of this.#staticPaths()) {
      const nis = path.dataset['nis'] ?? '';
      const count = view.counts.get(nis);
      path.setAttribute('fill', view.fills.get(nis) ?? OVERLAP_NONE);
      path.dataset['count'] = count === undefined ? '' : String(count);
      path.dataset['class'] = view.classes.get(nis) ?? '';
      const title = path.querySelector('title');
      if (title) title.textContent = view.titles.get(nis) ?? '';
      path.classList.toggle('is-selected', nis === selected);
      if (nis === selected) selectedPath = path;
    }
    for (const text of this.#el.querySelectorAll<SVGTextElement>('[data-map-static] .mj-labels text[data-nis]')) {
      const count = view.counts.get(text.dataset['nis'] ?? '');
      const line = text.querySelector('.mj-label-count');
      if (line) line.textContent = count ? String(count) : '';
    }
    for (const overlay of this.#el.querySelectorAll<SVGPathElement>('[data-map-static] .mj-selection path')) {
      const d = selectedPath?.getAttribute('d');
      if (d) overlay.setAttribute('d', d);
      else overlay.removeAttribute('d');
    }
  }

  #renderLegend(view: View): void {
    const title = this.#el.querySelector('[data-mj-legend-title]');
    if (title) title.textContent = view.legendTitle;
    const list = this.#el.querySelector('[data-mj-legend-items]');
    if (list) {
      list.replaceChildren(
        ...view.legendItems.map((item, index) => {
          const li = element('li');
          li.dataset['class'] = String(index);
          const svg = document.createElementNS(SVG_NS, 'svg');
          svg.setAttribute('class', 'swatch');
          svg.setAttribute('viewBox', '0 0 16 16');
          svg.setAttribute('aria-hidden', 'true');
          const rect = document.createElementNS(SVG_NS, 'rect');
          for (const [k, v] of Object.entries({ x: '0.5', y: '0.5', width: '15', height: '15', rx: '3', fill: item.colour, stroke: '#8a8577' })) rect.setAttribute(k, v);
          svg.append(rect);
          li.append(svg, element('span', item.text));
          return li;
        }),
      );
    }
    const legend = this.#el.querySelector('[data-mj-legend]');
    let note = legend?.querySelector<HTMLElement>('.mj-legend-note');
    if (legend && view.legendNote && !note) {
      note = element('p', '', 'mj-legend-note');
      legend.append(note);
    }
    if (note) {
      note.textContent = view.legendNote;
      note.hidden = !view.legendNote;
    }
  }

  #layerItem(layer: LayerInfo, nis: string): HTMLLIElement {
    const li = element('li');
    li.append(element('span', layer.id, 'mj-id'), ` ${layer.naam} `, element('span', `(${SOORT_LABELS[layer.soort]})`, 'mj-info-kind'));
    const conversion = layer.tags.find((t) => t.startsWith('omgezet'));
    const sentence = noteFor(layer.noot, nis);
    if (conversion || sentence) li.append(element('span', sentence ? `Omzetting: ${sentence}` : `Lijst ${conversion ?? ''}.`, 'mj-info-note'));
    return li;
  }

  #renderInfo(): void {
    const info = this.#el.querySelector<HTMLElement>('[data-map-info]');
    if (!info) return;
    info.hidden = false;
    const gemeente = this.#gemeenten.find((g) => g.slug === this.#state.gemeente);
    if (!gemeente) {
      info.replaceChildren(element('p', 'Geen gemeente gekozen. Klik op de kaart of kies een gemeente in de lijst.'));
      return;
    }
    const single = this.#state.weergave === 'afbakening';
    const active = single ? [this.#state.afbakening] : this.#state.lagen;
    const { binnen, buiten, uit } = membership(this.#layers, active, gemeente.nis);
    const title = element('p', '', 'map-info-title');
    title.append(element('strong', gemeente.naam), ` — ${countPhrase(binnen.length, binnen.length + buiten.length, uit.length === 0 && !single)}`);
    const parts: HTMLElement[] = [title];
    const list = (heading: string, layers: LayerInfo[], className: string) => {
      if (layers.length === 0) return;
      parts.push(element('p', heading, 'mj-info-head'));
      const ul = element('ul', undefined, `mj-info-list ${className}`);
      ul.append(...layers.map((l) => this.#layerItem(l, gemeente.nis)));
      parts.push(ul);
    };
    list(`Wel in (${binnen.length}):`, binnen, 'is-in');
    list(`Niet in (${buiten.length}):`, buiten, 'is-out');
    if (uit.length > 0 && !single) parts.push(element('p', `Uitgeschakeld (${uit.length}): ${uit.map((l) => l.id).join(', ')}.`, 'mj-info-off'));
    info.replaceChildren(...parts);
  }

  async #showLive(): Promise<void> {
    const container = this.#el.querySelector<HTMLElement>('[data-map-live]');
    const url = this.#el.dataset['topo'];
    if (!container || !url) return;
    try {
      const { createLiveMeetjeslandMap } = await import('./live.ts');
      const labels = new Map<string, { naam: string; lat: number; lng: number }>();
      for (const text of this.#el.querySelectorAll<SVGTextElement>('[data-map-static] .mj-labels text[data-nis]')) {
        const naam = text.querySelector('.mj-label-name')?.textContent ?? '';
        labels.set(text.dataset['nis'] ?? '', { naam, lat: Number(text.dataset['lat']), lng: Number(text.dataset['lng']) });
      }
      container.hidden = false;
      this.#live = await createLiveMeetjeslandMap(container, {
        url,
        label: this.#el.querySelector('[data-map-static] title')?.textContent ?? 'Kaart',
        labels,
        onSelect: (nis) => this.#toggle(nis),
      });
      if (this.#view) this.#live.update(this.#view);
      this.#live.select(this.#selectedNis());
      this.#el.querySelector<SVGElement>('[data-map-static]')?.setAttribute('data-covered', '');
      this.#el.dataset['live'] = 'true';
    } catch {
      container.hidden = true;
      container.replaceChildren();
      this.#el.querySelector<SVGElement>('[data-map-static]')?.removeAttribute('data-covered');
      const status = this.#el.querySelector<HTMLElement>('[data-map-status]');
      if (status) status.textContent = 'De interactieve kaart is niet beschikbaar; de vaste kaart hierboven en de tabellen eronder tonen dezelfde gegevens.';
      this.#el.dataset['live'] = 'failed';
    }
  }
}

/**
 * The Meetjesland map's model as it travels to the browser (the JSON island), and the pure view logic on it: colours,
 * counts, titles and legend of the overlap and single-delineation views, and what the info panel says about a
 * municipality. No DOM, so it is unit-tested; the controller only writes the result into the page.
 */
import { classOf, overlapClasses, OVERLAP_NONE, SINGLE_MEMBER } from './scale.ts';
import { countPhrase, membership, noteFor, overlapCounts, SOORT_LABELS } from './overlap.ts';
import type { MeetjeslandState } from './state.ts';
import type { Soort } from '../../lib/geo/meetjesland-schema.ts';
import type { MapModel } from '../shared/island.ts';

export interface LayerEntry {
  id: string;
  naam: string;
  soort: Soort;
  leden: string[];
  omschrijving: string;
  /** Visible tags ("lijst van vóór 2019; op de kaart ruimer", "zekerheid: middel"). */
  tags: string[];
  /** Tag of a list converted from the pre-2019 municipalities, if it was. */
  conversion?: string | undefined;
  /** The conversion note of a converted list. */
  noot?: string | undefined;
}

export interface GemeenteEntry {
  nis: string;
  naam: string;
  slug: string;
  /** Label position (longitude, latitude) for municipalities any delineation includes. */
  at?: [number, number] | undefined;
}

export interface MeetjeslandIsland extends MapModel {
  /** The union of all delineations, [west, south, east, north]: where the live map opens (the province is context). */
  frame: [number, number, number, number];
  /** Sorted by name. */
  gemeenten: GemeenteEntry[];
  /** In data order (H…, A…, S…). */
  layers: LayerEntry[];
}

/** What the static SVG, the live map and the legend show for the current state, per NIS code. */
export interface View {
  fills: ReadonlyMap<string, string>;
  /** The count to print on a municipality; `undefined` in the single view. */
  counts: ReadonlyMap<string, number | undefined>;
  titles: ReadonlyMap<string, string>;
  /** Per NIS code its `data-class`: overlap class ("0"–"4"), or membership ("in"/"uit") in the single view. */
  classByNis: ReadonlyMap<string, string>;
  legendTitle: string;
  legendItems: { colour: string; text: string }[];
  legendNote: string;
}

export function computeView(island: MeetjeslandIsland, state: MeetjeslandState): View {
  const fills = new Map<string, string>();
  const counts = new Map<string, number | undefined>();
  const titles = new Map<string, string>();
  const classByNis = new Map<string, string>();
  if (state.weergave === 'afbakening') {
    const layer = island.layers.find((l) => l.id === state.afbakening) ?? island.layers[0];
    const members = new Set(layer?.leden ?? []);
    for (const g of island.gemeenten) {
      const inside = members.has(g.nis);
      fills.set(g.nis, inside ? SINGLE_MEMBER : OVERLAP_NONE);
      counts.set(g.nis, undefined);
      classByNis.set(g.nis, inside ? 'in' : 'uit');
      titles.set(g.nis, `${g.naam}: ${inside ? 'ligt in' : 'ligt niet in'} ${layer?.id ?? ''} ${layer?.naam ?? ''}`);
    }
    return {
      fills,
      counts,
      titles,
      classByNis,
      legendTitle: layer ? `${layer.id} · ${layer.naam} (${SOORT_LABELS[layer.soort]})` : 'Geen afbakening',
      legendItems: [
        { colour: SINGLE_MEMBER, text: `ligt in de afbakening (${String(members.size)} gemeenten)` },
        { colour: OVERLAP_NONE, text: 'ligt er niet in' },
      ],
      legendNote: [layer?.omschrijving, ...(layer?.tags ?? [])].filter(Boolean).join(' · '),
    };
  }
  const active = island.layers.filter((l) => state.lagen.includes(l.id));
  const total = active.length;
  const scale = overlapClasses(total);
  const all = total === island.layers.length;
  const overlap = overlapCounts(
    island.layers,
    state.lagen,
    island.gemeenten.map((g) => g.nis),
  );
  for (const g of island.gemeenten) {
    const count = overlap.get(g.nis) ?? 0;
    const c = classOf(count, scale);
    fills.set(g.nis, c.colour);
    classByNis.set(g.nis, String(c.index));
    counts.set(g.nis, count);
    titles.set(g.nis, `${g.naam}: ${countPhrase(count, total, all)}`);
  }
  return {
    fills,
    counts,
    titles,
    classByNis,
    legendTitle:
      total === 0
        ? 'Geen afbakening gekozen: kies er minstens één.'
        : all
          ? `Aantal van de ${String(total)} afbakeningen waarin een gemeente ligt`
          : `Aantal van de ${String(total)} gekozen afbakeningen (${active.map((l) => l.id).join(', ')}) waarin een gemeente ligt`,
    legendItems: scale.map((c) => ({ colour: c.colour, text: c.index === 0 ? '0 (geen enkele)' : c.range })),
    legendNote: '',
  };
}

export interface InfoItem {
  id: string;
  naam: string;
  soort: string;
  /** "Omzetting: Nevele is sinds 2019 deel van Deinze (44083)…" or "Lijst omgezet van vóór 2019." */
  note?: string | undefined;
}

export interface Info {
  naam: string;
  /** "in 3 van de 18 afbakeningen". */
  phrase: string;
  binnen: InfoItem[];
  buiten: InfoItem[];
  /** Ids of the switched-off delineations (overlap view only). */
  uit: string[];
}

/** What the info panel says about the selected municipality, or `undefined` when none is selected. */
export function infoFor(island: MeetjeslandIsland, state: MeetjeslandState): Info | undefined {
  const gemeente = island.gemeenten.find((g) => g.slug === state.gemeente);
  if (!gemeente) return undefined;
  const single = state.weergave === 'afbakening';
  const { binnen, buiten, uit } = membership(island.layers, single ? [state.afbakening] : state.lagen, gemeente.nis);
  const item = (layer: LayerEntry): InfoItem => {
    const sentence = noteFor(layer.noot, gemeente.nis);
    const note = sentence ? `Omzetting: ${sentence}` : layer.conversion ? `Lijst ${layer.conversion}.` : undefined;
    return { id: layer.id, naam: layer.naam, soort: SOORT_LABELS[layer.soort], note };
  };
  return {
    naam: gemeente.naam,
    phrase: countPhrase(binnen.length, binnen.length + buiten.length, uit.length === 0 && !single),
    binnen: binnen.map(item),
    buiten: buiten.map(item),
    uit: single ? [] : uit.map((l) => l.id),
  };
}

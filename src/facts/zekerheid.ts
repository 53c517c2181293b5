/**
 * Memberships and names that the research marks as less than certain (shared/research/regions.md A.3, A.4, A.7), with
 * what the sources say. Every surface that shows one of them (map tables and notes, municipality pages) shows this too.
 */
import type { SourceId } from './sources.ts';

export interface Onzekerheid {
  /** Short tag shown next to the name, e.g. "zekerheid: middel". */
  tag: string;
  /** One or two sentences: what is uncertain and what the sources say. */
  note: string;
  sources: readonly SourceId[];
}

/** Vervoerregio's whose member list the research rates below "medium-high", by name. */
export const VERVOERREGIO_ONZEKER: Readonly<Record<string, Onzekerheid>> = {
  'Vlaamse Ardennen': {
    tag: 'zekerheid: middel',
    note: 'De gemeentelijst van vervoerregio Vlaamse Ardennen is minder zeker: een krantenbericht (HLN, 8 november 2019) noemde Gavere erbij en Horebeke en Sint-Lievens-Houtem niet. Het aantal van 15 gemeenten bij vlaanderen.be en SOLVA past bij de lijst van Provincies in Cijfers, die deze website volgt.',
    sources: ['pinc', 'hln-2019-vlaamse-ardennen', 'vl-vervoerregios', 'solva-2018'],
  },
};

/** Municipalities whose vervoerregio the sources give differently, by name (2019–2024 set), pointing to the region's note. */
const GEMEENTE_IN_ONZEKERE_REGIO: Readonly<Record<string, string>> = {
  Gavere: 'Vlaamse Ardennen',
};

/** The uncertainty that applies to a municipality in this vervoerregio (or named in another region's doubt), if any. */
export function vervoerregioOnzekerheid(gemeente: string, vervoerregio: string): Onzekerheid | undefined {
  return VERVOERREGIO_ONZEKER[vervoerregio] ?? VERVOERREGIO_ONZEKER[GEMEENTE_IN_ONZEKERE_REGIO[gemeente] ?? ''];
}

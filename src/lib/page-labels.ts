/** Page labels shared by a page and its social card: the "Deel 3 · Les 5" line above a chapter title; the search page's title. */
import { PART_TITLES } from './chapter-schema.ts';

export interface Labelled {
  part: 1 | 2 | 3;
  lesson?: number | undefined;
}

/** e.g. `{ part: 3, lesson: 5 }` → "Deel 3 · Les 5"; `{ part: 1 }` → "Deel 1 · Regio's als geografische realiteit". */
export function pageEyebrow(page: Labelled): string {
  return page.lesson ? `Deel ${page.part} · Les ${page.lesson}` : `Deel ${page.part} · ${PART_TITLES[page.part]}`;
}

/** Title and description of the search page (/zoeken/), on the page and on its social card. */
export const SEARCH_PAGE = {
  title: 'Zoeken en volledige inhoudstafel',
  description: 'Zoek in de volledige tekst van de lezing, of blader door de inhoudstafel met alle hoofdstukken en secties.',
} as const;

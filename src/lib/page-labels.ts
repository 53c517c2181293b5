/** The small "Deel 2 · …" / "Deel 3 · Les 5" line shown above a chapter title, on the page and on its social card. */
import { PART_TITLES } from './chapter-schema.ts';

export interface Labelled {
  part: 1 | 2 | 3;
  lesson?: number | undefined;
}

/** e.g. `{ part: 3, lesson: 5 }` → "Deel 3 · Les 5"; `{ part: 1 }` → "Deel 1 · Regio's als geografische realiteit". */
export function pageEyebrow(page: Labelled): string {
  return page.lesson ? `Deel ${page.part} · Les ${page.lesson}` : `Deel ${page.part} · ${PART_TITLES[page.part]}`;
}

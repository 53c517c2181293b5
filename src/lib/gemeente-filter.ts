/** Matching for the /gemeenten/ filter: every word of the query must occur in the item's text, ignoring case and accents. */
import { nameSortKey } from './geo/dutch-sort.ts';

/** Normalised words of a query ("Sint Laureins" → ["sint", "laureins"]). */
export function queryWords(query: string): string[] {
  return nameSortKey(query)
    .split(/[\s\-–·,]+/)
    .filter((w) => w !== '');
}

/** True when every word occurs in `text` (an empty query matches everything). */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  const haystack = nameSortKey(text);
  return words.every((w) => haystack.includes(w));
}

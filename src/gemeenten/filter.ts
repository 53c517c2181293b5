/** Matching for the /gemeenten/ filter: every word of the query must occur in the item's text, ignoring case and accents. */

/** Match key: accents removed, lower case, a leading "'s-" read as "s" and other leading apostrophes ignored ("'s-Gravenwezel" → "sgravenwezel"). */
export function matchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^'s-/, 's')
    .replace(/^['’]+/, '');
}

/** Normalised words of a query ("Sint Laureins" → ["sint", "laureins"]). */
export function queryWords(query: string): string[] {
  return matchKey(query)
    .split(/[\s\-–·,]+/)
    .filter((w) => w !== '');
}

/** True when every word occurs in `text` (an empty query matches everything). */
export function matchesQuery(text: string, words: readonly string[]): boolean {
  const haystack = matchKey(text);
  return words.every((w) => haystack.includes(w));
}

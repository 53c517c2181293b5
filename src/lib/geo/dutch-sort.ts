/** Locale-independent, deterministic alphabetical ordering of Dutch place names. */

/** Sort key: accents removed, lower case, leading apostrophes ignored ("'s-Gravenwezel" sorts under g). */
export function nameSortKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^'s-/, 's')
    .replace(/^['’]+/, '');
}

/** Compares two names by {@link nameSortKey}, then by the raw string so the order is total. */
export function compareNames(a: string, b: string): number {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** URL slug of a municipality: the Dutch name in lower case, accents dropped, spaces and apostrophes as hyphens. */

/** "Sint-Laureins" → "sint-laureins", "De Panne" → "de-panne", "'s-Gravenwezel" → "s-gravenwezel". */
export function gemeenteSlug(naam: string): string {
  const slug = naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`gemeente "${naam}": no valid slug (got "${slug}")`);
  return slug;
}

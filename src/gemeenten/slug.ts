/** URL slug of a municipality page: the site's one slug rule (`slugify`), checked, because the slugs are public URLs. */
import { slugify } from '../maps/shared/url-state.ts';

/** "Sint-Laureins" → "sint-laureins", "De Panne" → "de-panne", "'s-Gravenwezel" → "s-gravenwezel"; a name without one stops the build. */
export function gemeenteSlug(naam: string): string {
  const slug = slugify(naam);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`gemeente "${naam}": geen geldige slug (wel "${slug}")`);
  return slug;
}

/** Reads and writes a map's view (selected region, municipality set, layers) in the page URL's query string, so links reopen it. */

/** URL-safe slug of a region or municipality name, e.g. "Vlaamse Ardennen" → "vlaamse-ardennen". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The value of `key` in a query string if it is one of `allowed`; anything else (missing, unknown) gives `undefined`. */
export function readChoice<T extends string>(search: string, key: string, allowed: readonly T[]): T | undefined {
  const value = new URLSearchParams(search).get(key);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The values of a comma-separated list parameter that are in `allowed`, in `allowed` order; `undefined` when the key is absent. */
export function readList<T extends string>(search: string, key: string, allowed: readonly T[]): T[] | undefined {
  const value = new URLSearchParams(search).get(key);
  if (value === null) return undefined;
  const wanted = new Set(value.split(',').map((v) => v.trim()));
  return allowed.filter((item) => wanted.has(item));
}

/** A new URL (path + query + hash) with `key` set to `value`, or removed when `value` is undefined; other parameters and the hash stay; commas stay readable. */
export function withParam(href: string, key: string, value: string | undefined): string {
  const url = new URL(href);
  if (value === undefined || value === '') url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  // Commas mean the same encoded or not; keep lists such as `lagen=H4,A1,S1` readable.
  return `${url.pathname}${url.search.replace(/%2C/gi, ',')}${url.hash}`;
}

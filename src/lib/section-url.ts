/** Absolute URL of one section of the current page, as the "Kopieer link" button copies it. */

/** `https://x.org/lezing/les/?a=1#old` + `regio` → `https://x.org/lezing/les/#regio` (query and old fragment dropped). */
export function sectionUrl(pageHref: string, id: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = id;
  return url.href;
}

/** URL helpers that keep every internal link correct under a configured `base` sub-path. */

/** Joins `base` (e.g. `/lezing/`) and a root-relative path (e.g. `/lessen/`) into one path with single slashes. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** Root-relative URL path of a chapter id such as `lessen/5-samenwerkingsmaturiteit` → `/lessen/5-samenwerkingsmaturiteit/`. */
export function chapterPath(id: string): string {
  const trimmed = id.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Absolute URL of a root-relative path on the deployed site, e.g. (`https://x.org`, `/lezing/`, `/lessen/`) → `https://x.org/lezing/lessen/`. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** True for a link that points inside the site as a root-relative path (`/…`, not `//host`). */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** Root-relative path of a page's social card, e.g. `lessen/5-x` → `/og/lessen/5-x.png`; the home page is `index`. */
export function socialCardPath(id: string): string {
  const trimmed = id.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** Root-relative path of a page's PDF, e.g. `lessen/5-x` → `/pdf/lessen-5-x.pdf`. */
export function pdfPath(id: string): string {
  return `/pdf/${id.replace(/^\/+|\/+$/g, '').replace(/\//g, '-')}.pdf`;
}

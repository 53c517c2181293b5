/** Writes the `_headers` file that Netlify and Cloudflare Pages read: each page's CSP as a header, plus hardening headers. */

/** Headers every response gets. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** What only a header can carry: no page of the site may be framed. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

export interface PagePolicy {
  /** URL path as served, base included, e.g. `/lezing/lessen/5-x/`. */
  path: string;
  /** The Content-Security-Policy of the page's `<meta http-equiv>`. */
  csp: string;
}

/** The `content` of a page's CSP `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']content-security-policy["'][^>]*>/i.exec(html)?.[0];
  const content = tag ? /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag) : undefined;
  const value = content?.[1] ?? content?.[2];
  return value
    ?.replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The header policy of a page: its meta policy (tidied: one space after each `;`) plus frame-ancestors. */
export function headerCsp(meta: string): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (directives.some((d) => /^frame-ancestors\b/i.test(d))) throw new Error(`CSP bevat al frame-ancestors: ${meta}`);
  return [...directives, FRAME_ANCESTORS].join('; ');
}

/**
 * The `_headers` text: common headers for every path under `base`, long caching for fingerprinted assets, and one rule
 * per page with its CSP. A policy appears only in its page's own rule, because hosts merge the headers of all rules that
 * match a path, and two policies together would enforce both.
 */
export function headersFile(base: string, pages: readonly PagePolicy[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = ['# Written by the build (src/lib/static-headers.ts) for Netlify and Cloudflare Pages; GitHub Pages ignores it.', `${root}*`];
  for (const [name, value] of Object.entries(COMMON_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`${root}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable');
  const seen = new Set<string>();
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    if (seen.has(page.path)) throw new Error(`_headers: ${page.path} staat er twee keer in`);
    seen.add(page.path);
    lines.push(page.path, `  Content-Security-Policy: ${headerCsp(page.csp)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** URL path of an HTML file in the output: `lessen/5-x/index.html` → `/lezing/lessen/5-x/`, `404.html` → `/lezing/404.html`. */
export function pagePath(base: string, file: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const relative = file.split('\\').join('/').replace(/^\/+/, '');
  return `${root}${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Writes the `_headers` file that Netlify and Cloudflare Pages read: one rule with the site's CSP and hardening headers. */
import { HEADER_CSP } from './site-csp.ts';

/** Headers every response gets besides the Content-Security-Policy. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Cloudflare Pages' documented limits for `_headers` (Pages → Configuration → Headers); Netlify's are wider. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** Fingerprinted build assets: their names change with their content, so a year of caching is safe. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The rules of a `_headers` text: each path line (one that starts with `/`) and its header lines. */
export function headerRules(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (trimmed.startsWith('/')) rules.push({ path: trimmed, headers: [] });
    else if (trimmed.includes(':')) {
      const colon = trimmed.indexOf(':');
      rules.at(-1)?.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** What in a `_headers` text crosses the hosts' limits, in Dutch; empty when it fits. */
export function limitProblems(text: string): string[] {
  const problems: string[] = [];
  const rules = headerRules(text).length;
  if (rules > HOST_LIMITS.rules) problems.push(`${rules} regels (Cloudflare Pages leest er hoogstens ${HOST_LIMITS.rules})`);
  text.split('\n').forEach((line, i) => {
    if (line.length > HOST_LIMITS.lineLength)
      problems.push(`regel ${i + 1} telt ${line.length} tekens (Cloudflare Pages: hoogstens ${HOST_LIMITS.lineLength})`);
  });
  return problems;
}

/**
 * The `_headers` text: one rule for every path under `base` with the site's one policy (frame-ancestors included) and
 * the hardening headers, and one that caches the fingerprinted `_astro/` files for a year. The policy is in one rule
 * only, because hosts apply the headers of every rule that matches a path, and two policies together would both be
 * enforced. Throws when the text would cross a host's limits.
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Written by the build (src/lib/static-headers.ts) for Netlify and Cloudflare Pages; GitHub Pages ignores it.',
    '# Every page carries the same Content-Security-Policy in its <meta>; this header adds frame-ancestors.',
    `${root}*`,
    `  Content-Security-Policy: ${HEADER_CSP}`,
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    `${root}_astro/*`,
    `  Cache-Control: ${IMMUTABLE}`,
  ];
  const text = `${lines.join('\n')}\n`;
  const problems = limitProblems(text);
  if (problems.length > 0) throw new Error(`_headers past niet binnen de limieten van de hosts: ${problems.join('; ')}`);
  return text;
}

/** URL path of an HTML file in the output: `lessen/5-x/index.html` → `/lezing/lessen/5-x/`, `404.html` → `/lezing/404.html`. */
export function pagePath(base: string, file: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const relative = file.split('\\').join('/').replace(/^\/+/, '');
  return `${root}${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

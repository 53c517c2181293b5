/**
 * What Netlify and Cloudflare Pages apply from `dist/_headers`: read with Netlify's own parser, within Cloudflare's
 * documented limits, every page gets the site's one policy (its `<meta>` plus frame-ancestors) and the hardening
 * headers, and the local server (scripts/serve.mjs) sends the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { parseHTML } from 'linkedom';
import { BASE, DIST, ORIGIN } from './site.ts';
import { COMMON_HEADERS, HOST_LIMITS, IMMUTABLE, headerRules, pagePath } from '../../src/lib/static-headers.ts';
import { FRAME_ANCESTORS, HEADER_CSP, META_CSP } from '../../src/lib/site-csp.ts';

const HEADERS_FILE = join(DIST, '_headers');
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
const pages = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, path: pagePath(BASE, file) }));
/** A few non-page paths: a fingerprinted asset, a PDF or search file, and an unknown path (served as 404.html). */
const assets = [files.find((f) => f.startsWith('_astro/') && f.endsWith('.js')), files.find((f) => f.startsWith('pagefind/'))].filter(
  (f): f is string => f !== undefined,
);

/** The rules Netlify applies to a path (every rule whose path matches), as its parser reads them. */
async function netlifyRules(): Promise<Header[]> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [HEADERS_FILE], configHeaders: [], minimal: false });
  expect(errors.map(String)).toEqual([]);
  return headers.filter((h): h is Header => 'forRegExp' in h);
}

/** The headers a host sends for `path`: each rule that matches, and per header name the values it gets. */
function applied(rules: readonly Header[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.forRegExp.test(path)))
    for (const [name, value] of Object.entries(rule.values)) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  return out;
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

test('_headers stays within the hosts’ limits: a handful of rules (Cloudflare Pages: 100), no line over 2,000 characters', () => {
  const text = readFileSync(HEADERS_FILE, 'utf8');
  expect(headerRules(text).length).toBeGreaterThan(0);
  expect(headerRules(text).length).toBeLessThanOrEqual(5);
  expect(headerRules(text).length).toBeLessThanOrEqual(HOST_LIMITS.rules);
  expect(text.split('\n').filter((line) => line.length > HOST_LIMITS.lineLength)).toEqual([]);
});

test("through Netlify's parser every page gets exactly one policy, the site's, with frame-ancestors 'none', and the hardening headers", async () => {
  const rules = await netlifyRules();
  expect(pages.length).toBeGreaterThan(300);
  for (const path of [...pages.map((p) => p.path), ...assets.map((f) => `${BASE}${f}`), `${BASE}bestaat-niet/`]) {
    const headers = applied(rules, path);
    // One value only: two matching rules with a policy each would be joined into two policies, both enforced.
    expect(headers.get('content-security-policy'), path).toEqual([HEADER_CSP]);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(headers.get(name.toLowerCase()), `${path}: ${name}`).toEqual([value]);
  }
  expect(directives(HEADER_CSP)).toContain(FRAME_ANCESTORS);
  const asset = assets.find((f) => f.startsWith('_astro/'));
  expect(asset).toBeDefined();
  expect(applied(rules, `${BASE}${asset}`).get('cache-control')).toEqual([IMMUTABLE]);
  expect(applied(rules, pages[0]?.path ?? '').get('cache-control')).toBeUndefined();
});

test("every page's <meta> policy is the header policy minus frame-ancestors, and the local server sends that header", async ({ request }) => {
  test.setTimeout(120_000);
  const check = async ({ file, path }: { file: string; path: string }) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const { document } = parseHTML(html.slice(0, html.indexOf('</head>') + 7));
    const meta = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(meta, file).toBe(META_CSP);
    expect([...directives(meta), FRAME_ANCESTORS], file).toEqual(directives(HEADER_CSP));
    const response = await request.head(`${ORIGIN}${path}`);
    expect(response.headers()['content-security-policy'], path).toBe(HEADER_CSP);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(response.headers()['permissions-policy'], path).toBe(COMMON_HEADERS['Permissions-Policy']);
  };
  for (let i = 0; i < pages.length; i += 16) await Promise.all(pages.slice(i, i + 16).map(check));
  const missing = await request.get(`${ORIGIN}${BASE}bestaat-niet/`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBe(HEADER_CSP);
});

test('no page can be framed, not even by the site itself', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}`);
  const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  await page.setContent(`<iframe src="${ORIGIN}${BASE}lessen/7-leiderschap/"></iframe>`);
  expect((await blocked).text()).toMatch(/frame-ancestors 'none'/);
});

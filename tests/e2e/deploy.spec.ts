/**
 * What a deployer gets from `npm run build` (the one command; npm test runs exactly it): every link in dist/ resolves,
 * PDFs and the links inside them included (the `_headers` file: headers.spec.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { pdfLinks } from './pdf.ts';
import { BASE, DIST } from './site.ts';

/** The public origin the test build carries (SITE_URL unset: the default of astro.config.mjs). */
const SITE = 'https://regionale-samenwerking.example.org';

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
const htmlFiles = files.filter((f) => f.endsWith('.html'));

/** The file in dist/ a URL path is served from, or undefined when it is outside the base path. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

/** Problems with one link found in `from`: a missing file, a missing #anchor, a path outside the base. */
function check(from: string, href: string, pageUrl: string): string | undefined {
  const url = new URL(href, pageUrl);
  if (url.origin !== SITE || url.protocol === 'mailto:') return undefined;
  const file = fileFor(url.pathname);
  if (file === undefined) return `${from}: ${href} leaves the base path ${BASE}`;
  if (!existsSync(join(DIST, file))) return `${from}: ${href} → ${file} is not in ${DIST}/`;
  if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1))))
    return `${from}: ${href} → no #${url.hash.slice(1)} in ${file}`;
  return undefined;
}

test('every link, script, stylesheet, image and share tag in every page of dist/ resolves to a file, #anchors included', () => {
  expect(htmlFiles.length).toBeGreaterThan(10);
  const problems: string[] = [];
  let checked = 0;
  for (const file of htmlFiles) {
    const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
    const pageUrl = `${SITE}${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]')].map(
        (el) => el.getAttribute('content') ?? '',
      ),
    ];
    for (const href of refs) {
      checked += 1;
      const problem = check(file, href, pageUrl);
      if (problem) problems.push(problem);
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect(problems).toEqual([]);
});

test('every page that offers a PDF finds it in dist/pdf/, and every link inside a PDF leads to a page and section of the site', () => {
  const pdfs = files.filter((f) => f.startsWith('pdf/') && f.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThanOrEqual(13);
  const offered = new Set<string>();
  for (const file of htmlFiles) {
    const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
    for (const a of document.querySelectorAll('a[href$=".pdf"]')) offered.add(new URL(a.getAttribute('href') ?? '', `${SITE}${BASE}`).pathname);
  }
  expect([...offered].sort()).toEqual(pdfs.map((f) => `${BASE}${f}`).sort());
  const problems: string[] = [];
  for (const file of pdfs) {
    const links = pdfLinks(join(DIST, file));
    for (const uri of links) {
      const problem = check(file, uri, `${SITE}${BASE}`);
      if (problem) problems.push(problem);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists only pages that exist', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(locs.length).toBeGreaterThan(10);
  expect(locs.map((loc) => check('sitemap-0.xml', loc, SITE)).filter(Boolean)).toEqual([]);
});

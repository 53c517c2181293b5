import { expect, test } from '@playwright/test';
import { crawl } from './crawl.ts';
import { BASE, CHAPTERS, ORIGIN, sitePath } from './site.ts';

test('every page reachable from the home page answers, and every internal link and #anchor resolves', async ({ request }) => {
  test.setTimeout(180_000); // 340 pages, 300 of them municipality pages
  const pages = await crawl(request);
  for (const chapter of CHAPTERS) expect(pages.has(sitePath(chapter)), `${chapter} is linked from the site`).toBe(true);
  expect([...pages.keys()].filter((p) => p.startsWith(sitePath('/gemeenten/'))).length, 'every municipality page and the index are reachable').toBe(
    285 + 22 + 1,
  );
  const problems: string[] = [];
  for (const page of pages.values()) {
    if (page.status !== 200) problems.push(`${page.path} answers ${page.status}`);
    for (const { href } of page.links) {
      const url = new URL(href, `${ORIGIN}${page.path}`);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(BASE)) {
        problems.push(`${page.path}: link ${href} leaves the base path ${BASE}`);
        continue;
      }
      const target = pages.get(url.pathname);
      if (!target || target.status !== 200) problems.push(`${page.path}: link ${href} points to a missing page`);
      else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${page.path}: link ${href} points to a missing #anchor`);
    }
  }
  expect(problems).toEqual([]);
});

test('an unknown address answers 404', async ({ request }) => {
  const response = await request.get(`${ORIGIN}${BASE}bestaat-niet/`);
  expect(response.status()).toBe(404);
});

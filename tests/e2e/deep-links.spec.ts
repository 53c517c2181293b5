import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { crawl } from './crawl.ts';
import { CHAPTERS, ORIGIN, sitePath } from './site.ts';

const pinned = JSON.parse(readFileSync('tests/fixtures/anchors.json', 'utf8')) as Record<string, string[]>;

test('published section anchors are stable: the pinned list matches the h2/h3 ids of every chapter', async ({ request }) => {
  const problems: string[] = [];
  for (const path of CHAPTERS) {
    const page = (await crawl(request, sitePath(path), 1)).get(sitePath(path));
    const ids = [...(page?.document.querySelectorAll('article h2[id], article h3[id]') ?? [])].map((h) => h.id).filter((id) => id !== 'page-toc-title');
    const expected = pinned[path] ?? [];
    for (const id of expected) if (!ids.includes(id)) problems.push(`${path}#${id} is pinned but no longer exists (a shared link would break)`);
    for (const id of ids) if (!expected.includes(id)) problems.push(`${path}#${id} is new: add it to tests/fixtures/anchors.json (npm run anchors:pin)`);
  }
  expect(problems).toEqual([]);
});

test('every h2/h3 of a chapter has an anchor link with a Dutch accessible name', async ({ page }) => {
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  const headings = page.locator('article .prose h2[id], article .prose h3[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i += 1) {
    const heading = headings.nth(i);
    const id = await heading.getAttribute('id');
    const text = (await heading.innerText()).trim();
    const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
    await expect(anchor).toHaveAccessibleName(`Directe link naar de sectie ‘${text}’`);
  }
});

for (const [path, id] of [
  ['/lessen/5-samenwerkingsmaturiteit/', pinned['/lessen/5-samenwerkingsmaturiteit/']?.at(-1)],
  ['/bestuurlijke-realiteit/', 'agglomeratieprogrammas-financiering'],
  ['/geografische-realiteit/', 'regionale-vaagheid'],
] as const) {
  test(`a deep link opened cold lands on its heading below the sticky header: ${path}#${id}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${sitePath(path)}#${id}`);
    await page.waitForLoadState('load');
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = (): Promise<number> => heading.evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(top).toBeGreaterThanOrEqual(headerBottom);
    expect(await top()).toBeLessThan(headerBottom + 120);
  });
}

test('"Kopieer link" puts the absolute URL of the section on the clipboard and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto(`${sitePath('/bestuurlijke-realiteit/')}?x=1`);
  const button = page.getByRole('button', { name: 'Kopieer link naar de sectie ‘De Nederlandse Regio Deals’' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).toHaveText('Link naar ‘De Nederlandse Regio Deals’ gekopieerd.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${ORIGIN}${sitePath('/bestuurlijke-realiteit/')}#regio-deals`);
});

test('without JavaScript the heading anchors still work and no copy button is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/geografische-realiteit/'));
  await expect(page.getByRole('button', { name: /Kopieer link/ })).toHaveCount(0);
  await page.locator('a.heading-anchor[href="#regionale-vaagheid"]').click();
  expect(new URL(page.url()).hash).toBe('#regionale-vaagheid');
  await context.close();
});

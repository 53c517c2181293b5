import { expect, test } from '@playwright/test';
import { DECK_PAGES, GEMEENTE_SAMPLE, HANDOUT_PAGES, TEXT_PAGES, sitePath } from './site.ts';
import { headingBreakProblems } from './heading-breaks.ts';

test.describe('360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES, ...DECK_PAGES, ...GEMEENTE_SAMPLE]) {
    test(`${path}: no heading or navigation title (menu opened) overflows its column or breaks a word without a hyphen`, async ({ page }) => {
      await page.goto(sitePath(path));
      const menu = page.locator('.site-nav-narrow summary');
      if (await menu.isVisible()) await menu.click();
      expect(await page.evaluate(headingBreakProblems, false)).toEqual([]);
    });
  }
});

test.describe('the narrowest sidebar', () => {
  // 64rem: the smallest width with the menu as a sidebar column.
  test.use({ viewport: { width: 1024, height: 800 } });

  test('no menu entry overflows the sidebar or breaks a word without a hyphen', async ({ page }) => {
    await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
    await expect(page.locator('.site-nav-wide')).toBeVisible();
    expect(await page.evaluate(headingBreakProblems, false)).toEqual([]);
  });
});

test('the build hyphenates headings and navigation with soft hyphens, never the title, meta tags or the search index', async ({ page }) => {
  await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
  expect(await page.locator('h1').evaluate((h) => h.textContent)).toBe('Sa\u00admen\u00adwer\u00adkings\u00adma\u00adtu\u00adri\u00adteit');
  const head = await page.evaluate(() => [document.title, ...Array.from(document.querySelectorAll('meta'), (m) => m.content)].join('\n'));
  expect(head).toContain('Samenwerkingsmaturiteit');
  expect(head).not.toContain('\u00ad');
  await page.goto(sitePath('/zoeken/?q=samenwerkingsmaturiteit'));
  const results = page.locator('.search-results');
  await expect(results).toContainText(/samenwerkingsmaturiteit/i);
  expect(await results.evaluate((r) => r.textContent)).not.toContain('\u00ad');
});

test('copying a hyphenated heading copies the word without soft hyphens', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
  await page.locator('h1').selectText();
  await page.keyboard.press('Control+C');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Samenwerkingsmaturiteit');
});

import { expect, test } from '@playwright/test';
import { CHAPTERS, TEXT_PAGES, sitePath } from './site.ts';

test('the lecture contents mark the current page with aria-current', async ({ page }) => {
  await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
  const nav = page.getByRole('navigation', { name: 'Inhoud van de lezing' });
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(/Samenwerkingsmaturiteit/);
});

test('previous and next links follow the reading order across all chapters', async ({ page }) => {
  await page.goto(sitePath(CHAPTERS[0] ?? '/geen-hoofdstuk/'));
  const visited = [new URL(page.url()).pathname];
  for (let i = 1; i < CHAPTERS.length; i += 1) {
    await page
      .getByRole('navigation', { name: 'Vorige en volgende pagina' })
      .getByRole('link', { name: /Volgende/ })
      .click();
    visited.push(new URL(page.url()).pathname);
  }
  expect(visited).toEqual(CHAPTERS.map(sitePath));
  await expect(page.getByRole('navigation', { name: 'Vorige en volgende pagina' }).getByRole('link', { name: /Volgende/ })).toHaveCount(0);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto(sitePath('/geografische-realiteit/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();
});

test('on a narrow screen the contents collapse behind a toggle that works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  const nav = page.getByRole('navigation', { name: 'Inhoud van de lezing' });
  const link = nav.getByRole('link', { name: /Les 1/ });
  await expect(link).toBeHidden();
  await nav.getByText('Inhoud van de lezing').click();
  await expect(link).toBeVisible();
  await context.close();
});

test('on a wide screen the contents are an always-visible sidebar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  await expect(page.getByRole('navigation', { name: 'Inhoud van de lezing' }).getByRole('link', { name: /Les 8/ })).toBeVisible();
});

for (const width of [320, 768]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of TEXT_PAGES) {
      await page.goto(sitePath(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the document is Dutch and every page has its own title and description', async ({ page }) => {
  const titles = new Set<string>();
  for (const path of TEXT_PAGES) {
    await page.goto(sitePath(path));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    titles.add(await page.title());
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0, path).toBeGreaterThan(40);
  }
  expect(titles.size).toBe(TEXT_PAGES.length);
});

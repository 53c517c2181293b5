import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, DIST, ORIGIN, sitePath } from './site.ts';

test('typing "cofinanciering" finds the financing sections, with links that land on the section', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(sitePath('/zoeken/'));
  await page.waitForLoadState('networkidle');
  expect(
    requests.some((url) => url.includes('/pagefind/')),
    'the search index loads only when the reader searches',
  ).toBe(false);
  const input = page.getByRole('searchbox', { name: 'Zoek in de lezing' });
  await expect(input).toBeFocused();
  await input.fill('cofinanciering');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ resultat?en? voor ‘cofinanciering’\./);
  const sectionLink = page.locator('[data-search-results] a[href*="/lezing/bestuurlijke-realiteit/#"]').first();
  await expect(sectionLink).toBeVisible();
  await sectionLink.click();
  await expect(page).toHaveURL(/\/lezing\/bestuurlijke-realiteit\/#[a-z0-9-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  expect(requests.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
});

test('Dutch stemming: "burgemeester" finds the lesson that speaks of "burgemeesters", and a shared ?q= link reruns the search', async ({ page }) => {
  await page.goto(`${sitePath('/zoeken/')}?q=burgemeester`);
  await expect(page.locator('[data-search-status]')).toContainText('voor ‘burgemeester’');
  await expect(page.locator('[data-search-results] a[href*="/lessen/7-leiderschap/"]').first()).toBeVisible();
});

test('"/" opens the search from any page, with the cursor in the search field', async ({ page }) => {
  await page.goto(sitePath('/lessen/4-sectorale-dynamiek/'));
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/lezing\/zoeken\/$/);
  await expect(page.getByRole('searchbox', { name: 'Zoek in de lezing' })).toBeFocused();
});

test('without JavaScript the search entry leads to the full table of contents', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/lessen/4-sectorale-dynamiek/'));
  await page.getByRole('link', { name: 'Zoeken' }).click();
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  const toc = page.getByRole('region', { name: 'Volledige inhoudstafel' });
  await expect(toc.getByRole('link', { name: "Agglomeratieprogramma's", exact: false }).first()).toBeVisible();
  for (const path of CHAPTERS) await expect(toc.locator(`a[href="${sitePath(path)}"]`)).toHaveCount(1);
  await context.close();
});

test('an unknown address shows the 404 page in the site style, with search and the table of contents', async ({ page }) => {
  const response = await page.goto(sitePath('/bestaat/niet/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('navigation', { name: 'Inhoud van de lezing' })).toBeAttached();
  await expect(page.getByRole('searchbox', { name: 'Zoek in de lezing' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Volledige inhoudstafel' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the sitemap lists every page with its absolute canonical URL, and no handout or 404 page', () => {
  const xml = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const path of ['/', '/zoeken/', ...CHAPTERS]) expect(urls).toContain(`https://regionale-samenwerking.example.org${sitePath(path)}`);
  expect(urls.filter((url) => /handout|404/.test(url ?? ''))).toEqual([]);
});

test('search excerpts show only the lecture: no anchor labels, buttons, map controls or citation text', async ({ page }) => {
  for (const query of ['woonmarkt', 'Meetjesland', 'vervoerregio']) {
    await page.goto(`${sitePath('/zoeken/')}?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toContainText(`voor ‘${query}’`);
    const results = page.locator('[data-search-results]');
    await expect(results.locator('li').first()).toBeVisible();
    const text = await results.innerText();
    for (const furniture of [
      'Directe link naar de sectie',
      'Kopieer link',
      'Citeer deze pagina',
      'Geraadpleegd op',
      'Download',
      'Weergave',
      'Alle afbakeningen aan',
      'Klik op een',
    ]) {
      expect(text, `${query}: ${furniture}`).not.toContain(furniture);
    }
  }
});

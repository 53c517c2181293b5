import { expect, test, type Page } from '@playwright/test';
import { ORIGIN, sitePath } from './site.ts';

/** The value next to a term in the page's facts list. */
const fact = (page: Page, term: string) =>
  page.locator('.gemeente-facts dt', { hasText: new RegExp(`^${term.replace(/[()?]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');
const delineations = (page: Page) => page.locator('#meetjesland ~ ul').first().locator('li');

const SAMPLE = [
  { slug: 'eeklo', naam: 'Eeklo', provincie: 'Oost-Vlaanderen', vr2025: 'Gent', vr2019: 'Gent', rr: 'Regio Gent', samen: /^Ja:/, afbakeningen: 17 },
  {
    slug: 'lier',
    naam: 'Lier',
    provincie: 'Antwerpen',
    vr2025: 'Antwerpen',
    vr2019: 'Antwerpen',
    rr: 'Rivierenland',
    samen: /^Nee:.*Regio Antwerpen.*Rivierenland/,
  },
  {
    slug: 'torhout',
    naam: 'Torhout',
    provincie: 'West-Vlaanderen',
    vr2025: 'Roeselare (sinds 4 december 2020 officieel vervoerregio Midwest)',
    vr2019: 'Roeselare',
    rr: 'Regio Brugge',
    samen: /^Nee:.*Midwest.*Regio Brugge/,
  },
  {
    slug: 'sint-laureins',
    naam: 'Sint-Laureins',
    provincie: 'Oost-Vlaanderen',
    vr2025: 'Gent',
    vr2019: 'Gent',
    rr: 'Regio Gent',
    samen: /^Ja:/,
    afbakeningen: 16,
  },
  {
    slug: 'beveren-kruibeke-zwijndrecht',
    naam: 'Beveren-Kruibeke-Zwijndrecht',
    provincie: 'Oost-Vlaanderen',
    vr2025: 'Antwerpen',
    vr2019: 'Zwijndrecht: Antwerpen; Beveren: Antwerpen; Kruibeke: Waasland',
    rr: 'Waasland',
    samen: /^Nee:.*Regio Antwerpen.*Waasland/,
    afbakeningen: 0,
  },
  {
    slug: 'lochristi',
    naam: 'Lochristi',
    provincie: 'Oost-Vlaanderen',
    vr2025: 'Gent',
    vr2019: 'Lochristi: Gent; Wachtebeke: Gent',
    rr: 'Regio Gent',
    samen: /^Ja:/,
    afbakeningen: 9,
  },
] as const;

for (const s of SAMPLE) {
  test(`/gemeenten/${s.slug}/ shows province, both vervoerregio's, the referentieregio and whether they agree`, async ({ page }) => {
    await page.goto(sitePath(`/gemeenten/${s.slug}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.naam);
    await expect(fact(page, 'Provincie')).toHaveText(s.provincie);
    await expect(fact(page, 'Vervoerregio (2025)')).toHaveText(s.vr2025);
    await expect(fact(page, 'Vervoerregio (2019–2024)')).toHaveText(s.vr2019);
    await expect(fact(page, 'Referentieregio')).toHaveText(s.rr);
    await expect(fact(page, 'Vallen ze samen?')).toHaveText(s.samen);
    // A disagreement comes with the sourced explanation; an agreement without it.
    await expect(page.locator('.achtergrond')).toHaveCount(s.samen.source.startsWith('^Nee') ? 1 : 0);
    if ('afbakeningen' in s) {
      const text = s.afbakeningen === 0 ? /staat in geen van de 18 afbakeningen/ : new RegExp(`staat in ${s.afbakeningen} van de 18 afbakeningen`);
      await expect(page.locator('.prose')).toContainText(text);
      if (s.afbakeningen > 0) await expect(delineations(page)).toHaveCount(s.afbakeningen);
    } else {
      await expect(page.locator('#meetjesland')).toHaveCount(0);
    }
    const locator = page.getByRole('img', { name: `Ligging van ${s.naam} in Vlaanderen` });
    await expect(locator).toBeVisible();
    await expect(page.locator('.locator-legend')).toContainText(`Referentieregio ${s.rr}`);
  });
}

test('Eeklo is in the arrondissement delineation; Lochristi counts Wachtebeke for COMEET; Beveren-Kruibeke-Zwijndrecht is marked uncertain', async ({
  page,
}) => {
  await page.goto(sitePath('/gemeenten/eeklo/'));
  await expect(delineations(page).filter({ hasText: 'Bestuurlijk arrondissement Eeklo' })).toHaveCount(1);
  await page.goto(sitePath('/gemeenten/lochristi/'));
  await expect(delineations(page).filter({ hasText: 'COMEET' })).toHaveText(/\(via Wachtebeke\)$/);
  await expect(page.locator('#fusie ~ p').first()).toHaveText(
    'Op 1 januari 2025 fuseerde Lochristi met Wachtebeke; de gemeente behield haar naam, maar kreeg een nieuwe NIS-code (44087; voorheen 44034).',
  );
  await page.goto(sitePath('/gemeenten/beveren-kruibeke-zwijndrecht/'));
  await expect(page.locator('.box-uncertain')).toContainText('officiële beslissing daarover is niet bekend');
  await expect(page.locator('table').getByRole('row')).toHaveCount(4);
});

test('Kruibeke (merged away) says what it merged into and what it belonged to before, and links on', async ({ page }) => {
  await page.goto(sitePath('/gemeenten/kruibeke/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kruibeke');
  await expect(fact(page, 'Vervoerregio (2019–2024)')).toHaveText('Waasland');
  await expect(fact(page, 'Referentieregio')).toHaveText('Waasland');
  await expect(page.locator('.prose')).toContainText('Op 1 januari 2025 fuseerde Kruibeke met Zwijndrecht en Beveren tot Beveren-Kruibeke-Zwijndrecht');
  await page.getByRole('link', { name: 'Beveren-Kruibeke-Zwijndrecht', exact: true }).first().click();
  await expect(page).toHaveURL(/\/lezing\/gemeenten\/beveren-kruibeke-zwijndrecht\/$/);
  await page.getByRole('link', { name: 'Kruibeke', exact: true }).click();
  await expect(page).toHaveURL(/\/lezing\/gemeenten\/kruibeke\/$/);
  // From the page into the comparison map, with the pair of its vervoerregio chosen on the 2019–2024 set.
  await page.getByRole('link', { name: /Waar vervoerregio's en referentieregio's verschillen, met Waasland ↔ Waasland gekozen/ }).click();
  const map = page.locator('refreg-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-live', 'true');
  await expect(map).toHaveAttribute('data-vergelijking', '2019');
  await expect(map.getByRole('button', { name: 'Waasland ↔ Waasland' })).toHaveAttribute('aria-pressed', 'true');
});

test('the index links every municipality page by province, lists Brussels apart, and its filter narrows the list', async ({ page, request }) => {
  await page.goto(sitePath('/gemeenten/'));
  const hrefs = await page.locator('.gemeente-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  expect(new Set(hrefs).size).toBe(285 + 22);
  for (const href of hrefs.filter((_, i) => i % 37 === 0)) expect((await request.get(`${ORIGIN}${href}`)).status(), href).toBe(200);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Provincie Antwerpen',
    'Provincie Vlaams-Brabant',
    'Provincie West-Vlaanderen',
    'Provincie Oost-Vlaanderen',
    'Provincie Limburg',
    'Brussels Hoofdstedelijk Gewest',
    'Citeer deze pagina',
  ]);
  await expect(page.locator('section[aria-labelledby="brussel"] li')).toHaveCount(19);
  await expect(page.locator('section[aria-labelledby="brussel"] a')).toHaveCount(0);

  const filter = page.getByRole('searchbox', { name: 'Filter op naam of regio' });
  await filter.fill('sint laureins');
  await expect(page.locator('[data-filter-item]:visible')).toHaveCount(1);
  await expect(page.locator('[data-filter-status]')).toHaveText('1 gemeente gevonden');
  await expect(page.getByRole('heading', { name: 'Provincie Antwerpen' })).toBeHidden();
  await filter.fill('');
  await expect(page.locator('[data-filter-item]:visible')).toHaveCount(285 + 22 + 19);
});

test('without JavaScript the index is the full list and the filter field stays hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/gemeenten/'));
  await expect(page.locator('.gemeente-list li')).toHaveCount(285 + 22 + 19);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await context.close();
});

test('the site search finds a municipality by name, and a theme still leads to the lecture first', async ({ page }) => {
  await page.goto(`${sitePath('/zoeken/')}?q=Kruibeke`);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /\/lezing\/gemeenten\/kruibeke\/$/);
  await page.goto(`${sitePath('/zoeken/')}?q=vervoerregio`);
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /\/lezing\/bestuurlijke-realiteit\//);
});

test('a municipality page prints without site chrome, with its locator and colophon', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(sitePath('/gemeenten/lier/'));
  for (const selector of ['.site-header', '.site-nav', '.site-footer', '.cite-block']) await expect(page.locator(selector).first(), selector).toBeHidden();
  await expect(page.getByRole('img', { name: 'Ligging van Lier in Vlaanderen' })).toBeVisible();
  await expect(page.locator('.print-colophon .print-url')).toHaveText(/\/gemeenten\/lier\/$/);
});

test('a municipality page carries share tags with the shared card, and citation tags', async ({ page, request }) => {
  await page.goto(sitePath('/gemeenten/torhout/'));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', "Torhout: regio's");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /vervoerregio Roeselare en referentieregio Regio Brugge/);
  const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
  expect(image).toMatch(/\/og\/gemeenten\.png$/);
  expect((await request.get(`${ORIGIN}${new URL(image).pathname}`)).status()).toBe(200);
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', "Torhout: regio's");
});

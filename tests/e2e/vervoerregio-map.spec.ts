import { expect, test, type Page } from '@playwright/test';
import { ORIGIN, sitePath } from './site.ts';
import { expectWheelScrollsPastMap } from './watch.ts';

const PAGE = sitePath('/bestuurlijke-realiteit/');
const figure = (page: Page) => page.locator('#kaart-vervoerregios');

test('without JavaScript the figure holds a static SVG of the 15 regions, the legend and the data table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const svg = figure(page).locator('svg.map-static');
  await expect(svg).toBeVisible();
  await expect(svg.locator('.map-regions path[data-code]')).toHaveCount(15);
  await expect(figure(page).getByRole('img', { name: /de 15 vervoerregio's van Vlaanderen/ })).toBeVisible();
  await expect(figure(page).locator('.map-legend li')).toHaveCount(15);
  const table = figure(page).locator('table.map-table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('tbody tr')).toHaveCount(15);
  await expect(table.locator('tr[data-slug="gent"] td').nth(0)).toHaveText('23');
  await expect(table.locator('tr[data-slug="gent"] td').nth(1)).toHaveText('20');
  await expect(table.locator('tr[data-slug="waasland"]')).toContainText(
    'Beveren, Kruibeke en Zwijndrecht → Beveren-Kruibeke-Zwijndrecht (vervoerregio Antwerpen)',
  );
  for (const path of await svg.locator('.map-regions-2025 path[data-code]').all()) await expect(path).toBeHidden();
  await expect(figure(page).locator('.map-live')).toBeHidden();
  await expect(figure(page)).toContainText('Gemeentegrenzen: Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers');
  await context.close();
});

test('Leaflet is not loaded before the map scrolls into view, then it takes over and only same-origin requests are made', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(
    requests.some((url) => /leaflet|topo\..*\.json|island\..*\.json|controller/.test(url)),
    'nothing of the map (its island file included) before it is near the viewport',
  ).toBe(false);
  // The model is not in the page: an empty island names its fingerprinted file, fetched when the map wakes.
  const island = page.locator('region-map script[type="application/json"][data-map-model]');
  await expect(island).toHaveText('');
  const src = (await island.getAttribute('data-src')) ?? '';
  expect(src).toMatch(/\/_astro\/island\.[\w-]+\.json$/);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  await expect(figure(page).locator('.leaflet-container')).toBeVisible();
  // The live map shows the figure's own drawing: 15 regions react to the pointer, and no boundary file is downloaded.
  await expect(figure(page).locator('.leaflet-overlay-pane path.leaflet-interactive').filter({ visible: true })).toHaveCount(15);
  expect(requests.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
  expect(requests.filter((url) => /topo\..*\.json$/.test(url))).toHaveLength(0);
  expect(requests.filter((url) => url === `${ORIGIN}${src}`)).toHaveLength(1);
});

test('selecting Gent lists its member municipalities and puts the selection in the URL; the URL reopens it', async ({ page }) => {
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  await figure(page)
    .getByRole('button', { name: /^Gent\b/ })
    .click();
  const info = figure(page).locator('[data-map-info]');
  await expect(info).toContainText('Gent — 23 gemeenten');
  for (const name of ['Eeklo', 'Maldegem', 'Sint-Laureins', 'Zelzate', 'Lievegem']) await expect(info).toContainText(name);
  await expect(page).toHaveURL(/[?&]vervoerregio=gent(&|#|$)/);
  const shared = page.url();

  const second = await page.context().newPage();
  await second.goto(shared);
  await second.locator('#kaart-vervoerregios').scrollIntoViewIfNeeded();
  await expect(second.locator('#kaart-vervoerregios').getByRole('button', { name: /^Gent\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(second.locator('#kaart-vervoerregios [data-map-info]')).toContainText('Gent — 23 gemeenten');
});

test('clicking a region on the Leaflet map selects it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  // Region labels let clicks through to the region underneath, so a click on "Limburg" hits the Limburg polygon.
  const box = await figure(page).locator('.leaflet-tooltip.region-label', { hasText: 'Limburg' }).boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await expect(figure(page).locator('[data-map-info]')).toContainText('Limburg — 42 gemeenten');
  await expect(page).toHaveURL(/vervoerregio=limburg/);
});

test('the keyboard path: Tab to a legend entry, Enter selects, Escape clears', async ({ page }) => {
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  const aalst = figure(page).getByRole('button', { name: /^Aalst\b/ });
  await aalst.focus();
  await page.keyboard.press('Tab');
  await expect(figure(page).getByRole('button', { name: /^Antwerpen\b/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure(page).getByRole('button', { name: /^Antwerpen\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(figure(page).locator('[data-map-info]')).toContainText('Antwerpen — 32 gemeenten');
  await page.keyboard.press('Escape');
  await expect(figure(page).getByRole('button', { name: /^Antwerpen\b/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/vervoerregio=/);
});

test('the 2025 switch shows the municipality set after the mergers', async ({ page }) => {
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  await figure(page).getByRole('radio', { name: /2025/ }).check();
  await expect(page).toHaveURL(/indeling=2025/);
  await figure(page)
    .getByRole('button', { name: /^Gent\b/ })
    .click();
  await expect(figure(page).locator('[data-map-info]')).toContainText('Gent — 20 gemeenten');
  await figure(page)
    .getByRole('button', { name: /^Antwerpen\b/ })
    .click();
  await expect(figure(page).locator('[data-map-info]')).toContainText('Beveren-Kruibeke-Zwijndrecht');
  await expect(
    figure(page)
      .getByRole('button', { name: /^Antwerpen\b/ })
      .locator('.legend-count'),
  ).toHaveText('30');
  // The live map shows the 2025 regions: still 15, Antwerpen and Waasland with their 2025 outlines (Kruibeke inside Antwerpen's).
  const live = figure(page).locator('.leaflet-overlay-pane path.leaflet-interactive').filter({ visible: true });
  await expect(live).toHaveCount(15);
  await expect(figure(page).locator('.leaflet-overlay-pane .map-regions-2025 path[data-code]').filter({ visible: true })).toHaveCount(2);
  await expect(figure(page).locator('.leaflet-overlay-pane .map-regions path[data-changes]').filter({ visible: true })).toHaveCount(0);
  // The static SVG (what prints) follows: the 2025 outlines of Antwerpen and Waasland replace those of 2019–2024.
  await page.emulateMedia({ media: 'print' });
  await expect(figure(page).locator('svg.map-static .map-regions-2025 path[data-code]')).toHaveCount(2);
  await expect(figure(page).locator('svg.map-static .map-regions-2025 path[data-code]').first()).toBeVisible();
  await expect(figure(page).locator('svg.map-static .map-regions path[data-changes]').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await figure(page).scrollIntoViewIfNeeded();
  await expect(figure(page).getByRole('radio', { name: /2025/ })).toBeChecked();
});

test('the page does not zoom the map when the reader scrolls past it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  await expectWheelScrollsPastMap(page, figure(page));
});

test('when the live map cannot be loaded, the static SVG stays and a message says so, without an uncaught error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(/\/_astro\/live-map\.[\w-]+\.js$/, (route) => route.fulfill({ status: 500, body: 'kapot' }));
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="failed"]')).toBeAttached();
  await expect(figure(page).locator('[data-map-status]')).toContainText('De interactieve kaart is niet beschikbaar');
  await expect(figure(page).locator('svg.map-static')).toBeVisible();
  expect(errors).toEqual([]);
});

test('when the map model cannot be loaded, the map shows its failed state and the static SVG and table stay', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(/\/_astro\/island\.[\w-]+\.json$/, (route) => route.fulfill({ status: 500, body: 'kapot' }));
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="failed"]')).toBeAttached();
  await expect(figure(page).locator('[data-map-status]')).toContainText('De interactieve kaart is niet beschikbaar');
  await expect(figure(page).locator('svg.map-static')).toBeVisible();
  await expect(figure(page).locator('table.map-table tbody tr')).toHaveCount(15);
  await expect(figure(page).locator('.map-live')).toBeHidden();
  expect(errors).toEqual([]);
});

test('printing shows the static SVG map, never the Leaflet box', async ({ page }) => {
  await page.goto(`${PAGE}?vervoerregio=gent`);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('region-map[data-live="true"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(figure(page).locator('svg.map-static')).toBeVisible();
  await expect(figure(page).locator('.map-live')).toBeHidden();
  await expect(figure(page).locator('svg.map-static path.is-selected[data-code]')).toHaveCount(1);
});

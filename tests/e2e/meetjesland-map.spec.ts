import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePath } from './site.ts';
import { expectWheelScrollsPastMap, watch } from './watch.ts';

const PAGE = sitePath('/geografische-realiteit/');
const figure = (page: Page) => page.locator('#kaart-meetjesland');
const live = (page: Page) => page.locator('meetjesland-map[data-live="true"]');

interface Delineatie {
  id: string;
  leden: string[];
}
const DATA = JSON.parse(readFileSync('data/meetjesland-delineaties.json', 'utf8')) as { delineaties: Delineatie[] };
const TOTAL = DATA.delineaties.length;
const countOf = (nis: string) => DATA.delineaties.filter((d) => d.leden.includes(nis)).length;
const EEKLO = '43005';
const DEINZE = '44083';
const ZELZATE = '43018';

async function openLive(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  await figure(page).scrollIntoViewIfNeeded();
  // Leaflet (≈ 45 kB gzip) and the topology load only now: allow for a busy test machine.
  await expect(live(page)).toBeVisible({ timeout: 15_000 });
}

const leafletPath = (page: Page, nis: string) => figure(page).locator(`.leaflet-overlay-pane path[data-nis="${nis}"]`);
const staticPath = (page: Page, nis: string) => figure(page).locator(`svg.map-static path[data-nis="${nis}"]`);

test('without JavaScript: the static overlap map of all municipalities, the legend, the tables and the sources', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const svg = figure(page).locator('svg.map-static');
  await expect(svg).toBeVisible();
  await expect(svg.locator('.mj-gemeenten path[data-nis]')).toHaveCount(60);
  await expect(figure(page).getByRole('img', { name: /het Meetjesland in \d+ afbakeningen/ })).toBeVisible();
  await expect(staticPath(page, EEKLO)).toHaveAttribute('data-count', String(countOf(EEKLO)));
  await expect(staticPath(page, DEINZE)).toHaveAttribute('data-count', String(countOf(DEINZE)));
  await expect(figure(page).locator('[data-mj-legend-title]')).toContainText(`van de ${TOTAL} afbakeningen`);
  await expect(figure(page).locator('[data-mj-legend-items] li')).toHaveCount(5);
  await expect(figure(page).locator('[data-map-controls]')).toHaveCount(2);
  for (const controls of await figure(page).locator('[data-map-controls]').all()) await expect(controls).toBeHidden();
  await expect(figure(page).locator('.map-live')).toBeHidden();
  const table = figure(page).locator('table[data-mj-table="afbakeningen"]');
  await expect(table.locator('tbody tr[data-id]')).toHaveCount(TOTAL);
  for (const group of ['Homogene regio', 'Functionele regio', 'Bestuurlijke regio', 'Sociaal-geconstrueerde regio']) {
    await expect(table.locator('.mj-group-row')).toContainText([group]);
  }
  await expect(table.locator('tr[data-id="H1"] .mj-omzetting')).toContainText('overschat');
  await expect(table.locator('tr[data-id="A12"]')).toContainText('geen woonmarktafbakening');
  await expect(table.locator('tr[data-id="S1"] .mj-onzeker')).toContainText('laag');
  await expect(figure(page).locator('table[data-mj-table="gemeenten"] tr[data-slug="eeklo"] td').first()).toHaveText(String(countOf(EEKLO)));
  await expect(figure(page)).toContainText('geen openbare lijst van gemeenten te vinden');
  await expect(figure(page).locator('.figure-source')).toContainText('Afbakeningen: zie de tabel');
  await expect(figure(page).locator('.figure-source')).toContainText(
    'gemeentegrenzen: Statbel (statistische sectoren), vereenvoudigd door Provincies in Cijfers',
  );
  await expect(figure(page).locator('.figure-source')).not.toContainText('vervoerregio');
  await context.close();
});

test('nothing of the map loads before it nears the viewport; then Leaflet takes over, same origin only, console clean', async ({ page }) => {
  const { messages: problems, foreign } = watch(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(
    requests.some((url) => /leaflet|meetjesland-map-controller|controller|topo\..*\.json|island\..*\.json/.test(url)),
    'nothing of the map (its island file included) before it is near the viewport',
  ).toBe(false);
  const src = (await page.locator('meetjesland-map script[type="application/json"][data-map-model]').getAttribute('data-src')) ?? '';
  expect(src).toMatch(/\/_astro\/island\.[\w-]+\.json$/);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(live(page)).toBeVisible();
  expect(requests.filter((url) => url.endsWith(src))).toHaveLength(1);
  await expect(figure(page).locator('.leaflet-overlay-pane path.leaflet-interactive')).toHaveCount(60);
  for (const controls of await figure(page).locator('[data-map-controls]').all()) await expect(controls).toBeVisible();
  await expect(figure(page).locator('svg.map-static')).toBeHidden();
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('the overlap view counts the delineations that include each municipality: Eeklo more than Deinze', async ({ page }) => {
  await openLive(page);
  const eeklo = countOf(EEKLO);
  expect(eeklo).toBeGreaterThan(countOf(DEINZE));
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', String(eeklo));
  await expect(leafletPath(page, DEINZE)).toHaveAttribute('data-count', String(countOf(DEINZE)));
  await expect(leafletPath(page, ZELZATE)).toHaveAttribute('data-count', String(countOf(ZELZATE)));
  await expect(figure(page).locator('.leaflet-tooltip.mj-map-label', { hasText: 'Eeklo' })).toContainText(String(eeklo));
});

test('switching layers changes the counts, the colour classes and the URL', async ({ page }) => {
  await openLive(page);
  await figure(page).getByRole('button', { name: 'Alle uit' }).click();
  await expect(page).toHaveURL(/[?&]lagen=geen(&|#|$)/);
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', '0');
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-class', '0');
  const comeet = figure(page).getByRole('checkbox', { name: /^H4\b/ });
  await comeet.check();
  await expect(page).toHaveURL(/[?&]lagen=H4(&|#|$)/);
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', '1');
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-class', '1');
  await expect(leafletPath(page, DEINZE)).toHaveAttribute('data-count', '0');
  await figure(page).getByRole('checkbox', { name: /^A1\b/ }).check();
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', '2');
  await expect(figure(page).locator('[data-mj-legend-title]')).toContainText('2 gekozen afbakeningen (H4, A1)');
  await comeet.uncheck();
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', '1');
  await expect(page).toHaveURL(/[?&]lagen=A1(&|#|$)/);
  // The static SVG (what prints) follows the same view.
  await expect(staticPath(page, EEKLO)).toHaveAttribute('data-count', '1');
  await figure(page).getByRole('button', { name: 'Alle afbakeningen aan' }).click();
  await expect(page).not.toHaveURL(/lagen=/);
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', String(countOf(EEKLO)));
});

test('selecting Eeklo lists the delineations that include and exclude it', async ({ page }) => {
  await openLive(page);
  await figure(page).getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Eeklo' });
  const info = figure(page).locator('[data-map-info]');
  const inside = DATA.delineaties.filter((d) => d.leden.includes(EEKLO));
  const outside = DATA.delineaties.filter((d) => !d.leden.includes(EEKLO));
  await expect(info).toContainText(`Eeklo — in ${inside.length} van de ${TOTAL} afbakeningen`);
  await expect(info.locator('.mj-info-list.is-in > li')).toHaveCount(inside.length);
  await expect(info.locator('.mj-info-list.is-out > li')).toHaveCount(outside.length);
  for (const d of outside) await expect(info.locator('.mj-info-list.is-out')).toContainText(d.id);
  await expect(page).toHaveURL(/[?&]gemeente=eeklo(&|#|$)/);
  // The live map outlines Eeklo: its selection line follows Eeklo's outline.
  await expect(figure(page).locator('.leaflet-overlay-pane .mj-selection-line')).toHaveAttribute(
    'd',
    (await leafletPath(page, EEKLO).getAttribute('d')) ?? 'M',
  );
});

test('Zelzate is in the Welzijnsband but not in IVM; Deinze shows the conversion note of the lists from before 2019', async ({ page }) => {
  await openLive(page, '?gemeente=zelzate');
  const info = figure(page).locator('[data-map-info]');
  await expect(info.locator('.is-in')).toContainText('A4');
  await expect(info.locator('.is-out')).toContainText('A3');
  await figure(page).getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Deinze' });
  await expect(info.locator('.is-in')).toContainText('Omzetting: Nevele is sinds 2019 deel van Deinze (44083)');
});

test('the URL restores layers, view and selection; unknown values are ignored', async ({ page }) => {
  await openLive(page, '?lagen=H4,a1,XX9&gemeente=eeklo&weergave=overlap');
  await expect(figure(page).getByRole('checkbox', { name: /^H4\b/ })).toBeChecked();
  await expect(figure(page).getByRole('checkbox', { name: /^A1\b/ })).toBeChecked();
  await expect(figure(page).getByRole('checkbox', { name: /^A3\b/ })).not.toBeChecked();
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', '2');
  await expect(figure(page).locator('[data-map-info]')).toContainText('Eeklo — in 2 van de 2 gekozen afbakeningen');

  await openLive(page, '?gemeente=atlantis&weergave=kaleidoscoop&lagen=ZZ');
  await expect(figure(page).getByRole('checkbox', { name: /^A3\b/ })).toBeChecked();
  await expect(figure(page).getByRole('radio', { name: 'Overlap' })).toBeChecked();
  await expect(figure(page).locator('[data-map-info]')).toContainText('Geen gemeente gekozen');

  await openLive(page, '?weergave=afbakening&afbakening=A3');
  await expect(figure(page).getByRole('radio', { name: /Eén afbakening/ })).toBeChecked();
  await expect(figure(page).locator('[data-mj-legend-title]')).toContainText('A3');
  await expect(leafletPath(page, ZELZATE)).toHaveAttribute('data-class', 'uit');
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-class', 'in');
});

test('the single-delineation view highlights the members of the chosen delineation', async ({ page }) => {
  await openLive(page);
  await figure(page)
    .getByRole('combobox', { name: /Afbakening voor de weergave/ })
    .selectOption('A4');
  await expect(page).toHaveURL(/weergave=afbakening&afbakening=A4/);
  await expect(leafletPath(page, ZELZATE)).toHaveAttribute('data-class', 'in');
  await expect(leafletPath(page, DEINZE)).toHaveAttribute('data-class', 'uit');
  await expect(figure(page).getByRole('checkbox', { name: /^H4\b/ })).toBeDisabled();
  await figure(page).getByRole('radio', { name: 'Overlap' }).check();
  await expect(page).not.toHaveURL(/weergave=/);
  await expect(leafletPath(page, ZELZATE)).toHaveAttribute('data-count', String(countOf(ZELZATE)));
});

test('clicking a municipality on the Leaflet map selects it; clicking it again clears', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLive(page);
  const label = figure(page).locator('.leaflet-tooltip.mj-map-label', { hasText: 'Maldegem' });
  const box = await label.boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await expect(figure(page).locator('[data-map-info]')).toContainText('Maldegem — in');
  await expect(page).toHaveURL(/gemeente=maldegem/);
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await expect(page).not.toHaveURL(/gemeente=/);
});

test('the keyboard path: Tab through the controls, type a municipality, Escape clears, Enter and Space switch layers', async ({ page }) => {
  await openLive(page);
  await figure(page).getByRole('radio', { name: 'Overlap' }).focus();
  await page.keyboard.press('Tab');
  await expect(figure(page).getByRole('combobox', { name: /Afbakening voor de weergave/ })).toBeFocused();
  await page.keyboard.press('Tab');
  const gemeente = figure(page).getByLabel('Gemeente', { exact: true });
  await expect(gemeente).toBeFocused();
  await page.keyboard.type('Eeklo');
  await expect(figure(page).locator('[data-map-info]')).toContainText('Eeklo — in');
  await expect(page).toHaveURL(/gemeente=eeklo/);
  await page.keyboard.press('Escape');
  await expect(figure(page).locator('[data-map-info]')).toContainText('Geen gemeente gekozen');
  await expect(page).not.toHaveURL(/gemeente=/);
  await page.keyboard.press('Tab');
  await expect(figure(page).locator('.leaflet-container')).toBeFocused();

  await figure(page).getByRole('button', { name: 'Alle uit' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lagen=geen/);
  await page.keyboard.press('Tab');
  const h1 = figure(page).getByRole('checkbox', { name: /^H1\b/ });
  await expect(h1).toBeFocused();
  await page.keyboard.press('Space');
  await expect(h1).toBeChecked();
  await expect(page).toHaveURL(/lagen=H1(&|#|$)/);
  await expect(leafletPath(page, DEINZE)).toHaveAttribute('data-count', '1');
});

test('"Enkel deze soort" shows the overlap of one kind of region', async ({ page }) => {
  await openLive(page);
  await figure(page).getByRole('button', { name: 'Enkel deze soort (Homogene regio)' }).click();
  await expect(page).toHaveURL(/lagen=H1,H2,H3,H4(&|#|$)/);
  await expect(leafletPath(page, EEKLO)).toHaveAttribute('data-count', '4');
  await expect(figure(page).getByRole('checkbox', { name: /^H5\b/ })).not.toBeChecked();
});

test('the live map opens on the delineations with the province as context, and "Beginbeeld" returns there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLive(page);
  await figure(page).locator('.map-frame').scrollIntoViewIfNeeded();
  const frame = await figure(page).locator('.leaflet-container').boundingBox();
  const eeklo = await leafletPath(page, EEKLO).boundingBox();
  const ronse = await leafletPath(page, '45041').boundingBox();
  expect(frame && eeklo && ronse).toBeTruthy();
  if (!frame || !eeklo || !ronse) return;
  expect(eeklo.y).toBeGreaterThan(frame.y);
  expect(eeklo.y + eeklo.height).toBeLessThan(frame.y + frame.height);
  // Ronse, in the far south of the province, lies outside the opening view.
  expect(ronse.y + ronse.height).toBeGreaterThan(frame.y + frame.height);
  const size = async (): Promise<number> => (await leafletPath(page, EEKLO).boundingBox())?.width ?? 0;
  /** How far Eeklo's outline is from where the map opened (position and size, in px). */
  const offOpening = async (): Promise<number> => {
    const now = await leafletPath(page, EEKLO).boundingBox();
    return now ? Math.max(Math.abs(now.x - eeklo.x), Math.abs(now.y - eeklo.y), Math.abs(now.width - eeklo.width)) : Infinity;
  };
  await figure(page).getByRole('button', { name: 'Uitzoomen' }).click();
  await expect.poll(size).toBeLessThan(eeklo.width * 0.8);
  await figure(page).getByRole('button', { name: 'Terug naar het beginbeeld' }).click();
  await expect.poll(offOpening).toBeLessThan(1);
});

test('the page does not zoom the map when the reader scrolls past it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLive(page);
  await expectWheelScrollsPastMap(page, figure(page));
});

test('when the live map cannot be loaded, the static SVG stays, a message says so, and the controls still work', async ({ page }) => {
  const { messages: problems } = watch(page);
  await page.route(/\/_astro\/live-map\.[\w-]+\.js$/, (route) => route.fulfill({ status: 500, body: 'kapot' }));
  await page.goto(PAGE);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(page.locator('meetjesland-map[data-live="failed"]')).toBeAttached();
  await expect(figure(page).locator('[data-map-status]')).toContainText('De interactieve kaart is niet beschikbaar');
  await expect(figure(page).locator('svg.map-static')).toBeVisible();
  await figure(page).getByRole('button', { name: 'Alle uit' }).click();
  await expect(staticPath(page, EEKLO)).toHaveAttribute('data-count', '0');
  expect(problems.filter((p) => !/status of 500/.test(p))).toEqual([]);
  expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
});

test('printing shows the static SVG map and its legend, never the Leaflet box or the controls', async ({ page }) => {
  await openLive(page, '?gemeente=eeklo');
  await page.emulateMedia({ media: 'print' });
  await expect(figure(page).locator('svg.map-static')).toBeVisible();
  await expect(figure(page).locator('.map-live')).toBeHidden();
  for (const controls of await figure(page).locator('[data-map-controls]').all()) await expect(controls).toBeHidden();
  await expect(figure(page).locator('[data-mj-legend]')).toBeVisible();
  await expect(figure(page).locator('svg.map-static .mj-selection-line')).toHaveAttribute('d', /^M/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violations in the live figure with a municipality selected (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await openLive(page, '?gemeente=deinze&lagen=H1,H4,A3,A12,S1');
    const results = await new AxeBuilder({ page }).include('#kaart-meetjesland').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.help} → ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}

test('the four guises each show their delineation in a small figure that opens the big map with that layer selected', async ({ page }) => {
  const guises = [
    ['fig-meetjesland-homogeen', 'H4'],
    ['fig-meetjesland-woonmarkt', 'A12'],
    ['fig-meetjesland-bestuurlijk', 'A3'],
    ['fig-meetjesland-sociaal', 'S1'],
  ] as const;
  await page.goto(PAGE);
  for (const [id, layer] of guises) {
    const fig = page.locator(`#${id}`);
    await expect(fig.locator('svg.guise-svg'), id).toBeVisible();
    await expect(fig.locator('.figure-added-note'), id).toContainText('Achtergrond');
    await expect(fig.getByRole('link', { name: `Bekijk ${layer} op de grote kaart` })).toHaveAttribute('href', `${PAGE}?lagen=${layer}#kaart-meetjesland`);
  }
  await expect(page.locator('#fig-meetjesland-woonmarkt figcaption')).toContainText('benadering, geen woonmarktafbakening');
  await page.locator('#fig-meetjesland-bestuurlijk').getByRole('link', { name: 'Bekijk A3 op de grote kaart' }).click();
  await expect(page).toHaveURL(/\?lagen=A3#kaart-meetjesland$/);
  await expect(live(page)).toBeVisible({ timeout: 15_000 });
  await expect(figure(page).getByRole('checkbox', { name: /^A3\b/ })).toBeChecked();
  await expect(figure(page).getByRole('checkbox', { name: /^A2\b/ })).not.toBeChecked();
});

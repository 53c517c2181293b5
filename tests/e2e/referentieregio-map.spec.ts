import { expect, test, type Page } from '@playwright/test';
import { sitePath } from './site.ts';
import { DISAGREEING_MUNICIPALITIES } from '../fixtures/disagreeing-municipalities.ts';

const figure = (page: Page) => page.locator('#kaart-referentieregios');
const DISAGREE_2025 = DISAGREEING_MUNICIPALITIES['2025'];

test('without JavaScript the comparison figure shows the map, the pairs and where the two cuts differ', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/bestuurlijke-realiteit/#vervoerregio-referentieregio'));
  await expect(figure(page).locator('figcaption').first()).toHaveText(/^Figuur 2\.\d+ — De 15 referentieregio's/);
  await expect(figure(page).getByRole('img', { name: /referentieregio's en vervoerregio's van Vlaanderen/ })).toBeVisible();
  await expect(figure(page).locator('.map-regions path')).toHaveCount(15);
  await expect(figure(page).locator('.refreg-set[data-set="2025"] .refreg-verschil')).toHaveCount(DISAGREE_2025.length);
  await expect(figure(page).locator('.refreg-set[data-set="2025"]')).toBeVisible();
  await expect(figure(page).locator('.refreg-set[data-set="2019"]')).toBeHidden();
  const legend = figure(page).locator('.refreg-legend li');
  await expect(legend).toHaveCount(15);
  for (const pair of [
    'Antwerpen ↔ Regio Antwerpen',
    'Mechelen ↔ Rivierenland',
    'Vlaamse Rand ↔ Halle-Vilvoorde',
    'Leuven ↔ Oost-Brabant',
    'Roeselare ↔ Midwest',
    'Kortrijk ↔ Zuid-West-Vlaanderen',
    'Oostende ↔ Middenkust',
    'Aalst ↔ Denderregio',
    'Waasland ↔ Waasland',
  ]) {
    await expect(legend.filter({ hasText: pair })).toHaveCount(1);
  }
  const t2025 = figure(page).locator('table[data-set="2025"] tbody th');
  await expect(t2025).toHaveText(DISAGREE_2025);
  await expect(figure(page).locator('table[data-set="2019"] tbody tr')).toHaveCount(DISAGREEING_MUNICIPALITIES['2019'].length);
  await expect(figure(page).locator('table[data-set="2019"] tbody th')).toContainText(['Beveren', 'Zwijndrecht']);
  const lier = figure(page).locator('table[data-set="2025"] tr', { hasText: 'Lier' });
  await expect(lier.locator('td')).toHaveText(['Antwerpen', 'Regio Antwerpen', 'Rivierenland']);
  await lier.getByRole('link', { name: 'Lier' }).click();
  await expect(page).toHaveURL(/\/lezing\/gemeenten\/lier\/$/);
  await context.close();
});

test('on paper the comparison map and the difference tables print', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  await expect(figure(page).locator('svg.map-static')).toBeVisible();
  await expect(figure(page).locator('table[data-set="2025"]')).toBeVisible();
  await expect(figure(page).locator('table[data-set="2019"]')).toBeVisible();
});

test('live: a pair is chosen from the legend or the URL, the set switches, and both live in the URL', async ({ page }) => {
  await page.goto(`${sitePath('/bestuurlijke-realiteit/')}?paar=antwerpen#kaart-referentieregios`);
  const map = page.locator('refreg-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-live', 'true');
  const info = map.locator('[data-map-info]');
  await expect(info).toContainText('Vervoerregio Antwerpen ↔ referentieregio Regio Antwerpen');
  await expect(info).toContainText('Alleen in vervoerregio Antwerpen: Beveren-Kruibeke-Zwijndrecht, Lier.');
  await map.getByRole('radio', { name: '2019–2024' }).check();
  await expect(page).toHaveURL(/[?&]vergelijking=2019/);
  await expect(info).toContainText('Alleen in vervoerregio Antwerpen: Beveren, Lier, Zwijndrecht.');
  await map.getByRole('button', { name: 'Oostende ↔ Middenkust' }).click();
  await expect(page).toHaveURL(/[?&]paar=oostende/);
  await expect(info).toContainText('Alleen in vervoerregio Oostende: Koksijde, Nieuwpoort.');
  await expect(map.getByRole('button', { name: 'Oostende ↔ Middenkust' })).toHaveAttribute('aria-pressed', 'true');
  // The live map outlines the chosen pair's vervoerregio over the drawing.
  await expect(map.locator('.leaflet-container .refreg-vr-selected')).toHaveAttribute('d', /^M\d/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/paar=/);
  await expect(info).toHaveText('Geen vervoerregio gekozen.');
  await expect(map.locator('.leaflet-container .refreg-vr-selected')).not.toHaveAttribute('d', /./);
  // It shows the differences of the chosen set (2019–2024) only.
  await expect(map.locator('.leaflet-container path[data-nis]').filter({ visible: true })).toHaveCount(DISAGREEING_MUNICIPALITIES['2019'].length);
});

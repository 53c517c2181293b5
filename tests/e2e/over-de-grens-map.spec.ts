import { expect, test } from '@playwright/test';
import { sitePath } from './site.ts';

const PAGE = sitePath('/bestuurlijke-realiteit/');

test('live: a Regio Deal is chosen from the URL, shown pressed in the legend and described with its members', async ({ page }) => {
  await page.goto(`${PAGE}?regiodeal=north-sea-port-district#kaart-over-de-grens`);
  const map = page.locator('grens-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-live', 'true');
  await expect(map).toHaveAttribute('data-regiodeal', 'north-sea-port-district');
  await expect(map.getByRole('button', { name: /Regio Deal North Sea Port District/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(map.getByRole('button', { name: /Regio Deal Zeeland/ })).toHaveAttribute('aria-pressed', 'false');
  const info = map.locator('[data-map-info]');
  await expect(info).toContainText('Regio Deal North Sea Port District: 4 gemeenten');
  for (const name of ['Vlissingen', 'Borsele', 'Terneuzen', 'Gent']) await expect(info).toContainText(name);
});

test('live: a click chooses a deal and puts it in the URL, a second click and Escape clear it, and the other maps keep their choice', async ({ page }) => {
  await page.goto(`${PAGE}?vervoerregio=gent#kaart-over-de-grens`);
  const map = page.locator('grens-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-live', 'true');
  const zeeland = map.getByRole('button', { name: /Regio Deal Zeeland/ });
  await zeeland.click();
  await expect(zeeland).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('regiodeal')).toBe('zeeland');
  expect(new URL(page.url()).searchParams.get('vervoerregio')).toBe('gent');
  await expect(map.locator('[data-map-info]')).toContainText('Regio Deal Zeeland:');
  await zeeland.click();
  await expect(zeeland).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.has('regiodeal')).toBe(false);
  await expect(map.locator('[data-map-info]')).toHaveText('Geen deal gekozen: de kaart toont ze alle.');
  await zeeland.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('regiodeal')).toBe('zeeland');
  await page.keyboard.press('Escape');
  await expect(zeeland).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.has('regiodeal')).toBe(false);
  expect(new URL(page.url()).searchParams.get('vervoerregio')).toBe('gent');
});

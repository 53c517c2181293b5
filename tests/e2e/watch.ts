/** Shared end-to-end observations: what a page logs and requests, and whether scrolling past a live map zooms it. */
import { expect, type Locator, type Page } from '@playwright/test';
import { ORIGIN } from './site.ts';

/** Collects console errors and warnings, uncaught errors (`messages`) and requests to other origins (`foreign`). */
export function watch(page: Page): { messages: string[]; foreign: string[] } {
  const messages: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') messages.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== ORIGIN) foreign.push(request.url());
  });
  return { messages, foreign };
}

/** Wheels over an unfocused live map: the page must scroll and the map must keep its zoom. */
export async function expectWheelScrollsPastMap(page: Page, figure: Locator): Promise<void> {
  const container = figure.locator('.leaflet-container');
  const before = await container.locator('.leaflet-map-pane').getAttribute('style');
  const box = await container.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 100);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
  expect(await container.locator('.leaflet-map-pane').getAttribute('style')).toBe(before);
}

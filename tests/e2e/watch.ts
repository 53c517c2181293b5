/** Shared end-to-end observations: what a page logs and requests, what axe finds, and whether scrolling past a live map zooms it. */
import AxeBuilder from '@axe-core/playwright';
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

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 A/AA violations on the page as it is now, one line each (rule, count, help, first targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.help} → ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DECK_PAGES, GEMEENTE_SAMPLE, HANDOUT_PAGES, TEXT_PAGES, sitePath } from './site.ts';

const PAGES = [...TEXT_PAGES, ...HANDOUT_PAGES, ...DECK_PAGES, ...GEMEENTE_SAMPLE, '/bestaat-niet/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe walks every node of long pages (the whole-lecture handout has thousands): give it time on a 2-core machine.
test.describe.configure({ timeout: 120_000 });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const mode of ['light', 'dark', 'print'] as const) {
  for (const path of PAGES) {
    test(`axe finds no WCAG 2.2 A/AA violations on ${path} (${mode})`, async ({ page }) => {
      await page.emulateMedia(mode === 'print' ? { media: 'print', colorScheme: 'light' } : { media: 'screen', colorScheme: mode });
      await page.goto(sitePath(path));
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the map page once the interactive maps are loaded and a region is selected (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${sitePath('/bestuurlijke-realiteit/')}?vervoerregio=gent`);
    await expect(page.locator('region-map')).toHaveCount(1);
    for (const map of await page.locator('region-map, refreg-map').all()) {
      await map.scrollIntoViewIfNeeded();
      await expect(map).toHaveAttribute('data-live', 'true');
    }
    expect(await violations(page)).toEqual([]);
  });
}

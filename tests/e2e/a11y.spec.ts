import { expect, test } from '@playwright/test';
import { mapsOn } from './maps.ts';
import { sitePath } from './site.ts';
import { axeViolations } from './watch.ts';

// Every page's axe scan in light, dark and print runs in hygiene.spec.ts, in the same visit as its console and CSP checks.
// Here: states a plain page load does not reach.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the map page once the interactive maps are loaded and a region is selected (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${sitePath('/bestuurlijke-realiteit/')}?vervoerregio=gent`);
    const maps = mapsOn('/bestuurlijke-realiteit/');
    expect(maps.length).toBeGreaterThan(1);
    for (const { tag } of maps) {
      const map = page.locator(tag);
      await map.scrollIntoViewIfNeeded();
      await expect(map).toHaveAttribute('data-live', 'true');
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

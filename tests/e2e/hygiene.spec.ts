import { expect, test, type Page } from '@playwright/test';
import { DECK_PAGES, GEMEENTE_SAMPLE, HANDOUT_PAGES, TEXT_PAGES, sitePath } from './site.ts';
import { axeViolations, watch } from './watch.ts';
import { META_CSP } from '../../src/lib/site-csp.ts';

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
  });
});

/** The page's Content-Security-Policy (meta tag): the site's one policy, same-origin by default, no unsafe-inline anywhere. */
async function expectStrictPolicy(page: Page, path: string): Promise<void> {
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy, path).toBe(META_CSP);
  expect(policy, path).toContain("default-src 'self'");
  expect(/script-src ([^;]*)/.exec(policy)?.[1], path).toBe("'self' 'wasm-unsafe-eval'");
  expect(/style-src ([^;]*)/.exec(policy)?.[1], path).toBe("'self'");
}

// Each page is loaded once: the CSP policy, axe in light, dark and print, then console, CSP violations and foreign
// requests after scrolling, all in one visit.
for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES, ...DECK_PAGES, ...GEMEENTE_SAMPLE, '/bestaat-niet/']) {
  test(`${path}: a strict CSP, no WCAG 2.2 A/AA violation (light, dark, print), no console errors or warnings, no CSP violation, no request to another origin`, async ({
    page,
  }) => {
    // axe walks every node of long pages (the whole-lecture handout has thousands), three times: give it time on a 2-core machine.
    test.setTimeout(180_000);
    const { messages, foreign } = watch(page);
    await page.goto(sitePath(path), { waitUntil: 'networkidle' });
    await expectStrictPolicy(page, path);
    for (const mode of ['light', 'dark', 'print'] as const) {
      await page.emulateMedia(mode === 'print' ? { media: 'print', colorScheme: 'light' } : { media: 'screen', colorScheme: mode });
      expect(await axeViolations(page), `axe (${mode})`).toEqual([]);
    }
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    // Scrolling down lets lazy figures load; the check waits until the network is quiet again.
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    // The 404 page is served with status 404 on purpose; Chromium logs that status for the document itself.
    const expected = path === '/bestaat-niet/' ? (m: string) => !/status of 404 \(Not Found\)/.test(m) : () => true;
    expect(messages.filter(expected)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

for (const [path, tag, control] of [
  ['/bestuurlijke-realiteit/', 'region-map', /^Gent\b/],
  ['/geografische-realiteit/', 'meetjesland-map', /^Alle uit$/],
] as const) {
  test(`${path}: after the map goes live and the reader interacts, still clean and same-origin only`, async ({ page }) => {
    const { messages, foreign } = watch(page);
    await page.goto(sitePath(path));
    const map = page.locator(tag);
    await expect(map).toHaveCount(1);
    await map.scrollIntoViewIfNeeded();
    await expect(map).toHaveAttribute('data-live', 'true');
    await map.getByRole('button', { name: control }).click();
    const live = map.locator('.leaflet-container');
    // The keyboard zooms the drawing: it grows on screen.
    const drawn = live.locator('.leaflet-overlay-pane svg');
    const width = async (): Promise<number> => (await drawn.boundingBox())?.width ?? 0;
    const before = await width();
    await live.focus();
    await page.keyboard.press('+');
    await expect.poll(width).toBeGreaterThan(before * 1.2);
    await page.keyboard.press('ArrowLeft');
    await page.waitForLoadState('networkidle');
    expect(messages).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('the search page, after a search, is still clean and same-origin only', async ({ page }) => {
  const { messages, foreign } = watch(page);
  await page.goto(sitePath('/zoeken/'));
  await page.getByRole('searchbox', { name: 'Zoek in de lezing' }).fill('vervoerregio');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(messages).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(foreign).toEqual([]);
});

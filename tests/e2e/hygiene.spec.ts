import { expect, test, type Page } from '@playwright/test';
import { DECK_PAGES, GEMEENTE_SAMPLE, HANDOUT_PAGES, TEXT_PAGES, sitePath } from './site.ts';
import { watch } from './watch.ts';

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

for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES, ...DECK_PAGES, ...GEMEENTE_SAMPLE, '/bestaat-niet/']) {
  test(`${path}: no console errors or warnings, no CSP violation, no request to another origin`, async ({ page }) => {
    const { messages, foreign } = watch(page);
    await page.goto(sitePath(path), { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    // The 404 page is served with status 404 on purpose; Chromium logs that status for the document itself.
    const expected = path === '/bestaat-niet/' ? (m: string) => !/status of 404 \(Not Found\)/.test(m) : () => true;
    expect(messages.filter(expected)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('the site carries a Content-Security-Policy without unsafe-inline for scripts', async ({ page }) => {
  for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES, ...DECK_PAGES, ...GEMEENTE_SAMPLE]) {
    await page.goto(sitePath(path));
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain('unsafe-inline');
    expect(/style-src ([^;]*)/.exec(policy)?.[1] ?? '', path).not.toContain('unsafe-inline');
  }
});

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
    const drawn = live.locator('.leaflet-overlay-pane path').first();
    const before = await drawn.getAttribute('d');
    await live.focus();
    await page.keyboard.press('+');
    await expect(drawn).not.toHaveAttribute('d', before ?? '');
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

import { expect, test } from '@playwright/test';
import { ORIGIN, TEXT_PAGES, sitePath } from './site.ts';

for (const path of TEXT_PAGES) {
  test(`${path}: console stays clean and no request leaves the site's origin`, async ({ page }) => {
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
    await page.goto(sitePath(path), { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    expect(messages).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

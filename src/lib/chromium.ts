// Where Chromium is (CHROMIUM_PATH, the system's Chromium or Chrome, Playwright's own: src/lib/browser-path.ts) and the
// flags it needs here (no sandbox as root, no background network traffic).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBrowser } from './browser-path.ts';

/** Playwright's own Chromium, where `npx playwright install chromium` puts it. */
function playwrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The browser to drive, or an Error that names the fix. */
export function chromiumPath(): string {
  return findBrowser({ env: process.env, platform: process.platform, exists: existsSync, playwrightPath }).path;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

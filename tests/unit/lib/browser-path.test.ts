import { describe, expect, test } from 'vitest';
import { findBrowser, missingBrowserMessage, systemBrowserPaths } from '../../../src/lib/browser-path.ts';

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findBrowser', () => {
  test('CHROMIUM_PATH comes first, even when the system has a browser', () => {
    const found = findBrowser({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, platform: 'linux', exists: onDisk('/opt/chrome/chrome', '/usr/bin/chromium') });
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  test('a CHROMIUM_PATH that points nowhere is an error naming it, not a silent fallback', () => {
    expect(() => findBrowser({ env: { CHROMIUM_PATH: '/nergens/chrome' }, platform: 'linux', exists: onDisk('/usr/bin/chromium') })).toThrow(
      /CHROMIUM_PATH wijst naar \/nergens\/chrome/,
    );
  });

  test("then the system's Chromium or Chrome, in the documented order", () => {
    expect(findBrowser({ env: {}, platform: 'linux', exists: onDisk('/usr/bin/google-chrome', '/usr/bin/chromium') })).toEqual({
      path: '/usr/bin/chromium',
      source: 'systeem',
    });
    expect(findBrowser({ env: {}, platform: 'linux', exists: onDisk('/usr/bin/google-chrome') }).path).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ env: {}, platform: 'darwin', exists: onDisk('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') }).path).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
  });

  test("then Playwright's own browser", () => {
    const found = findBrowser({
      env: {},
      platform: 'linux',
      exists: onDisk('/root/.cache/ms-playwright/chrome'),
      playwrightPath: () => '/root/.cache/ms-playwright/chrome',
    });
    expect(found).toEqual({ path: '/root/.cache/ms-playwright/chrome', source: 'Playwright' });
  });

  test('without any browser the error says what was tried and names the fixes, PDFS=off included', () => {
    let message = '';
    try {
      findBrowser({ env: {}, platform: 'linux', exists: () => false, playwrightPath: () => '/niet/geïnstalleerd' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(missingBrowserMessage(systemBrowserPaths('linux')));
    expect(message).toContain('/usr/bin/chromium');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('CHROMIUM_PATH=');
    expect(message).toContain('npx playwright install chromium');
    expect(message).toContain('PDFS=off npm run build');
  });
});

describe('systemBrowserPaths', () => {
  test('Windows looks in the program folders it is given', () => {
    expect(systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toEqual(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']);
  });
});

import { defineConfig } from '@playwright/test';
import { BASE, DIST, PORT } from './tests/e2e/site.ts';
import { chromiumArgs, chromiumPath } from './src/lib/chromium.ts';

/** End-to-end tests run against the production build in dist/, served under a sub-path, in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --base ${BASE} --dir ${DIST}`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 20_000,
  },
});

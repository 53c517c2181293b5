// `npm run bench`: a benchmark that REPORTS figures (it never fails on timings). Needs a build in dist/ (same BASE_PATH).
// Prints: TopoJSON bytes raw/gzip; per page bytes by type and requests; JavaScript on the map page before and after the
// map loads; time from scroll-into-view to an interactive map; Lighthouse scores for a text page, a map page and the handout.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { serveDist } from './serve-dist.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const gz = (data: Buffer): number => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

interface Transfer {
  type: string;
  bytes: number;
}

/** Records the body size of every response, by resource type. */
function record(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('response', (response) => {
    void response
      .body()
      .then((body) => transfers.push({ type: response.request().resourceType(), bytes: body.length }))
      .catch(() => undefined);
  });
  return transfers;
}

const sum = (transfers: Transfer[], type?: string): number => transfers.filter((t) => !type || t.type === type).reduce((n, t) => n + t.bytes, 0);

async function main(): Promise<void> {
  console.log('## TopoJSON in data/');
  for (const name of (await readdir('data')).filter((n) => n.endsWith('.topo.json')).sort()) {
    const bytes = await readFile(join('data', name));
    console.log(`${name.padEnd(34)} raw ${kb(bytes.length).padStart(9)}  gzip ${kb(gz(bytes)).padStart(8)}`);
  }

  const { origin, stop } = await serveDist(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--remote-debugging-port=9229'] });
  try {
    console.log('\n## Pages (uncompressed bytes received, until network idle, no interaction)');
    console.log(`${'page'.padEnd(40)} ${'html'.padStart(9)} ${'css'.padStart(9)} ${'js'.padStart(9)} ${'other'.padStart(9)} requests`);
    for (const path of ['', 'lessen/5-samenwerkingsmaturiteit/', 'geografische-realiteit/', 'bestuurlijke-realiteit/', 'zoeken/', 'handout/']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const transfers = record(page);
      await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      const html = sum(transfers, 'document');
      const css = sum(transfers, 'stylesheet');
      const js = sum(transfers, 'script');
      console.log(`/${path.padEnd(39)} ${kb(html).padStart(9)} ${kb(css).padStart(9)} ${kb(js).padStart(9)} ${kb(sum(transfers) - html - css - js).padStart(9)} ${String(transfers.length).padStart(8)}`);
      await context.close();
    }

    console.log('\n## Vervoerregio map: JavaScript before and after the map loads, time to interactive map (5 runs)');
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const transfers = record(page);
      await page.goto(`${origin}${base}bestuurlijke-realiteit/`, { waitUntil: 'networkidle' });
      const before = sum(transfers, 'script');
      const started = Date.now();
      await page.locator('#kaart-vervoerregios region-map').scrollIntoViewIfNeeded();
      await page.locator('region-map[data-live="true"]').first().waitFor({ timeout: 30_000 });
      times.push(Date.now() - started);
      await page.waitForLoadState('networkidle');
      if (run === 0) console.log(`JavaScript before: ${kb(before)}; after the map loads: ${kb(sum(transfers, 'script'))}; TopoJSON fetched: ${kb(sum(transfers, 'fetch'))}`);
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`scroll-into-view → interactive map: median ${times[2]} ms (min ${times[0]}, max ${times[4]})`);
  } finally {
    await browser.close();
  }

  console.log('\n## Lighthouse 12.2.3 (mobile defaults, simulated throttling; scores vary on a 2-core machine)');
  // Not in the default install (138 packages); the scores run when it is present.
  type Lighthouse = (url: string, flags: object) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;
  const optional: string = 'lighthouse';
  const lighthouse = await import(optional).then((m: { default: Lighthouse }) => m.default, () => null);
  if (!lighthouse) {
    console.log('Lighthouse is not installed; add it with: npm install --no-save lighthouse@12.2.3');
    return stop();
  }
  const lhBrowser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--remote-debugging-port=9333'] });
  try {
    for (const path of ['lessen/5-samenwerkingsmaturiteit/', 'bestuurlijke-realiteit/', 'handout/']) {
      const result = await lighthouse(`${origin}${base}${path}`, { port: 9333, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result?.lhr.categories ?? {};
      const score = (key: string): string => String(Math.round((categories[key]?.score ?? 0) * 100)).padStart(4);
      console.log(`/${path.padEnd(36)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}`);
    }
  } finally {
    await lhBrowser.close();
    stop();
  }
}

await main();

// `npm run bench`: a benchmark that REPORTS figures (it never fails on timings). Needs a build in dist/ (same BASE_PATH).
// Prints: TopoJSON bytes raw/gzip; per page bytes by type and requests; for each map page and for a plain Leaflet +
// GeoJSON page of the same boundaries (scripts/bench-reference.ts), measured in the same run with a cold cache, median
// of 5 runs: bytes (gzip) before and after the live map, the map's data bytes, and the time from scroll-in to the live
// map at 1× and 4× CPU throttling (DevTools Emulation.setCPUThrottlingRate), with the ratios (vervoerregio, Meetjesland and
// Over de grens maps); Lighthouse scores.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../src/lib/chromium.ts';
import { serveDist } from '../src/lib/serve-dist.ts';
import { writeReferencePage } from './bench-reference.ts';
import { pageIslands } from '../src/lib/map-islands.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const gz = (data: Buffer): number => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
/** BENCH=lighthouse runs only the Lighthouse part (first paint of the lesson page and the map chapters); BENCH=maps skips it. */
const only = process.env['BENCH'];
const LIGHTHOUSE_RUNS = 3;
/** Cold-cache runs per map page and CPU rate (BENCH_RUNS, default 5). */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

interface Transfer {
  type: string;
  url: string;
  bytes: number;
  gzip: number;
}

/** Records the body size (raw and gzip -9) of every response, by resource type. */
function record(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('response', (response) => {
    void response
      .body()
      .then((body) => transfers.push({ type: response.request().resourceType(), url: response.url(), bytes: body.length, gzip: gz(body) }))
      .catch(() => undefined);
  });
  return transfers;
}

const gzipOf = (transfers: Transfer[], filter: (t: Transfer) => boolean = () => true): number => transfers.filter(filter).reduce((n, t) => n + t.gzip, 0);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const isData = (t: Transfer): boolean => /\.(geo|topo\.[\w-]+\.)?json$|\.geojson$/.test(new URL(t.url).pathname);

interface MapRun {
  before: number;
  after: number;
  data: number;
  ms: number;
}

/**
 * One cold-cache run: load the page, wait for the network to settle (bytes before), scroll the map into view and time
 * in the page from the scroll to `data-live="true"` on `live` (no test-runner latency), then wait again (bytes after).
 */
async function mapRun(browser: Browser, url: string, target: string, live: string, rate: number): Promise<MapRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const transfers = record(page);
  // Loaded first (at 4× CPU a long page may still be parsing when the network has been quiet for 500 ms), then quiet.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  const before = gzipOf(transfers);
  const ms = await page.evaluate(
    ([targetSelector, liveSelector]) =>
      new Promise<number>((resolve, reject) => {
        const liveElement = document.querySelector<HTMLElement>(liveSelector ?? '');
        const scrolled = document.querySelector(targetSelector ?? '');
        if (!liveElement || !scrolled) return reject(new Error(`${String(liveSelector)} of ${String(targetSelector)} niet gevonden`));
        if (liveElement.dataset['live']) return reject(new Error(`${String(liveSelector)} was al live vóór het scrollen`));
        setTimeout(() => reject(new Error(`${String(liveSelector)}: na 30 s nog niet live`)), 30_000);
        let t0 = 0;
        new MutationObserver(() => {
          if (liveElement.dataset['live'] === 'true') resolve(performance.now() - t0);
          else if (liveElement.dataset['live'] === 'failed') reject(new Error('kaart niet live'));
        }).observe(liveElement, { attributes: true, attributeFilter: ['data-live'] });
        t0 = performance.now();
        scrolled.scrollIntoView();
      }),
    [target, live],
  );
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  const run = { before, after: gzipOf(transfers), data: gzipOf(transfers, isData), ms };
  await context.close();
  return run;
}

const sum = (transfers: Transfer[], type?: string): number => transfers.filter((t) => !type || t.type === type).reduce((n, t) => n + t.bytes, 0);

/** Bytes of the TopoJSON files and the pages, and the map pages against the plain Leaflet page (the figures in README). */
async function pagesAndMaps(origin: string): Promise<void> {
  console.log('## TopoJSON in data/');
  for (const name of (await readdir('data')).filter((n) => n.endsWith('.topo.json')).sort()) {
    const bytes = await readFile(join('data', name));
    console.log(`${name.padEnd(34)} raw ${kb(bytes.length).padStart(9)}  gzip ${kb(gz(bytes)).padStart(8)}`);
  }

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
      console.log(
        `/${path.padEnd(39)} ${kb(html).padStart(9)} ${kb(css).padStart(9)} ${kb(js).padStart(9)} ${kb(sum(transfers) - html - css - js).padStart(9)} ${String(transfers.length).padStart(8)}`,
      );
      await context.close();
    }

    const first = pageIslands(await readFile(join(dist, 'bestuurlijke-realiteit', 'index.html'), 'utf8'))[0];
    const island = !first ? '{}' : 'json' in first ? first.json : await readFile(join(dist, first.src.slice(base.length)), 'utf8');
    const colours = Object.fromEntries(
      ((JSON.parse(island) as { regions?: Array<{ code: string; colour: string }> }).regions ?? []).map((r) => [r.code, r.colour]),
    );
    const reference = await serveDist(await writeReferencePage(colours), '/');
    const pages = [
      { name: 'vervoerregio map', url: `${origin}${base}bestuurlijke-realiteit/`, target: '#kaart-vervoerregios', live: 'region-map' },
      { name: 'Meetjesland map', url: `${origin}${base}geografische-realiteit/`, target: '#kaart-meetjesland', live: 'meetjesland-map' },
      { name: 'Over de grens map', url: `${origin}${base}bestuurlijke-realiteit/`, target: '#kaart-over-de-grens', live: 'grens-map' },
      { name: 'plain Leaflet + GeoJSON', url: `${reference.origin}/`, target: '#map', live: '#map' },
    ];
    console.log(`\n## Map pages: bytes gzip before/after the live map, its data, scroll-in → live (median of ${String(RUNS)} cold-cache runs, interleaved)`);
    console.log(`${'page'.padEnd(26)} ${'before'.padStart(9)} ${'after'.padStart(9)} ${'data'.padStart(9)} ${'1× CPU'.padStart(9)} ${'4× CPU'.padStart(9)}`);
    const results = new Map<string, { before: number; after: number; data: number; ms1: number; ms4: number }>();
    try {
      // Runs interleaved (each round: every page at 1×, then every page at 4×), so a change in the machine's load hits all
      // pages alike and the ratios stay fair.
      const runs = new Map(pages.map((p) => [p.name, { runs1: [] as MapRun[], runs4: [] as MapRun[] }]));
      for (let run = 0; run < RUNS; run += 1) {
        for (const rate of [1, 4]) {
          for (const p of pages) (rate === 1 ? runs.get(p.name)?.runs1 : runs.get(p.name)?.runs4)?.push(await mapRun(browser, p.url, p.target, p.live, rate));
        }
      }
      for (const p of pages) {
        const { runs1, runs4 } = runs.get(p.name) ?? { runs1: [], runs4: [] };
        const r = {
          before: median(runs1.map((x) => x.before)),
          after: median(runs1.map((x) => x.after)),
          data: median(runs1.map((x) => x.data)),
          ms1: median(runs1.map((x) => x.ms)),
          ms4: median(runs4.map((x) => x.ms)),
        };
        results.set(p.name, r);
        const ms = (n: number): string => `${n.toFixed(0)} ms`;
        console.log(
          `${p.name.padEnd(26)} ${kb(r.before).padStart(9)} ${kb(r.after).padStart(9)} ${kb(r.data).padStart(9)} ${ms(r.ms1).padStart(9)} ${ms(r.ms4).padStart(9)}`,
        );
      }
    } finally {
      reference.stop();
    }
    const plain = results.get('plain Leaflet + GeoJSON');
    for (const name of ['vervoerregio map', 'Meetjesland map', 'Over de grens map']) {
      const r = results.get(name);
      if (!r || !plain) continue;
      const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
      console.log(
        `${name} vs plain: bytes after ${ratio(r.after, plain.after)}, data ${ratio(r.data, plain.data)}, time 1× ${ratio(r.ms1, plain.ms1)}, time 4× ${ratio(r.ms4, plain.ms4)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { origin, stop } = await serveDist(dist, base);
  if (only !== 'lighthouse') await pagesAndMaps(origin);
  if (only === 'maps') return stop();
  // Lighthouse's simulated network counts the bytes transferred: served compressed, as Netlify and Cloudflare Pages do
  // (LIGHTHOUSE_GZIP=off serves the raw files, as the figures in issue 21 were first measured).
  const compressed = process.env['LIGHTHOUSE_GZIP'] !== 'off';
  const served = compressed ? await serveDist(dist, base, { gzip: true }) : { origin, stop: () => undefined };
  console.log(
    `\n## Lighthouse 12.2.3 (mobile defaults, simulated throttling, ${compressed ? 'gzip' : 'uncompressed'}; median of ${String(LIGHTHOUSE_RUNS)} runs per page, pages interleaved)`,
  );
  // Not in the default install (138 packages); the scores run when it is present.
  type Lighthouse = (
    url: string,
    flags: object,
  ) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } } | undefined>;
  const optional: string = 'lighthouse';
  const lighthouse = await import(optional).then(
    (m: { default: Lighthouse }) => m.default,
    () => null,
  );
  if (!lighthouse) {
    console.log('Lighthouse is not installed; add it with: npm install --no-save lighthouse@12.2.3');
    return stop();
  }
  const lhBrowser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--remote-debugging-port=9333'] });
  const paths = ['lessen/5-samenwerkingsmaturiteit/', 'bestuurlijke-realiteit/', 'geografische-realiteit/', 'handout/'];
  const scores = new Map<string, Array<{ categories: Record<string, number>; fcp: number; lcp: number; tbt: number }>>();
  try {
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
      for (const path of paths) {
        const result = await lighthouse(`${served.origin}${base}${path}`, {
          port: 9333,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        const categories = Object.fromEntries(Object.entries(lhr?.categories ?? {}).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]));
        const audit = (key: string): number => lhr?.audits[key]?.numericValue ?? NaN;
        scores.set(path, [
          ...(scores.get(path) ?? []),
          { categories, fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time') },
        ]);
      }
    }
    const lesson = scores.get(paths[0] ?? '') ?? [];
    const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    for (const path of paths) {
      const runs = scores.get(path) ?? [];
      const score = (key: string): string => String(median(runs.map((r) => r.categories[key] ?? 0))).padStart(4);
      const fcp = median(runs.map((r) => r.fcp));
      const lcp = median(runs.map((r) => r.lcp));
      const delta = (a: number, b: number): string => `${a >= b ? '+' : '−'}${(Math.abs(a - b) / 1000).toFixed(2)} s`;
      console.log(
        `/${path.padEnd(36)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}  FCP ${s(fcp)} (${delta(fcp, median(lesson.map((r) => r.fcp)))})  LCP ${s(lcp)} (${delta(lcp, median(lesson.map((r) => r.lcp)))})  TBT ${median(runs.map((r) => r.tbt)).toFixed(0)} ms`,
      );
    }
  } finally {
    await lhBrowser.close();
    served.stop();
    stop();
  }
}

await main();

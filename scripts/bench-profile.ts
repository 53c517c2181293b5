// `npm run bench:profile`: where the milliseconds between scroll-in and `data-live="true"` go, per map page, at 4× CPU.
// Records a Chromium performance trace (rendering: style, layout, paint) and a V8 CPU profile (JavaScript by module and
// by phase) over that window, median of 3 cold-cache runs, and prints one table per page. Reports, never fails. The
// module names come from rolldown's `// path/of/module.ts` comments, so build unminified first: `BENCH_UNMINIFIED=1 BASE_PATH=/lezing/
// PDFS=off npm run build` (the timings of a minified build are what `npm run bench` reports).
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../src/lib/chromium.ts';
import { serveDist } from '../src/lib/serve-dist.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const RUNS = Number(process.env['RUNS'] ?? 3);

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Phases by the function that starts them (inclusive time, outermost call only). */
const PHASES: ReadonlyArray<[string, RegExp]> = [
  ['copy the drawing (liveDrawing)', /^(liveDrawing)$/],
  ['make its shapes interactive (shapes)', /^(shapes)$/],
  ['labels + declutter', /^(labels|run|fitLabels)$/],
  ['map set-up and fit (createTilelessMap, fitClear)', /^(createTilelessMap|fitClear|fit)$/],
  ['controller set-up and render (static SVG, legend, tables)', /^(setup|render|legendButtons|trackYear)$/],
];

/** Per script URL: line → module, from rolldown's `// path` comments. */
async function moduleMaps(page: Page, urls: string[]): Promise<Map<string, string[]>> {
  const maps = new Map<string, string[]>();
  for (const url of urls) {
    const text = await page.evaluate(async (u) => (await fetch(u)).text(), url).catch(() => '');
    let current = new URL(url).pathname.split('/').pop() ?? url;
    maps.set(
      url,
      text.split('\n').map((line) => {
        const region = /^\/\/ ((?:node_modules|src)\/\S+\.[jt]s)$/.exec(line);
        if (region) current = (region[1] ?? '').replace(/^.*node_modules\//, '').replace(/^src\//, '');
        return current;
      }),
    );
  }
  return maps;
}

const moduleGroup = (module: string): string =>
  module.startsWith('leaflet/')
    ? 'Leaflet'
    : module.startsWith('topojson-client/')
      ? 'topojson-client'
      : module.startsWith('maps/shared/')
        ? module.replace(/^maps\//, '')
        : module.replace(/^maps\//, '');

interface Breakdown {
  total: number;
  rows: Map<string, number>;
}

async function profileRun(page: Page, cdp: CDPSession, url: string, target: string, live: string): Promise<Breakdown> {
  if (process.env['DEBUG_PROFILE']) {
    page.on('console', (m) => console.log('console', m.text()));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    page.on('requestfailed', (r) => console.log('failed', r.url()));
  }
  // Loaded first (at 4× CPU a long page may still be parsing when the network has been quiet for 500 ms), then quiet.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (process.env['DEBUG_PROFILE']) console.log('loaded', url);
  await page.waitForTimeout(300);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,loading,__metadata', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const total = await page.evaluate(
    ([targetSelector, liveSelector]) =>
      new Promise<number>((resolve, reject) => {
        const liveElement = document.querySelector<HTMLElement>(liveSelector ?? '');
        const scrolled = document.querySelector(targetSelector ?? '');
        if (!liveElement || !scrolled) return reject(new Error('niet gevonden'));
        setTimeout(() => reject(new Error(`na 30 s nog niet live: ${String(liveElement.dataset['live'])}`)), 30_000);
        let t0 = 0;
        new MutationObserver(() => {
          if (liveElement.dataset['live'] === 'true') {
            performance.mark('bench-live');
            resolve(performance.now() - t0);
          } else if (liveElement.dataset['live'] === 'failed') reject(new Error('kaart niet live'));
        }).observe(liveElement, { attributes: true, attributeFilter: ['data-live'] });
        performance.mark('bench-scroll');
        t0 = performance.now();
        scrolled.scrollIntoView();
      }),
    [target, live],
  );
  if (process.env['DEBUG_PROFILE']) console.log('live', total);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Tracing.end');
  await done;

  const rows = new Map<string, number>();
  const add = (key: string, ms: number): void => void rows.set(key, (rows.get(key) ?? 0) + ms);

  // Rendering from the trace, on the renderer's main thread, between the two marks.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mark = (name: string): number => events.find((e) => e.name === name)?.ts ?? 0;
  const [from, to] = [mark('bench-scroll'), mark('bench-live')];
  const rendering: Record<string, string> = {
    UpdateLayoutTree: 'style recalculation',
    Layout: 'layout',
    PrePaint: 'paint (pre-paint, paint, layerize)',
    Paint: 'paint (pre-paint, paint, layerize)',
    Layerize: 'paint (pre-paint, paint, layerize)',
    ParseAuthorStyleSheet: 'parse stylesheets',
    HitTest: 'hit testing',
  };
  let renderingMs = 0;
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur || e.ts < from || e.ts > to) continue;
    const key = rendering[e.name];
    if (key) {
      add(key, e.dur / 1000);
      renderingMs += e.dur / 1000;
    }
  }

  // JavaScript from the CPU profile: self time by module, and inclusive time of the phases.
  const scripts = [...new Set(profile.nodes.map((n) => n.callFrame.url).filter((u) => u.startsWith('http') && u.endsWith('.js')))];
  const modules = await moduleMaps(page, scripts);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let jsMs = 0;
  const phaseMs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const { url, functionName, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(root)') return;
    if (functionName === '(program)') return; // native work: counted from the trace (rendering) or as the rest
    if (functionName === '(garbage collector)') return add('JS: garbage collection', ms);
    jsMs += ms;
    const module = modules.get(url)?.[lineNumber] ?? (url ? (new URL(url).pathname.split('/').pop() ?? url) : `native ${functionName}`);
    add(`JS self: ${moduleGroup(module)}`, ms);
    if (process.env['TOP']) add(`function: ${functionName || '(anonymous)'} ${module}:${String(lineNumber)}`, ms);
    // The outermost phase on the stack gets the sample.
    let phase: string | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      const hit = PHASES.find(([, pattern]) => pattern.test(name));
      if (hit) phase = hit[0];
    }
    if (phase) phaseMs.set(phase, (phaseMs.get(phase) ?? 0) + ms);
  });
  for (const [phase, ms] of phaseMs) add(`phase: ${phase}`, ms);
  add('JS total (compile + run, all modules)', jsMs);
  add('rendering total', renderingMs);
  add('rest: network wait, idle, other native', Math.max(0, total - jsMs - renderingMs - (rows.get('JS: garbage collection') ?? 0)));
  return { total, rows };
}

async function main(): Promise<void> {
  const { origin, stop } = await serveDist(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  try {
    for (const p of [
      {
        name: '/bestuurlijke-realiteit/ (vervoerregio map)',
        url: `${origin}${base}bestuurlijke-realiteit/`,
        target: '#kaart-vervoerregios',
        live: 'region-map',
      },
      {
        name: '/geografische-realiteit/ (Meetjesland map)',
        url: `${origin}${base}geografische-realiteit/`,
        target: '#kaart-meetjesland',
        live: 'meetjesland-map',
      },
      {
        name: '/bestuurlijke-realiteit/ (Over de grens map)',
        url: `${origin}${base}bestuurlijke-realiteit/`,
        target: '#kaart-over-de-grens',
        live: 'grens-map',
      },
    ]) {
      const runs: Breakdown[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        runs.push(await profileRun(page, cdp, p.url, p.target, p.live));
        await context.close();
      }
      const keys = [...new Set(runs.flatMap((r) => [...r.rows.keys()]))].sort();
      console.log(`\n## ${p.name}: scroll-in → live at 4× CPU, median of ${String(RUNS)}: ${median(runs.map((r) => r.total)).toFixed(0)} ms`);
      for (const key of keys) {
        const ms = median(runs.map((r) => r.rows.get(key) ?? 0));
        if (ms >= 1) console.log(`${key.padEnd(70)} ${ms.toFixed(0).padStart(6)} ms`);
      }
    }
  } finally {
    await browser.close();
    stop();
  }
}

await main();

// `npm run budgets`: byte budgets of the built site (gzip -9), from budgets.json. Deterministic, so it may fail the build.
// For every page: HTML + CSS + JavaScript loaded before any interaction; JavaScript alone; and the lazy map assets. For map
// pages (`liveGzip`): everything once the map is live: the eager bytes plus the lazily imported chunks, the stylesheet they
// add, the map's island when the build moved it out of the page, and the data the island names.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { z } from 'astro/zod';
import { assetUrls, dynamicImports, eagerAssets, staticImports } from '../src/lib/page-weight.ts';
import { pageIslands } from '../src/lib/map-islands.ts';

const budgetSchema = z.object({
  pages: z.array(
    z.object({
      match: z.string(),
      totalGzip: z.number().int(),
      eagerJsGzip: z.number().int(),
      liveGzip: z.number().int().optional(),
      reason: z.string().min(10),
    }),
  ),
  files: z.array(z.object({ match: z.string(), gzip: z.number().int(), reason: z.string().min(10) })),
});

const dist = process.env['DIST_DIR'] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

async function htmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, encoding: 'utf8' });
  return names
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

/** Local file of a root-relative URL of the site (base stripped). */
const fileOf = (url: string): string => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

async function scriptClosure(url: string, seen: Set<string>): Promise<number> {
  if (seen.has(url)) return 0;
  seen.add(url);
  const js = await readFile(fileOf(url), 'utf8');
  let total = gz(js);
  for (const spec of staticImports(js)) total += await scriptClosure(posix.join(posix.dirname(url), spec), seen);
  return total;
}

/** Gzip bytes of everything a page's scripts import lazily (transitively), plus the CSS and JSON those chunks name. */
async function lazyClosure(url: string, seen: Set<string>): Promise<number> {
  const js = await readFile(fileOf(url), 'utf8');
  let total = 0;
  for (const spec of [...staticImports(js), ...dynamicImports(js)]) {
    const next = posix.join(posix.dirname(url), spec);
    if (seen.has(next)) continue;
    seen.add(next);
    total += gz(await readFile(fileOf(next))) + (await lazyClosure(next, seen));
  }
  for (const asset of assetUrls(js)) {
    if (seen.has(asset)) continue;
    seen.add(asset);
    total += gz(await readFile(fileOf(asset)));
  }
  return total;
}

async function main(): Promise<void> {
  const budgets = budgetSchema.parse(JSON.parse(await readFile('budgets.json', 'utf8')));
  const failures: string[] = [];
  const rows: string[] = [];
  for (const file of await htmlFiles(dist)) {
    const page = `/${file.slice(dist.length + 1)}`.replace(/index\.html$/, '');
    const budget = budgets.pages.find((b) => new RegExp(b.match).test(page));
    if (!budget) throw new Error(`budgets.json: geen budget voor ${page}`);
    const html = await readFile(file, 'utf8');
    const assets = eagerAssets(html);
    const seen = new Set<string>();
    let js = assets.inlineScripts.reduce((n, s) => n + gz(s), 0);
    for (const src of assets.scripts) js += await scriptClosure(src, seen);
    let css = 0;
    for (const href of assets.stylesheets) css += gz(await readFile(fileOf(href)));
    const total = gz(html) + css + js;
    rows.push(
      `${page.padEnd(44)} html ${String(gz(html)).padStart(6)}  css ${String(css).padStart(6)}  js ${String(js).padStart(5)}  total ${String(total).padStart(6)} / ${budget.totalGzip}`,
    );
    if (budget.liveGzip !== undefined) {
      let lazy = 0;
      const loaded = new Set(seen);
      for (const src of assets.scripts) lazy += await lazyClosure(src, loaded);
      // An island the build moved out of the page (src/lib/map-islands.ts) loads when its map wakes: its bytes count as lazy.
      const islands: string[] = [];
      for (const island of pageIslands(html)) {
        if ('json' in island) {
          islands.push(island.json);
          continue;
        }
        const json = await readFile(fileOf(island.src), 'utf8');
        if (!loaded.has(island.src)) lazy += gz(json);
        loaded.add(island.src);
        islands.push(json);
      }
      for (const url of new Set(islands.flatMap(assetUrls))) lazy += gz(await readFile(fileOf(url)));
      rows.push(`${`${page} (map live)`.padEnd(44)} lazy ${String(lazy).padStart(6)}  total ${String(total + lazy).padStart(6)} / ${budget.liveGzip}`);
      if (total + lazy > budget.liveGzip) failures.push(`${page}: ${total + lazy} B gzip once the map is live > ${budget.liveGzip} B (${budget.reason})`);
    }
    if (js > budget.eagerJsGzip) failures.push(`${page}: ${js} B JavaScript gzip vóór interactie > ${budget.eagerJsGzip} B (${budget.reason})`);
    if (total > budget.totalGzip) failures.push(`${page}: ${total} B HTML+CSS+JS gzip > ${budget.totalGzip} B (${budget.reason})`);
  }
  for (const rule of budgets.files) {
    const dir = join(dist, posix.dirname(rule.match));
    const pattern = new RegExp(`^${posix.basename(rule.match).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
    const names = (await readdir(dir).catch(() => [])).filter((name) => pattern.test(name));
    if (names.length === 0) failures.push(`${rule.match}: geen bestand gevonden`);
    for (const name of names) {
      const size = gz(await readFile(join(dir, name)));
      rows.push(`${posix.join(posix.dirname(rule.match), name).padEnd(44)} gzip ${String(size).padStart(6)} / ${rule.gzip}`);
      if (size > rule.gzip) failures.push(`${name}: ${size} B gzip > ${rule.gzip} B (${rule.reason})`);
    }
  }
  console.log(rows.join('\n'));
  if (failures.length > 0) {
    console.error(`\nBudget overschreden:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nAlle budgetten gerespecteerd.');
}

await main();

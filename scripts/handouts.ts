// `npm run handouts`: prints every chapter and both handouts of the built site (dist/) to PDF with Chromium,
// into dist/pdf/. Run after `npm run build` with the same BASE_PATH. PDFs are real text, not images.
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTRA_PDFS, HANDOUTS } from '../src/lib/handouts.ts';
import { pdfPath } from '../src/lib/urls.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { serveDist } from './serve-dist.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

/** Page ids of every chapter in dist (pages whose article has class "chapter"). */
async function chapterIds(dir = dist, prefix = ''): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const id = `${prefix}${entry.name}`;
    const html = await readFile(join(dir, entry.name, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('<article class="chapter"')) ids.push(id);
    ids.push(...(await chapterIds(join(dir, entry.name), `${id}/`)));
  }
  return ids.sort();
}

async function main(): Promise<void> {
  const chapters = await chapterIds();
  if (chapters.length === 0) throw new Error(`${dist}/ bevat geen hoofdstukken: eerst npm run build.`);
  const { origin, stop } = await serveDist(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await mkdir(join(dist, 'pdf'), { recursive: true });
    const pdfs = [...chapters.map((id) => ({ id, landscape: false })), ...HANDOUTS.map((h) => ({ id: h.id, landscape: false })), ...EXTRA_PDFS];
    for (const { id, landscape = false } of pdfs) {
      const url = `${origin}${base}${id}/`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url} antwoordde ${response?.status() ?? 'niet'}`);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const target = join(dist, pdfPath(id));
      const temporary = `${target}.tmp`;
      try {
        await page.pdf({ path: temporary, format: 'A4', landscape, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
        await rename(temporary, target);
      } finally {
        await rm(temporary, { force: true });
      }
      console.log(`${target}`);
    }
  } finally {
    await browser.close();
    stop();
  }
}

await main();

/**
 * Astro integration: at the end of `astro build`, prints every chapter and the pages of src/lib/pdfs.ts to PDF in the
 * output's pdf/ folder with Chromium (tagged, with an outline and metadata). `PDFS=off` skips it (pages then carry no
 * PDF link); without a usable browser the build stops with a message that names the fix.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterBuild } from './after-build.ts';
import { chromium } from 'playwright-core';
import { pdfPages, pdfsEnabled, type PdfPage } from '../lib/pdfs.ts';
import { stampPdf } from '../lib/pdf-metadata.ts';
import { pdfPath } from '../lib/urls.ts';
import { LECTURE } from '../site.ts';
import { serveDist } from '../lib/serve-dist.ts';
import { chromiumArgs, chromiumPath } from '../lib/chromium.ts';

/** Page ids of the chapters in a built site: pages whose article has class "chapter", sorted. */
async function chapterIds(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of await readdir(dir, { recursive: true, encoding: 'utf8' })) {
    const path = name.split(sep).join('/');
    if (!path.endsWith('/index.html')) continue;
    const html = await readFile(join(dir, name), 'utf8');
    if (html.includes('<article class="chapter"')) ids.push(path.slice(0, -'/index.html'.length));
  }
  return ids.sort();
}

interface PrintOptions {
  root: string;
  base: string;
  /** Public origin of the site: links in the PDFs point there, not at the local print server. */
  site: string;
  pages: readonly PdfPage[];
  executablePath: string;
  logger: AstroIntegrationLogger;
}

async function printAll({ root, base, site, pages, executablePath, logger }: PrintOptions): Promise<void> {
  const { origin, stop } = await serveDist(root, base);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    // The page as it is without JavaScript (maps as their static SVG): the same every time, so the same PDF every time.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await mkdir(join(root, 'pdf'), { recursive: true });
    for (const { id, paper } of pages) {
      const url = `${origin}${base}${id}/`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`PDF van ${id}: ${url} antwoordde ${response?.status() ?? 'niet'}`);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const meta = await page.evaluate(
        ([local, publicOrigin]) => {
          // Links to the site point at its public address; links to a section of this page stay links within the PDF.
          for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
            const target = new URL(link.href);
            const samePage = target.origin === location.origin && target.pathname === location.pathname && target.search === location.search;
            if (target.origin !== local || (samePage && target.hash)) continue;
            link.href = `${publicOrigin}${target.pathname}${target.search}${target.hash}`;
            link.setAttribute('data-internal', '');
          }
          const content = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';
          const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
            .filter((heading) => heading.checkVisibility())
            .map((heading) => heading.innerText.replace(/\s+/g, ' ').trim());
          return {
            headings,
            title: document.title,
            author: content('meta[name="author"]'),
            subject: content('meta[name="description"]'),
            language: document.documentElement.lang,
          };
        },
        [origin, site] as const,
      );
      await page.evaluate(() => document.fonts.ready);
      const printed = await page.pdf({
        format: 'A4',
        landscape: paper === 'A4 landscape',
        printBackground: true,
        tagged: true,
        outline: true,
      });
      const stamped = await stampPdf(printed, { ...meta, creator: LECTURE.title, date: LECTURE.versionDate });
      const target = join(root, pdfPath(id));
      const temporary = `${target}.tmp`;
      try {
        await writeFile(temporary, stamped);
        await rename(temporary, target);
      } finally {
        await rm(temporary, { force: true });
      }
    }
    logger.info(`${pages.length} PDF's geschreven in pdf/ (${executablePath})`);
  } finally {
    await browser.close();
    stop();
  }
}

export function pdfsIntegration(): AstroIntegration {
  return afterBuild(
    'pdfs',
    async ({ out: root, base, siteRoot }, logger) => {
      if (!pdfsEnabled()) {
        logger.info("PDFS=off: geen PDF's gemaakt en geen PDF-links op de pagina's");
        return;
      }
      const executablePath = chromiumPath();
      const site = new URL(siteRoot).origin;
      const pages = pdfPages(await chapterIds(root));
      if (pages.length === 0) throw new Error(`${root} bevat geen pagina's om als PDF te drukken`);
      await printAll({ root, base, site, pages, executablePath, logger });
    },
    // Fail before building when PDFS has a value we do not understand.
    { onConfig: () => void pdfsEnabled() },
  );
}

/**
 * Astro integration: after the build and after the search index (so Pagefind indexes words without soft hyphens), inserts
 * Dutch soft hyphens in the headings and tables of contents of every page marked `<html data-hyphenate>` (src/lib/hyphenate.ts). Only `<body>` text changes:
 * titles, `og:*` and `citation_*` tags stay as they are.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { parseHTML } from 'linkedom';
import { hyphenateDocument } from '../lib/hyphenate.ts';

export function hyphenateIntegration(): AstroIntegration {
  return afterBuild('hyphenate', async ({ out: root }, logger) => {
    const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind')).sort();
    let pages = 0;
    for (const name of files) {
      const file = join(root, name);
      const { document } = parseHTML(await readFile(file, 'utf8'));
      // Only pages whose layout asked for it (and so carries the copy handler that strips soft hyphens).
      if (!document.documentElement.hasAttribute('data-hyphenate')) continue;
      document.documentElement.removeAttribute('data-hyphenate');
      hyphenateDocument(document);
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom serialises its document, doctype included
      await writeFile(file, document.toString());
      pages += 1;
    }
    logger.info(`zachte afbreekstreepjes in koppen en navigatie van ${pages} pagina's`);
  });
}

/** Astro integration: after the build, writes the Pagefind full-text index (Dutch stemming from lang="nl") into dist/pagefind/. */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import * as pagefind from 'pagefind';

export function searchIndexIntegration(): AstroIntegration {
  return afterBuild('search-index', async ({ out: site }, logger) => {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    logger.info(`${added.page_count} pagina's geïndexeerd in pagefind/`);
    await pagefind.close();
  });
}

/** Astro integration: after the build, makes each handout page one consistent document (unique ids, in-handout links). */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { parseHTML } from 'linkedom';
import { demoteHeadings, rewriteHandout } from '../lib/handout-links.ts';
import { HANDOUTS } from '../lib/handouts.ts';

export function handoutsIntegration(): AstroIntegration {
  return afterBuild('handouts', async ({ out, base, siteRoot }, logger) => {
    for (const handout of HANDOUTS) {
      const file = join(out, handout.id, 'index.html');
      const { document } = parseHTML(await readFile(file, 'utf8'));
      demoteHeadings(document);
      rewriteHandout(document, { siteRoot, base });
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom serialises its document, doctype included
      await writeFile(file, document.toString());
      logger.info(`${handout.id}/index.html: ids and links rewritten`);
    }
  });
}

/**
 * Astro integration: after the build, moves every map model island out of the pages into `_astro/island.<hash>.json`
 * (src/lib/map-islands.ts), so a map chapter's HTML, and its first paint, no longer carry the models; the map fetches
 * its island when it wakes (src/maps/shared/lazy-element.ts). `astro dev` keeps the islands inline.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { extractIslands } from '../lib/map-islands.ts';

export function mapIslandsIntegration(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'map-islands',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const names = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((name) => name.endsWith('.html')).sort();
        const files = new Map<string, string>();
        let pages = 0;
        for (const name of names) {
          const file = join(root, name);
          const html = await readFile(file, 'utf8');
          const extracted = extractIslands(html, `${base}${assets}/`);
          if (extracted.files.length === 0) continue;
          for (const island of extracted.files) files.set(island.name, island.json);
          await writeFile(file, extracted.html);
          pages += 1;
        }
        await mkdir(join(root, assets), { recursive: true });
        for (const [name, json] of files) await writeFile(join(root, assets, name), json);
        logger.info(`${files.size} kaartmodellen van ${pages} pagina's naar ${assets}/island.*.json`);
      },
    },
  };
}

/**
 * Astro integration: after the build, moves every map model island out of the pages into `_astro/island.<hash>.json`
 * (src/lib/map-islands.ts), so a map chapter's HTML, and its first paint, no longer carry the models; the map fetches
 * its island when it wakes (src/maps/shared/lazy-element.ts). It also gives the map loaders (the entry scripts built on
 * lazy-element.ts, found in the client bundle) `fetchpriority="low"`, so they no longer count as render-blocking. `astro dev` keeps
 * the islands inline and the scripts as they are.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterBuild } from './after-build.ts';
import { lowPriorityLoaders, extractIslands } from '../lib/map-islands.ts';

/** The module every map loader is built on (`defineLazyMap`). */
const LAZY_ELEMENT = /[\\/]src[\\/]maps[\\/]shared[\\/]lazy-element\.ts$/;

/** Collects the file names of the client entry chunks that contain lazy-element.ts or import the chunk that does. */
function loaderChunks(found: Set<string>): Plugin {
  return {
    name: 'map-loader-chunks',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const lazy = new Set(chunks.filter((c) => c.moduleIds.some((id) => LAZY_ELEMENT.test(id))).map((c) => c.fileName));
      for (const chunk of chunks) {
        if (chunk.isEntry && (lazy.has(chunk.fileName) || chunk.imports.some((name) => lazy.has(name)))) found.add(chunk.fileName);
      }
    },
  };
}

export function mapIslandsIntegration(): AstroIntegration {
  const loaders = new Set<string>();
  return afterBuild(
    'map-islands',
    async ({ out: root, base, assets }, logger) => {
      const names = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((name) => name.endsWith('.html')).sort();
      const files = new Map<string, string>();
      let pages = 0;
      for (const name of names) {
        const file = join(root, name);
        const html = await readFile(file, 'utf8');
        const extracted = extractIslands(html, `${base}${assets}/`);
        if (extracted.files.length === 0) continue;
        for (const island of extracted.files) files.set(island.name, island.json);
        const marked = lowPriorityLoaders(extracted.html, (src) => src.startsWith(base) && loaders.has(src.slice(base.length)));
        if (marked.marked === 0) throw new Error(`${name}: kaartmodellen zonder kaartlader (een script op lazy-element.ts) gevonden`);
        await writeFile(file, marked.html);
        pages += 1;
      }
      await mkdir(join(root, assets), { recursive: true });
      for (const [name, json] of files) await writeFile(join(root, assets, name), json);
      logger.info(`${files.size} kaartmodellen van ${pages} pagina's naar ${assets}/island.*.json`);
    },
    { vitePlugins: [loaderChunks(loaders)] },
  );
}

/**
 * Vite plugin: replaces Vite's ~0.9 kB (gzip) dynamic-import preload helper with a direct call, so the tiny eager loaders
 * of the maps and the search stay within the 2 kB JavaScript budget. Safe because our lazy chunks load their own static
 * imports and carry no CSS (Leaflet's stylesheet is added by the map module itself); the build fails if that changes.
 * The direct call ignores the list of chunks Vite would have preloaded, so that list (`__vite__mapDeps`) is dropped too.
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

const MAP_DEPS_DEFINITION = /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;
const MAP_DEPS_ARGUMENT = /,__vite__mapDeps\(\[[\d,]*\]\)/g;

/** A chunk without Vite's list of the chunks to preload, which the lean helper never reads; other code is left as it is. */
export function withoutPreloadList(code: string): string {
  if (!MAP_DEPS_DEFINITION.test(code)) return code;
  const stripped = code.replace(MAP_DEPS_DEFINITION, '').replace(MAP_DEPS_ARGUMENT, '');
  return stripped.includes('__vite__mapDeps') ? code : stripped;
}

export function leanDynamicImport(): Plugin[] {
  return [leanHelper(), dropPreloadLists()];
}

function dropPreloadLists(): Plugin {
  return {
    name: 'lean-dynamic-import:drop-preload-lists',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    // After Vite's own import analysis, which writes the lists in its generateBundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = withoutPreloadList(chunk.code);
      },
    },
  };
}

function leanHelper(): Plugin {
  return {
    name: 'lean-dynamic-import',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    load(id) {
      if (id === HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const css = (chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss;
        if (css && css.size > 0) {
          throw new Error(
            `${chunk.fileName}: een lui geladen module importeert CSS (${[...css].join(', ')}); laad die zelf als ?url, zoals src/maps/shared/live-assets.ts met het stijlblad van Leaflet.`,
          );
        }
      }
    },
  };
}

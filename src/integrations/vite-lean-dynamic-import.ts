/**
 * Vite plugin: replaces Vite's ~0.9 kB (gzip) dynamic-import preload helper with a direct call and unwraps the calls to
 * it, so the tiny eager loaders of the maps and the search stay within the 2 kB JavaScript budget. Safe because our lazy
 * chunks load their own static imports and carry no CSS (Leaflet's stylesheet is added by the map module itself); the
 * build fails if that changes.
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';
/** `__vitePreload(() => import("…")[.then((m) => m.Name)], __VITE_PRELOAD__)`, as Vite writes it before minifying. */
const PRELOAD_CALL = /__vitePreload\(\(\) => (import\("[^"]+"\)(?:\.then\(\(\w+\) => \w+\.\w+\))?), __VITE_PRELOAD__\)/g;

/** A chunk's code with each preload wrapper around a dynamic import replaced by the import itself. */
export function unwrapPreloads(code: string): string {
  return code.replace(PRELOAD_CALL, '$1');
}

export function leanDynamicImport(): Plugin {
  return {
    name: 'lean-dynamic-import',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    // Nor the dependency list Vite writes beside every dynamic import (`__vite__mapDeps`, ~80 B gzip per map loader):
    // with the direct call nothing reads it. Here, not in astro.config.mjs, because Astro sets `modulePreload` itself.
    config: () => ({ build: { modulePreload: false } }),
    load(id) {
      if (id === HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
    // With the helper a direct call, its wrapper around every dynamic import is dead weight in the eager loaders: unwrapped.
    renderChunk(code) {
      if (!code.includes('__vitePreload(')) return null;
      return { code: unwrapPreloads(code), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const css = (chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss;
        if (css && css.size > 0) {
          throw new Error(
            `${chunk.fileName}: een lui geladen module importeert CSS (${[...css].join(', ')}); laad die zelf, zoals src/scripts/leaflet-region-map.ts.`,
          );
        }
      }
    },
  };
}

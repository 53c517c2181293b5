// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkExplicitHeadingIds } from './src/integrations/remark-explicit-heading-ids.ts';
import { remarkFigures } from './src/integrations/remark-figures.ts';
import { rehypeHeadingAnchors } from './src/integrations/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from './src/integrations/rehype-base-links.ts';
import { rehypeGlossaryLinks } from './src/integrations/rehype-glossary-links.ts';
import { GLOSSARY } from './src/facts/glossary.ts';
import { previewsIntegration } from './src/integrations/astro-previews.ts';
import { hyphenateIntegration } from './src/integrations/astro-hyphenate.ts';
import { handoutsIntegration } from './src/integrations/astro-handouts.ts';
import { pdfsIntegration } from './src/integrations/astro-pdfs.ts';
import { staticHeadersIntegration } from './src/integrations/astro-static-headers.ts';
import { searchIndexIntegration } from './src/integrations/astro-search-index.ts';
import { formatsIntegration } from './src/integrations/astro-formats.ts';
import { mapIslandsIntegration } from './src/integrations/astro-map-islands.ts';
import sitemap from '@astrojs/sitemap';
import { leanDynamicImport } from './src/integrations/vite-lean-dynamic-import.ts';

/** Public origin of the deployed site; canonical URLs, Open Graph tags and QR codes derive from it. */
const site = process.env.SITE_URL ?? 'https://regionale-samenwerking.example.org';
/** Sub-path the site is served under, e.g. `/lezing/`; `/` by default. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Tests that build deliberately broken fixtures use their own cache so they never touch the real one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Every stylesheet and script is a file of its own, never inlined: then one Content-Security-Policy without hashes
  // fits every page (src/lib/site-csp.ts, written by HeadMeta.astro; Astro's own `security.csp` would list a hash of
  // every script and stylesheet of the build on every page), and the build fails on any page that has inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // Before the search index and the PDFs: previews in place on the chapter pages (hidden from search and paper).
    previewsIntegration(),
    handoutsIntegration(),
    searchIndexIntegration(),
    // After the search index, which so indexes whole words: soft hyphens in headings and navigation.
    hyphenateIntegration(),
    // After every integration that rewrites pages (previews, handouts, hyphens): the map models move out of the HTML
    // into `_astro/island.<hash>.json`, fetched when a map wakes. The reading formats drop scripts, so they do not care.
    mapIslandsIntegration(),
    // Handouts are print versions (noindex), the speaker view is a tool (noindex) and the 404 page is no page: none belongs in the sitemap.
    sitemap({ filter: (page) => !/\/(handout|404|presentatie\/spreker)\//.test(new URL(page).pathname) }),
    // Checks every page against the site's one CSP, then writes `_headers` for Netlify and Cloudflare Pages: that policy
    // as an HTTP header with frame-ancestors, the hardening headers and long caching for `_astro/`.
    staticHeadersIntegration(),
    // Markdown copies beside the pages, /llms.txt and the EPUB, all from the finished HTML.
    formatsIntegration(),
    // Last: prints the finished pages (handouts already rewritten) to dist/pdf/; PDFS=off skips it.
    pdfsIntegration(),
  ],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkExplicitHeadingIds, remarkFigures],
      rehypePlugins: [[rehypeGlossaryLinks, { terms: GLOSSARY }], rehypeHeadingAnchors, [rehypeBaseLinks, { base }]],
      smartypants: false,
    }),
  },
  devToolbar: { enabled: false },
  // No modulepreload helper: the eager scripts stay tiny; maps and search load their chunks only when needed.
  vite: {
    plugins: [leanDynamicImport()],
    build: {
      // Astro inlines a script (and Vite an asset) smaller than this; 0 keeps every one a same-origin file the CSP allows.
      assetsInlineLimit: 0,
      // `scripts/bench-profile.ts` names modules from rolldown's `// path` comments, which only an unminified build keeps.
      ...(process.env.BENCH_UNMINIFIED ? { minify: false } : {}),
      rolldownOptions: {
        // The map controllers' shared base (MapIsland, selection, URL state, labels) is one chunk: it arrives with the
        // controller instead of one request later, when the controller's imports are discovered.
        output: {
          codeSplitting: {
            groups: [
              // The eager loader and its island fetch stay out of the base (the base imports the island selector from them).
              { name: 'lazy-element', priority: 2, test: /src\/maps\/shared\/(lazy-element|island-fetch)\.ts$/ },
              { name: 'map-base', priority: 1, test: /src\/maps\/shared\/(map-island|selection-island|url-state|labels)\.ts$/ },
            ],
          },
        },
        // Astro marks every MDX entry with the directive "use astro:head-inject", which rolldown reports as
        // MODULE_LEVEL_DIRECTIVE on every build; harmless, open upstream: https://github.com/withastro/astro/issues/18087
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});

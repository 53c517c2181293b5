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
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // Before the search index and the PDFs: previews in place on the chapter pages (hidden from search and paper).
    previewsIntegration(),
    handoutsIntegration(),
    searchIndexIntegration(),
    // After the search index, which so indexes whole words: soft hyphens in headings and navigation.
    hyphenateIntegration(),
    // Handouts are print versions (noindex), the speaker view is a tool (noindex) and the 404 page is no page: none belongs in the sitemap.
    sitemap({ filter: (page) => !/\/(handout|404|presentatie\/spreker)\//.test(new URL(page).pathname) }),
    // `_headers` for Netlify and Cloudflare Pages: each page's CSP as an HTTP header, plus frame-ancestors and hardening.
    staticHeadersIntegration(),
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
      rolldownOptions: {
        // Astro marks every MDX entry with the directive "use astro:head-inject", which rolldown reports as
        // MODULE_LEVEL_DIRECTIVE on every build; harmless, open upstream: https://github.com/withastro/astro/issues/18087
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles; nothing may come from
    // another origin. 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; no 'unsafe-inline' anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});

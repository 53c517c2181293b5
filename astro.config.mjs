// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkExplicitHeadingIds } from './src/plugins/remark-explicit-heading-ids.ts';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { handoutsIntegration } from './src/integrations/handouts.ts';

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
  integrations: [mdx(), handoutsIntegration()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkExplicitHeadingIds],
      rehypePlugins: [rehypeHeadingAnchors, [rehypeBaseLinks, { base }]],
      smartypants: false,
    }),
  },
  devToolbar: { enabled: false },
});

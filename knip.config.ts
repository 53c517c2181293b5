// Knip (dead files, exports and dependencies), run by `npm run lint` after ESLint; it must report nothing.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The chapters are read by the content collection (src/content.config.ts), not imported; they import the figure components.
    'content/**/*.mdx',
    'tests/fixtures/content-*/**/*.mdx',
    // Commands run by npm scripts, scripts/test-all.mjs and CI.
    'scripts/*.{ts,mjs}',
    // Served as is from public/.
    'public/*.js',
  ],
  project: ['src/**/*.{ts,astro}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'content/**/*.mdx', '*.{ts,mjs}'],
  // A type or constant exported for a signature or a test in its own module is not dead.
  ignoreExportsUsedInFile: { interface: true, type: true },
  // Exports in files that other work in progress rewrites (the live-map code, the charts, the provenance model): remove
  // them there, then drop the file from this list.
  ignoreIssues: {
    'src/charts/format.ts': ['exports'],
    'src/charts/timeline.ts': ['exports'],
    'src/maps/meetjesland/overlap.ts': ['exports'],
    'src/maps/meetjesland/state.ts': ['exports'],
    'src/maps/over-de-grens/model.ts': ['exports'],
    'src/maps/shared/gestures.ts': ['exports'],
    'src/maps/shared/island.ts': ['exports'],
    'src/maps/shared/leaflet-base.ts': ['exports'],
    'src/maps/shared/leaflet-lite.ts': ['exports'],
    'src/maps/shared/map-island.ts': ['exports'],
    'src/maps/shared/projection.ts': ['exports'],
    'src/maps/vervoerregio/model.ts': ['exports'],
    'src/provenance/findings.ts': ['types'],
    'src/provenance/model.ts': ['exports', 'types'],
    'src/provenance/restatements.ts': ['exports'],
    'src/provenance/surfaces.ts': ['exports'],
  },
  ignoreBinaries: [
    // Debian packages the tests call (poppler-utils, epubcheck's Java); see README "Requirements".
    'java',
    'pdfinfo',
    'pdftotext',
    'pdftohtml',
  ],
  ignoreDependencies: [
    // Read from node_modules by path: the Inter font files for the social cards (src/pages/og/[...slug].png.ts), and the
    // boundaries of the figure "Over de grens" (require.resolve in scripts/data.ts).
    '@fontsource/inter',
    'swiss-maps',
    'world-atlas',
    // The MDX compiler the remark plugin tests run, installed with @astrojs/mdx.
    '@mdx-js/mdx',
  ],
};

export default config;

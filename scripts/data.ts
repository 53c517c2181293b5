/** Entry point of `npm run data`: builds data/ from ../shared/geo (see data/README.md); paths can be overridden. */
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePaths } from './data/config';
import { runPipeline } from './data/pipeline';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

async function main(): Promise<void> {
  const paths = resolvePaths(process.argv.slice(2), process.env, repoRoot, process.cwd());
  console.log(`input: ${paths.rawDir}\n       ${paths.meetjeslandCsv}\noutput: ${paths.outDir}`);
  const started = Date.now();
  // The figure "Over de grens": cartomap/nl next to the PinC files, Natural Earth and the Swiss boundaries from npm.
  const resolve = createRequire(import.meta.url).resolve;
  const overDeGrens = {
    cartomapDir: process.env['GEO_CARTOMAP_DIR'] ?? join(paths.rawDir, 'cartomap-nl'),
    worldAtlas: resolve('world-atlas/countries-50m.json'),
    swissMaps: resolve('swiss-maps/2025/ch-combined.json'),
  };
  const result = await runPipeline({ ...paths, overDeGrens, log: (line) => console.log(line) });
  console.log('written (raw / gzip -9):');
  for (const f of result.files) {
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    console.log(`  ${relative(process.cwd(), `${paths.outDir}/${f.name}`).padEnd(36)} ${kb(f.bytes).padStart(10)} / ${kb(f.gzipBytes).padStart(9)}`);
  }
  if (result.notes.length > 0) console.log(`notes:\n${result.notes.map((n) => `  - ${n}`).join('\n')}`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`data: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  console.error('data/ was left unchanged.');
  process.exitCode = 1;
});

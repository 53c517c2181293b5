// Determinism gate: builds the site a second time into a temporary folder and compares it byte for byte with dist/.
// PDFs included: they carry the version date, not the time of printing, and links to the public site, not the print server.
// Usage (after `npm run build` with the same environment): node scripts/check-determinism.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = process.env.DIST_DIR ?? 'dist';

function hashes(root) {
  const out = new Map();
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(root, path);
    if (!statSync(full).isDirectory()) out.set(path, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return out;
}

const second = mkdtempSync(join(tmpdir(), 'determinism-'));
const build = spawnSync('npx', ['astro', 'build', '--outDir', second], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
if (build.status !== 0) {
  console.error('Tweede build mislukt.');
  process.exit(1);
}
const a = hashes(dist);
const b = hashes(second);
const differences = [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
rmSync(second, { recursive: true, force: true });
if (differences.length > 0) {
  console.error(`Twee builds van dezelfde commit verschillen in ${differences.length} bestand(en):\n- ${differences.slice(0, 20).join('\n- ')}`);
  process.exit(1);
}
console.log(`Deterministisch: ${a.size} bestanden byte voor byte gelijk in twee builds.`);

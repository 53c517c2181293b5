import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEnv } from './build-env.ts';

/** A copy of the project whose data/ can be broken without touching the real one; node_modules is linked, not copied. */
function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-data-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'data', 'public', 'scripts']) {
    cpSync(entry, join(root, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

test('a truncated data/gemeenten.topo.json stops the build with a message naming the file', () => {
  const root = projectCopy();
  try {
    const topo = join(root, 'data/gemeenten.topo.json');
    writeFileSync(topo, readFileSync(topo, 'utf8').slice(0, 5000));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
      cwd: root,
      env: buildEnv({ PDFS: 'off', ASTRO_CACHE_DIR: join(root, '.cache') }),
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(/data\/gemeenten\.topo\.json: geen geldige JSON \(.*JSON/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 180_000);

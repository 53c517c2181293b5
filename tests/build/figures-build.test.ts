import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';

test('a chapter that refers to a missing figure stops the build, naming the file and the id', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'build-figref-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: buildEnv({ CONTENT_DIR: 'tests/fixtures/content-bad-figref', ASTRO_CACHE_DIR: join(outDir, '.cache') }),
    encoding: 'utf8',
  });
  rmSync(outDir, { recursive: true, force: true });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain('content-bad-figref/kapotte-verwijzing.mdx: de verwijzing naar figuur "fig-bestaat-niet" wijst naar een figuur die niet bestaat');
}, 120_000);

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';

/** Builds the site from a fixture content folder and returns exit code and output. */
function buildWith(contentDir: string): { status: number | null; output: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'build-fail-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: buildEnv({ CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(outDir, '.cache') }),
    encoding: 'utf8',
  });
  rmSync(outDir, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('a broken chapter stops the build with a message naming the file', () => {
  test('a chapter missing a frontmatter field', () => {
    const { status, output } = buildWith('tests/fixtures/content-missing-field');
    expect(status).not.toBe(0);
    expect(output).toContain('content-missing-field/kapot.mdx');
    expect(output).toMatch(/summary/);
  }, 120_000);

  test('a heading without an explicit id', () => {
    const { status, output } = buildWith('tests/fixtures/content-missing-id');
    expect(status).not.toBe(0);
    expect(output).toContain('content-missing-id/zonder-id.mdx: h2 "Kop zonder id" heeft geen expliciete id');
  }, 120_000);

  test('a chapter without provenance', () => {
    const { status, output } = buildWith('tests/fixtures/content-missing-provenance');
    expect(status).not.toBe(0);
    expect(output).toContain('content-missing-provenance/zonder-herkomst.mdx');
    expect(output).toMatch(/provenance/);
  }, 120_000);

  test('a chapter that cites a slide the source text does not have', () => {
    const { status, output } = buildWith('tests/fixtures/content-unknown-slide');
    expect(status).not.toBe(0);
    expect(output).toContain('content-unknown-slide/onbekende-dia.mdx');
    expect(output).toContain('Een dia die niet bestaat');
  }, 120_000);
});

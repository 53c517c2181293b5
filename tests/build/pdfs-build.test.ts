import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';

/** Runs `astro build` (what `npm run build` runs) into a temporary folder with extra environment variables. */
function build(env: Record<string, string>): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'build-pdfs-'));
  // Its own cache, inside the project (a cache outside it leaves the content collection empty).
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  const cacheDir = mkdtempSync(join('node_modules', '.cache', 'build-pdfs-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: buildEnv({ ...env, ASTRO_CACHE_DIR: cacheDir }),
    encoding: 'utf8',
  });
  rmSync(cacheDir, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

describe('the PDF step of npm run build', () => {
  test('PDFS=off builds the site without PDFs, and no page links to one', () => {
    const { status, output, outDir } = build({ PDFS: 'off' });
    expect(status, output).toBe(0);
    expect(output).toContain('PDFS=off');
    expect(existsSync(join(outDir, 'pdf'))).toBe(false);
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html, page).not.toMatch(/href="[^"]*\.pdf"/);
      expect(html, page).not.toContain('Download als PDF');
    }
  }, 240_000);

  test('a browser that is not there stops the build with a message that names the fix', () => {
    const { status, output } = build({ CHROMIUM_PATH: '/nergens/chromium' });
    expect(status).not.toBe(0);
    expect(output).toContain('CHROMIUM_PATH wijst naar /nergens/chromium');
  }, 240_000);

  test('a PDFS value it does not know stops the build before it starts', () => {
    const { status, output } = build({ PDFS: 'misschien' });
    expect(status).not.toBe(0);
    expect(output).toContain('PDFS="misschien"');
  }, 240_000);
});

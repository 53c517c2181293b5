import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { staticHeadersIntegration } from '../../../src/integrations/astro-static-headers.ts';
import { META_CSP } from '../../../src/lib/site-csp.ts';
import { headersFile } from '../../../src/lib/static-headers.ts';

const page = (body: string, head = `<meta http-equiv="content-security-policy" content="${META_CSP}">`) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the integration's build hook on a dist folder holding `files`. */
async function buildDone(files: Record<string, string>): Promise<string[]> {
  dir = mkdtempSync(join(tmpdir(), 'static-headers-'));
  for (const [name, html] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  const logged: string[] = [];
  const hooks = staticHeadersIntegration().hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']?.({ config: { base: '/lezing/' } });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger: { info: (m: string) => logged.push(m) } });
  return logged;
}

describe('staticHeadersIntegration', () => {
  test('pages under the one policy: writes _headers for the base path', async () => {
    const logged = await buildDone({
      'index.html': page('<p>x</p>'),
      'lessen/1/index.html': page('<script type="module" src="/lezing/_astro/a.js"></script>'),
    });
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(headersFile('/lezing/'));
    expect(logged).toEqual(["_headers: één Content-Security-Policy voor alle 2 pagina's"]);
  });

  test('a page that needs something else stops the build, naming the page and what it needs', async () => {
    const run = buildDone({
      'index.html': page('<p>x</p>'),
      'gemeenten/gent/index.html': page('<svg><path style="fill:red"/></svg><script>go()</script>'),
      'zoeken/index.html': page('', '<meta http-equiv="content-security-policy" content="default-src *">'),
    });
    await expect(run).rejects.toThrow(/gemeenten\/gent\/index\.html: een style-attribuut op <path>.*; een inline <script>/);
    await expect(run).rejects.toThrow(/zoeken\/index\.html: de Content-Security-Policy <meta> is niet het beleid van de site/);
  });
});

/** Astro integration: after the build, writes `_headers` (Netlify, Cloudflare Pages) with each page's CSP and hardening headers. */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { headersFile, metaCsp, pagePath, type PagePolicy } from '../lib/static-headers.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function staticHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of await htmlFiles(root)) {
          const csp = metaCsp(await readFile(file, 'utf8'));
          if (!csp) throw new Error(`${relative(root, file)} heeft geen Content-Security-Policy <meta>`);
          pages.push({ path: pagePath(base, relative(root, file)), csp });
        }
        const target = join(root, '_headers');
        await writeFile(`${target}.tmp`, headersFile(base, pages));
        await rename(`${target}.tmp`, target);
        logger.info(`_headers: ${pages.length} pagina's met hun Content-Security-Policy`);
      },
    },
  };
}

/** Astro integration: after the build, checks every page against the site's one CSP and writes `_headers` (Netlify, Cloudflare Pages). */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { cspProblems } from '../lib/csp-check.ts';
import { META_CSP } from '../lib/site-csp.ts';
import { headersFile } from '../lib/static-headers.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
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
        const files = await htmlFiles(root);
        const failures: string[] = [];
        for (const file of files) {
          const problems = cspProblems(await readFile(file, 'utf8'), META_CSP);
          if (problems.length > 0) failures.push(`${relative(root, file)}: ${problems.join('; ')}`);
        }
        if (failures.length > 0) {
          const shown = failures.slice(0, 10).join('\n  ');
          const more = failures.length > 10 ? `\n  … en nog ${failures.length - 10} pagina's` : '';
          throw new Error(`Deze pagina's passen niet onder de ene Content-Security-Policy van de site (src/lib/site-csp.ts):\n  ${shown}${more}`);
        }
        const target = join(root, '_headers');
        await writeFile(`${target}.tmp`, headersFile(base));
        await rename(`${target}.tmp`, target);
        logger.info(`_headers: één Content-Security-Policy voor alle ${files.length} pagina's`);
      },
    },
  };
}

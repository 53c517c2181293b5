/** Astro integration: after the build, adds the previews in place (src/lib/previews.ts) to every chapter page. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { parseHTML } from 'linkedom';
import { addPreviews, chapterSections, glossaryEntries, plainText, type PreviewSources } from '../lib/previews.ts';

/** Chapter ids from the content folder: `content/lessen/5-x.mdx` → `lessen/5-x`, sorted. */
async function chapterIds(contentDir: string): Promise<string[]> {
  const names = await readdir(contentDir, { recursive: true, encoding: 'utf8' });
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\\/g, '/').replace(/\.mdx$/, ''))
    .sort();
}

export function previewsIntegration(): AstroIntegration {
  return afterBuild('previews', async ({ out, base, projectRoot: root }, logger) => {
    const glossaryFile = join(out, 'begrippen', 'index.html');
    const glossary = glossaryEntries(parseHTML(await readFile(glossaryFile, 'utf8')).document);
    const pages = new Map<string, { file: string; document: Document }>();
    const chapters = new Map<string, { title: string; sections: ReturnType<typeof chapterSections> }>();
    for (const id of await chapterIds(join(root, 'content'))) {
      const file = join(out, id, 'index.html');
      const { document } = parseHTML(await readFile(file, 'utf8'));
      const path = `${base}${id}/`;
      pages.set(path, { file, document });
      chapters.set(path, { title: plainText(document.querySelector('article h1')?.textContent ?? id), sections: chapterSections(document) });
    }
    const sources: PreviewSources = { glossary, chapters };
    let total = 0;
    for (const [path, { file, document }] of pages) {
      total += addPreviews(document, path, sources);
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- linkedom serialises its document, doctype included
      await writeFile(file, document.toString());
    }
    logger.info(`${total} voorvertoningen op ${pages.size} hoofdstukken`);
  });
}

/** The files whose text the site shows (chapters, summaries, glossary, pages, captions, notes), as plain text per file. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = [
  'content',
  'src/pages',
  'src/components',
  'src/maps',
  'src/charts',
  'src/facts',
  'src/facts/glossary.json',
  'src/gemeenten/model.ts',
  'src/site.ts',
];
const EXTENSIONS = /\.(mdx|astro|ts)$/;

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // A root that is a file is read whatever its extension (the glossary's entries are JSON).
    return [dir];
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : EXTENSIONS.test(e.name) ? [join(dir, e.name)] : []));
}

/** The text a reader can meet in a source file: MDX without imports, components and comments; code files without tags. */
export function readerText(file: string, source: string): string {
  const withoutComments = source.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const lines = file.endsWith('.mdx') ? withoutComments.split('\n').filter((l) => !/^import\s/.test(l)) : withoutComments.split('\n');
  return lines
    .join('\n')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/^\s*(summary|title|navTitle):\s*/gm, '\n');
}

/** Every surface file under the project root with its reader text, paths relative to the root and with `/`. */
export function surfaceFiles(root = process.cwd()): { file: string; text: string }[] {
  return ROOTS.flatMap((r) => walk(join(root, r)))
    .filter((f) => !f.includes('/source/'))
    .sort()
    .map((f) => {
      const file = relative(root, f).split('\\').join('/');
      return { file, text: readerText(file, readFileSync(f, 'utf8')) };
    });
}

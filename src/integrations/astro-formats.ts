/**
 * Astro integration: after the build, writes the reading formats from the built pages: a Markdown copy beside every
 * chapter, the glossary, the about page and every municipality page (`…/index.md`), `/llms.txt`, and the EPUB of the
 * whole lecture (`/epub/`). Everything derives from the finished HTML, so the Achtergrond markings flow through.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuild } from './after-build.ts';
import { readPageContent, type PageContent } from '../lib/formats/page-content.ts';
import { contentToMarkdown, prepareForMarkdown } from '../lib/formats/markdown.ts';
import { llmsTxt, type LlmsLink } from '../lib/formats/llms-txt.ts';
import { chapterPathsFromHome, provenanceNote, readingPages, type ReadingPage } from '../lib/formats/reading-pages.ts';
import { buildEpub, EPUB_PATH } from '../lib/formats/epub.ts';
import { bookCss } from '../lib/formats/epub-css.ts';
import { latestChange, parseChangelog } from '../lib/changelog.ts';
import { dutchDate } from '../lib/format.ts';
import { LECTURE } from '../site.ts';
import { lessonsPhrase } from '../lib/lessons.ts';
import { parseHTML } from 'linkedom';

const CHANGELOG = 'content/wijzigingen.json';

/** The book's stylesheet: the site's own styles of the given pages (linked and inline, each once, in order), then the book's. */
async function bookStylesheet(root: string, base: string, pages: readonly string[]): Promise<string> {
  const parts = new Map<string, string>();
  for (const html of pages) {
    const { document } = parseHTML(html);
    for (const element of document.querySelectorAll('head link[rel="stylesheet"][href], head style')) {
      const href = element.getAttribute('href');
      const key = href ?? element.textContent;
      if (parts.has(key)) continue;
      parts.set(key, href ? await readFile(join(root, href.slice(base.length)), 'utf8') : element.textContent);
    }
  }
  const site = bookCss([...parts.values()].join('\n'));
  return `${site}\n${await readFile(new URL('../styles/epub.css', import.meta.url), 'utf8')}`;
}

function fileOf(dir: string, path: string): string {
  return join(dir, ...path.split('/').filter(Boolean), 'index.html');
}

function markdownOf(page: ReadingPage, content: PageContent): string {
  const document = content.content.ownerDocument;
  const note = document.createElement('p');
  const em = document.createElement('em');
  const [first = '', ...rest] = provenanceNote(page.kind, content.url).split(content.url);
  const link = document.createElement('a');
  link.setAttribute('href', content.url);
  link.textContent = content.url;
  em.append(first, link, rest.join(content.url), content.changed ? ` ${content.changed}` : '');
  note.append(em);
  content.content.querySelector('h1')?.after(note);
  prepareForMarkdown(content.content);
  return contentToMarkdown(content.content);
}

export function formatsIntegration(): AstroIntegration {
  return afterBuild('formats', async ({ out: root, base, siteRoot }, logger) => {
    const read = async (path: string): Promise<string> => readFile(fileOf(root, path), 'utf8');
    const chapters = chapterPathsFromHome(await read('/'), base);
    const slugs = (await readdir(join(root, 'gemeenten'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    const pages = readingPages(chapters, slugs);
    const links = new Map<ReadingPage['kind'], LlmsLink[]>();
    for (const page of pages) {
      const html = await read(page.path);
      const content = readPageContent(html, fileOf(root, page.path), siteRoot);
      const mdUrl = new URL('index.md', content.url).href;
      await writeFile(join(fileOf(root, page.path), '..', 'index.md'), markdownOf(page, content));
      const list = links.get(page.kind) ?? [];
      list.push({ title: content.title, url: mdUrl, description: content.description });
      links.set(page.kind, list);
    }
    logger.info(`${pages.length} Markdown-kopieën geschreven (index.md naast elke pagina)`);

    const bookPages = await Promise.all([...chapters, '/begrippen/'].map(read));
    const chapterContents = chapters.map((path, i) => readPageContent(bookPages[i] ?? '', fileOf(root, path), siteRoot));
    const glossary = readPageContent(await read('/begrippen/'), fileOf(root, '/begrippen/'), siteRoot);
    const changes = parseChangelog(await readFile(CHANGELOG, 'utf8'), CHANGELOG);
    const epub = buildEpub({
      meta: {
        identifier: siteRoot,
        title: LECTURE.title,
        author: LECTURE.authorWithTitle,
        publisher: LECTURE.affiliation,
        modified: latestChange(changes),
        colophon: [
          `De lezing ‘${LECTURE.title}’ van ${LECTURE.authorWithTitle} (${LECTURE.affiliation}), als e-book van de website ${siteRoot}. Inhoudelijk gewijzigd op ${dutchDate(latestChange(changes))}.`,
          'Wat als ‘Achtergrond’ gemarkeerd staat, en de figuren met die markering, is context die de website toevoegt, met haar bron; het is geen bevinding uit de lezing. De begrippenlijst is voor de website geschreven.',
          'De tekst en de dia’s van de lezing blijven van hun auteur. De gegevens achter de kaarten houden de licentie en de bronvermelding van hun bron (Statbel, Provincies in Cijfers).',
        ],
      },
      chapters: chapterContents,
      glossary,
      css: await bookStylesheet(root, base, bookPages),
    });
    await mkdir(join(root, 'epub'), { recursive: true });
    await writeFile(join(root, ...EPUB_PATH.split('/').filter(Boolean)), epub);
    logger.info(`${EPUB_PATH}: ${chapterContents.length} hoofdstukken en de begrippen (${Math.round(epub.byteLength / 1024)} kB)`);

    const epubUrl = new URL(EPUB_PATH.slice(1), siteRoot).href;
    const text = llmsTxt({
      title: LECTURE.title,
      summary: `De bevindingen van de lezing ‘${LECTURE.title}’ van ${LECTURE.authorWithTitle} (${LECTURE.affiliation}), in het Nederlands: regio's als geografische en als bestuurlijke realiteit, en ${lessonsPhrase()} om regionale samenwerking te doen werken.`,
      notes: [
        'Elke pagina hieronder is een Markdown-kopie (index.md naast de webpagina); koppen dragen de sectie-id van de webpagina ({#id}).',
        'Wat als ‘Achtergrond’ gemarkeerd staat, is context die deze website toevoegt, met haar bron; het is geen bevinding uit de lezing. De begrippenlijst en de gemeentepagina’s zijn voor deze website samengesteld.',
      ],
      sections: [
        { name: 'De lezing', links: [...(links.get('home') ?? []), ...(links.get('chapter') ?? [])] },
        {
          name: 'Naslag',
          links: [
            ...(links.get('glossary') ?? []),
            ...(links.get('municipalities') ?? []),
            ...(links.get('about') ?? []),
            { title: 'E-book (EPUB 3)', url: epubUrl, description: 'De hele lezing en de begrippen als e-book.' },
          ],
        },
        { name: 'Optional', links: links.get('municipality') ?? [] },
      ],
    });
    await writeFile(join(root, 'llms.txt'), text);
    logger.info('llms.txt geschreven');
  });
}

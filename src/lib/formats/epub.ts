/**
 * EPUB 3 of the whole lecture from the built pages' cleaned content: a title page, one XHTML file per chapter and the
 * glossary, a navigation document, the package document and a fixed-order, fixed-timestamp zip (mimetype first, stored).
 */
import { fromHtml } from 'hast-util-from-html';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { stripSoftHyphens } from './markdown.ts';
import type { PageContent } from './page-content.ts';

/** Where the build writes the EPUB, root-relative (without base). */
export const EPUB_PATH = '/epub/regionale-samenwerking.epub';

export interface EpubMetadata {
  /** Stable identifier of the book: the site's public address. */
  identifier: string;
  title: string;
  author: string;
  publisher: string;
  /** Last substantive change, `YYYY-MM-DD`: the package's `dcterms:modified` and the zip timestamps. */
  modified: string;
  /** Paragraphs of the title page: what the book is, what is added, where it lives, reuse. */
  colophon: readonly string[];
}

export interface EpubInput {
  meta: EpubMetadata;
  chapters: readonly PageContent[];
  glossary: PageContent;
  /** Stylesheet of the book. */
  css: string;
}

interface Doc {
  file: string;
  title: string;
  content: PageContent;
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** File name of a page in the book: its path with slashes as dashes, e.g. `/lessen/5-x/` → `lessen-5-x.xhtml`. */
export function epubFileName(url: string, siteRoot: string): string {
  const root = new URL(siteRoot).pathname;
  const pathname = new URL(url).pathname;
  const path = (pathname.startsWith(root) ? pathname.slice(root.length) : pathname).replace(/^\/+|\/+$/g, '');
  return `${path.split('/').filter(Boolean).join('-') || 'index'}.xhtml`;
}

function pageKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/**
 * Rewrites a document's content for the book (in place): links to another page of the book go to its file (with the
 * section when that id exists there), other links stay absolute on the site; a link to a missing id on this page goes to
 * the site; the citation block gives way to its note on what the page compiled; ARIA references to removed ids go.
 */
function prepareForBook(doc: Doc, files: Map<string, Doc>, ids: Map<string, Set<string>>): void {
  const content = doc.content.content;
  const cite = content.querySelector('.cite-block');
  if (cite) {
    const compiled = cite.querySelector('.cite-compilation');
    if (compiled) cite.before(compiled);
    cite.remove();
  }
  const own = ids.get(doc.file) ?? new Set<string>();
  for (const link of content.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      if (!own.has(decodeURIComponent(href.slice(1)))) link.setAttribute('href', `${doc.content.url}${href}`);
      continue;
    }
    const target = new URL(href);
    const inBook = target.search === '' ? files.get(pageKey(target)) : undefined;
    if (!inBook) continue;
    const fragment = decodeURIComponent(target.hash.slice(1));
    const local = inBook.file === doc.file ? '' : inBook.file;
    if (fragment && ids.get(inBook.file)?.has(fragment)) link.setAttribute('href', `${local}#${target.hash.slice(1)}`);
    else link.setAttribute('href', inBook.file);
  }
  // A path without geometry (an empty layer of the other division year) is invalid SVG in a book.
  for (const path of [...content.querySelectorAll('path:not([d])')]) path.remove();
  for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
    for (const element of content.querySelectorAll(`[${attr}]`)) {
      const refs = (element.getAttribute(attr) ?? '').split(/\s+/).filter((id) => own.has(id));
      if (refs.length > 0) element.setAttribute(attr, refs.join(' '));
      else element.removeAttribute(attr);
    }
  }
}

/** XHTML serialisation of an element and its subtree (SVG keeps its namespace). */
function toXhtml(element: Element): string {
  return toXml(toXast(fromHtml(element.outerHTML, { fragment: true })));
}

function xhtmlDocument(title: string, body: string, bodyClass = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="${XHTML_NS}" xmlns:epub="http://www.idpf.org/2007/ops" lang="nl" xml:lang="nl">`,
    `<head><meta charset="UTF-8"/><title>${escapeXml(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>`,
    `<body${bodyClass ? ` class="${bodyClass}"` : ''}>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function navDocument(meta: EpubMetadata, docs: readonly Doc[]): string {
  const items = docs
    .map((doc) => {
      const sections = [...doc.content.content.querySelectorAll('h2[id]')]
        .map((h2) => `<li><a href="${doc.file}#${escapeXml(h2.id)}">${escapeXml(stripSoftHyphens(h2.textContent.trim()))}</a></li>`)
        .join('');
      return `<li><a href="${doc.file}">${escapeXml(doc.title)}</a>${sections ? `<ol>${sections}</ol>` : ''}</li>`;
    })
    .join('\n');
  const body = [
    `<nav epub:type="toc" id="toc"><h1>Inhoud</h1><ol><li><a href="titel.xhtml">${escapeXml(meta.title)}</a></li>\n${items}</ol></nav>`,
    `<nav epub:type="landmarks" id="landmarks" hidden=""><h2>Oriëntatie</h2><ol><li><a epub:type="titlepage" href="titel.xhtml">Titelpagina</a></li><li><a epub:type="bodymatter" href="${docs[0]?.file ?? 'titel.xhtml'}">Begin van de lezing</a></li><li><a epub:type="glossary" href="begrippen.xhtml">Begrippen</a></li></ol></nav>`,
  ].join('\n');
  return xhtmlDocument('Inhoud', body);
}

function titlePage(meta: EpubMetadata): string {
  const paragraphs = meta.colophon.map((text) => `<p>${escapeXml(text)}</p>`).join('');
  return xhtmlDocument(
    meta.title,
    `<section class="title-page"><h1>${escapeXml(meta.title)}</h1><p class="byline">${escapeXml(meta.author)}<br/>${escapeXml(meta.publisher)}</p>${paragraphs}</section>`,
  );
}

function packageDocument(meta: EpubMetadata, docs: readonly (Doc & { svg: boolean })[]): string {
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    '<item id="titel" href="titel.xhtml" media-type="application/xhtml+xml"/>',
    ...docs.map((doc, i) => `<item id="d${i + 1}" href="${doc.file}" media-type="application/xhtml+xml"${doc.svg ? ' properties="svg"' : ''}/>`),
  ];
  const spine = ['<itemref idref="titel"/>', '<itemref idref="nav"/>', ...docs.map((_, i) => `<itemref idref="d${i + 1}"/>`)];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="nl">',
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:identifier id="pub-id">${escapeXml(meta.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(meta.title)}</dc:title>`,
    `<dc:creator>${escapeXml(meta.author)}</dc:creator>`,
    `<dc:publisher>${escapeXml(meta.publisher)}</dc:publisher>`,
    '<dc:language>nl</dc:language>',
    `<meta property="dcterms:modified">${meta.modified}T00:00:00Z</meta>`,
    '</metadata>',
    `<manifest>\n${manifest.join('\n')}\n</manifest>`,
    `<spine>\n${spine.join('\n')}\n</spine>`,
    '</package>',
    '',
  ].join('\n');
}

const CONTAINER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
  '<rootfiles><rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/></rootfiles>',
  '</container>',
  '',
].join('\n');

/** The zip timestamp of every entry: midnight of `date` in local time, so the bytes do not depend on the time zone. */
function zipTime(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`EPUB: ongeldige datum '${date}' (verwacht JJJJ-MM-DD).`);
  return new Date(year, month - 1, day);
}

/** The EPUB file: deterministic for the same input (fixed entry order and timestamps; `mimetype` first and stored). */
export function buildEpub({ meta, chapters, glossary, css }: EpubInput): Uint8Array {
  const docs: Doc[] = [...chapters, glossary].map((content) => ({
    file: epubFileName(content.url, meta.identifier),
    title: stripSoftHyphens(content.title),
    content,
  }));
  const files = new Map(docs.map((doc) => [pageKey(new URL(doc.content.url)), doc]));
  if (files.size !== docs.length) throw new Error('EPUB: twee pagina’s met dezelfde URL.');
  const ids = new Map(docs.map((doc) => [doc.file, new Set([...doc.content.content.querySelectorAll('[id]')].map((e) => e.id))]));
  for (const doc of docs) prepareForBook(doc, files, ids);
  const rendered = docs.map((doc) => {
    const body = toXhtml(doc.content.content);
    return { ...doc, body, svg: body.includes('<svg') };
  });
  const mtime = zipTime(meta.modified);
  const entries: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'EPUB/content.opf': strToU8(packageDocument(meta, rendered)),
    'EPUB/nav.xhtml': strToU8(navDocument(meta, docs)),
    'EPUB/style.css': strToU8(css),
    'EPUB/titel.xhtml': strToU8(titlePage(meta)),
  };
  for (const doc of rendered) entries[`EPUB/${doc.file}`] = strToU8(xhtmlDocument(doc.title, doc.body));
  return zipSync(entries, { level: 9, mtime });
}

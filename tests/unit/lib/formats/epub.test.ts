import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildEpub, epubFileName, type EpubInput } from '../../../../src/lib/formats/epub.ts';
import { readPageContent } from '../../../../src/lib/formats/page-content.ts';

const ROOT = 'https://x.org/lezing/';

function page(path: string, body: string): ReturnType<typeof readPageContent> {
  return readPageContent(
    `<html><head><link rel="canonical" href="${ROOT}${path}"></head><body><main><article>${body}</article></main></body></html>`,
    path,
    ROOT,
  );
}

function input(): EpubInput {
  return {
    meta: { identifier: ROOT, title: 'Lezing', author: 'Prof. Dr. A', publisher: 'Instituut', modified: '2026-12-01', colophon: ['Wat de site toevoegt.'] },
    chapters: [
      page(
        'lessen/1-a/',
        '<h1>Les 1</h1><h2 id="kern">Kern</h2><p><a href="/lezing/begrippen/#regio">regio</a>, <a href="/lezing/begrippen/#weg">weg</a>, <a href="/lezing/lessen/1-a/?x=1#kern">kaart</a>, <a href="#kern">kern</a>, <a href="#nergens">nergens</a></p><figure><svg role="img" aria-labelledby="t gone"><title id="t">Kaart</title><path d="M0 0"/><path/></svg></figure><section class="cite-block"><h2 id="citeer">Citeer</h2><p class="cite-note cite-compilation">De figuur is samengesteld.</p></section>',
      ),
    ],
    glossary: page('begrippen/', '<h1>Begrippen</h1><dl><dt id="regio">regio</dt><dd>Gebied.</dd></dl>'),
    css: 'body { margin: 0 }',
  };
}

describe('epubFileName', () => {
  it('names a page after its path under the site root', () => {
    expect(epubFileName(`${ROOT}lessen/5-x/`, ROOT)).toBe('lessen-5-x.xhtml');
  });
});

describe('buildEpub', () => {
  const bytes = buildEpub(input());
  const files = unzipSync(bytes);
  const text = (name: string): string => strFromU8(files[name] ?? new Uint8Array());

  it('starts with the stored mimetype, as EPUB requires', () => {
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(text('mimetype')).toBe('application/epub+zip');
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0); // compression method 0: stored
  });
  it('is byte-identical for the same input', () => {
    expect(Buffer.from(buildEpub(input())).equals(Buffer.from(bytes))).toBe(true);
  });
  it('has Dutch metadata, a spine in reading order and a navigation document with the sections', () => {
    const opf = text('EPUB/content.opf');
    expect(opf).toContain('<dc:language>nl</dc:language>');
    expect(opf).toContain(`<dc:identifier id="pub-id">${ROOT}</dc:identifier>`);
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-01T00:00:00Z</meta>');
    expect(opf).toContain('href="lessen-1-a.xhtml" media-type="application/xhtml+xml" properties="svg"');
    expect(opf.indexOf('lessen-1-a.xhtml')).toBeLessThan(opf.indexOf('begrippen.xhtml'));
    expect(text('EPUB/nav.xhtml')).toContain('<a href="lessen-1-a.xhtml#kern">Kern</a>');
  });
  it('links inside the book where it can, to the site where it cannot, and keeps the compilation note of the citation block', () => {
    const chapter = text('EPUB/lessen-1-a.xhtml');
    expect(chapter).toContain('<a href="begrippen.xhtml#regio">regio</a>');
    expect(chapter).toContain('<a href="begrippen.xhtml">weg</a>');
    expect(chapter).toContain(`<a href="${ROOT}lessen/1-a/?x=1#kern">kaart</a>`);
    expect(chapter).toContain('<a href="#kern">kern</a>');
    expect(chapter).toContain(`<a href="${ROOT}lessen/1-a/#nergens">nergens</a>`);
    expect(chapter).toContain('De figuur is samengesteld.');
    expect(chapter).not.toContain('Citeer');
    expect(chapter).toContain('aria-labelledby="t"');
    expect(chapter).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(chapter).not.toContain('<path></path>');
    expect(chapter).toContain('lang="nl" xml:lang="nl"');
  });
});

import { describe, expect, it } from 'vitest';
import { readPageContent } from '../../../../src/lib/formats/page-content.ts';

const PAGE = `<!doctype html><html lang="nl"><head><link rel="canonical" href="https://x.org/lezing/les/"><meta name="description" content="Over de les."></head>
<body><nav>site</nav><main><article><h1>Les</h1><p class="page-actions no-print"><a href="/lezing/pdf/les.pdf">PDF</a></p>
<nav class="page-toc"><a href="#a">A</a></nav><div class="heading heading-h2"><h2 id="a">A</h2><a class="slide-link" href="/lezing/presentatie/#a">Toon als dia</a><a class="heading-anchor" href="#a">#</a></div>
<copy-links><p>Zie <a href="/lezing/begrippen/#regio">regio</a> en <a href="#a">hier</a>.</p><button>Kopieer</button><p hidden>verborgen</p></copy-links>
<aside class="print-colophon print-only">QR</aside></article></main><footer><span class="last-changed">Inhoudelijk gewijzigd op 1 december 2026.</span></footer></body></html>`;

describe('readPageContent', () => {
  it('keeps the text, drops the chrome, unwraps heading wrappers and custom elements, and makes links absolute', () => {
    const page = readPageContent(PAGE, 'dist/les/index.html', 'https://x.org/lezing/');
    expect(page.title).toBe('Les');
    expect(page.description).toBe('Over de les.');
    expect(page.url).toBe('https://x.org/lezing/les/');
    expect(page.changed).toBe('Inhoudelijk gewijzigd op 1 december 2026.');
    const html = page.content.innerHTML;
    expect(html).toContain('<h2 id="a">A</h2>');
    expect(html).toContain('<a href="https://x.org/lezing/begrippen/#regio">regio</a>');
    expect(html).toContain('<a href="#a">hier</a>');
    for (const gone of ['Toon als dia', 'heading-anchor', 'page-toc', 'Kopieer', 'verborgen', 'QR', 'PDF', 'copy-links', 'class="heading'])
      expect(html).not.toContain(gone);
  });
  it('names the file when the page has no main or no h1', () => {
    expect(() => readPageContent('<html><body><p>x</p></body></html>', 'dist/x/index.html', 'https://x.org/')).toThrow(/^dist\/x\/index\.html: geen <main>/);
    expect(() => readPageContent('<html><body><main><p>x</p></main></body></html>', 'dist/y/index.html', 'https://x.org/')).toThrow(
      /^dist\/y\/index\.html: geen <h1>/,
    );
  });
});

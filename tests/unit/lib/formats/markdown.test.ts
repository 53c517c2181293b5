import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { contentToMarkdown, prepareForMarkdown, stripSoftHyphens } from '../../../../src/lib/formats/markdown.ts';

function markdownOf(html: string): string {
  const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
  const article = document.querySelector('article');
  if (!article) throw new Error('no article');
  prepareForMarkdown(article);
  return contentToMarkdown(article);
}

describe('stripSoftHyphens', () => {
  it('removes U+00AD and nothing else', () => {
    expect(stripSoftHyphens('Samen\u00ADwerkings\u00ADmaturiteit – ok')).toBe('Samenwerkingsmaturiteit – ok');
  });
});

describe('prepareForMarkdown + contentToMarkdown', () => {
  it('puts the h1 first and keeps section ids as {#id}, without soft hyphens', () => {
    const md = markdownOf('<p class="eyebrow">Deel 3</p><h1>Samen\u00ADwerking</h1><h2 id="kernpunten">Kern\u00ADpunten</h2><h3 id="sub">Sub</h3>');
    expect(md).toBe('# Samenwerking\n\nDeel 3\n\n## Kernpunten {#kernpunten}\n\n### Sub {#sub}\n');
  });
  it('marks an Achtergrond box as a quote with its kicker, note and sources', () => {
    const md = markdownOf(
      '<aside class="achtergrond box"><p class="box-title"><span class="box-kicker">Achtergrond</span> Titel</p><p class="box-note">Toegevoegde context, geen bevinding uit de lezing.</p><div class="box-body"><p>Feit.</p></div><p class="box-sources">Bronnen: x.be.</p></aside>',
    );
    expect(md).toBe('> **Achtergrond** — Titel\n>\n> Toegevoegde context, geen bevinding uit de lezing.\n>\n> Feit.\n>\n> Bronnen: x.be.\n');
  });
  it('keeps a table with its caption, and a figure caption; a titled drawing leaves its title and description', () => {
    const md = markdownOf(
      '<figure><figcaption>Figuur 2.1 — Kaart.</figcaption><svg role="img"><title>Kaart: regio’s</title><desc>Vijftien regio’s.</desc><path d="M0 0"/></svg><svg aria-hidden="true"><rect/></svg></figure><div class="table-scroll"><table><caption>Gemeenten</caption><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><th scope="row">x</th><td>1</td></tr></tbody></table></div>',
    );
    expect(md).toBe('Figuur 2.1 — Kaart.\n\n_Kaart: regio’s._ Vijftien regio’s.\n\n**Gemeenten**\n\n| A | B |\n| - | - |\n| x | 1 |\n');
  });
  it('turns glossary terms with ids into headings and other description lists into bold items', () => {
    expect(markdownOf('<dl><dt id="bassin-de-vie">bassin de vie</dt><dd><p>Leefgebied.</p></dd></dl>')).toBe(
      '## bassin de vie {#bassin-de-vie}\n\nLeefgebied.\n',
    );
    expect(markdownOf('<dl><dt>Provincie</dt><dd><a href="https://x.org/p/">Oost-Vlaanderen</a></dd></dl>')).toBe(
      '- **Provincie:** [Oost-Vlaanderen](https://x.org/p/)\n',
    );
  });
  it('writes a data table summary as a bold line', () => {
    expect(markdownOf('<details><summary>Gegevens als tabel</summary><p>Rij.</p></details>')).toBe('**Gegevens als tabel**\n\nRij.\n');
  });
});

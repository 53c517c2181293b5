import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { addPreviews, chapterSections, excerpt, glossaryEntries, plainText, type PreviewSources } from '../../../src/lib/previews.ts';

const glossaryPage = `<html><body><dl class="glossary">
  <dt id="governance">governance</dt><dd><p>Hoe besturen samen sturen.</p><p class="glossary-origin">In de lezing: <a href="/lezing/b/#x">X</a>. Bron: vvsg.be.</p></dd>
  <dt id="leeg">leeg</dt>
</dl></body></html>`;

const otherChapter = `<html><body><article><h1>Bestuurlijke realiteit</h1><div class="prose">
  <div class="heading heading-h2"><h2 id="regio-deals">De Nederlandse Regio Deals</h2><a class="heading-anchor" href="#regio-deals">#</a></div>
  <aside class="achtergrond"><p>Toegevoegd door de site.</p></aside>
  <p>Het  Rijk en de regio sluiten deals.</p>
  <div class="heading heading-h3"><h3 id="governance">Governance</h3></div>
  <ul><li>Een overlegtafel.</li><li>Een regiegroep.</li></ul>
  <div class="heading heading-h2"><h2 id="leeg">Leeg</h2></div>
  <figure><p>alleen een figuur</p></figure>
</div></article></body></html>`;

const chapter = `<html><body><article><div class="prose">
  <p>De <a href="/lezing/begrippen/#governance" class="term-link">governance</a> van
  <a href="/lezing/b/#governance">de Regio Deals</a>, <a href="/lezing/zelf/#eigen">hier</a> en
  <a href="#fig-a" class="figref" data-figref="fig-a">figuur 2.1</a>, nog eens <a href="#fig-a" class="figref" data-figref="fig-a">figuur 2.1</a>.</p>
  <figure class="figure figure-added" id="fig-a"><figcaption><span class="figure-label">Figuur 2.1</span> — Tranches per jaar</figcaption>
  <p class="figure-added-note"><span class="box-kicker">Achtergrond</span> Toegevoegde context.</p>
  <div class="figure-body"><svg class="chart-svg" width="100%" height="120"><rect width="10" height="10"/></svg></div>
  <p class="figure-source">Bron: rijksoverheid.nl</p></figure>
</div></article></body></html>`;

function sources(): PreviewSources {
  const other = parseHTML(otherChapter).document;
  return {
    glossary: glossaryEntries(parseHTML(glossaryPage).document),
    chapters: new Map([['/lezing/b/', { title: 'Bestuurlijke realiteit', sections: chapterSections(other) }]]),
  };
}

describe('plainText and excerpt', () => {
  test('collapse whitespace and drop soft hyphens', () => {
    expect(plainText(' Samen\u00adwerking \n doen ')).toBe('Samenwerking doen');
  });
  test('cut at a word boundary with an ellipsis, and leave short text alone', () => {
    expect(excerpt('een twee drie vier', 12)).toBe('een twee …');
    expect(excerpt('kort', 12)).toBe('kort');
  });
});

describe('glossaryEntries', () => {
  test('reads every entry with its <dd>, provenance included, and skips a <dt> without one', () => {
    const entries = glossaryEntries(parseHTML(glossaryPage).document);
    expect([...entries.keys()]).toEqual(['governance']);
    expect(entries.get('governance')?.html).toContain('Bron: vvsg.be.');
  });
});

describe('chapterSections', () => {
  test("takes the lecture's own first lines (not the Achtergrond box), reads on into its subsections, titles an h3 with its h2, skips a section without text", () => {
    const sections = chapterSections(parseHTML(otherChapter).document);
    expect(sections.get('regio-deals')).toEqual({
      title: 'De Nederlandse Regio Deals',
      excerpt: 'Het Rijk en de regio sluiten deals. Een overlegtafel. Een regiegroep.',
    });
    expect(sections.get('governance')).toEqual({ title: 'De Nederlandse Regio Deals: Governance', excerpt: 'Een overlegtafel. Een regiegroep.' });
    expect(sections.has('leeg')).toBe(false);
  });
});

describe('addPreviews', () => {
  test('adds a button and a popover after the term, the section of another chapter and the figure reference, not after a same-page link', () => {
    const { document } = parseHTML(chapter);
    expect(addPreviews(document, '/lezing/zelf/', sources())).toBe(4);
    const buttons = [...document.querySelectorAll('button.preview-toggle')];
    expect(buttons.map((b) => b.previousElementSibling?.getAttribute('href'))).toEqual([
      '/lezing/begrippen/#governance',
      '/lezing/b/#governance',
      '#fig-a',
      '#fig-a',
    ]);
    // The second reference to the same figure opens the same popover.
    expect(buttons[3]?.getAttribute('popovertarget')).toBe(buttons[2]?.getAttribute('popovertarget'));
    expect(document.querySelectorAll('.preview')).toHaveLength(3);
    for (const button of buttons.slice(0, 3)) {
      const card = button.nextElementSibling;
      expect(card?.getAttribute('popover')).toBe('auto');
      expect(button.getAttribute('popovertarget')).toBe(card?.id);
      expect(card?.getAttribute('data-pagefind-ignore')).toBe('all');
      expect(card?.querySelector('p, div')).toBeNull();
    }
  });

  test('a glossary card is marked Achtergrond and carries the entry with its sources; a figure card its note and a thumbnail by reference', () => {
    const { document } = parseHTML(chapter);
    addPreviews(document, '/lezing/zelf/', sources());
    const [term, section, figure] = [...document.querySelectorAll('.preview')];
    expect(term?.querySelector('.preview-kicker')?.textContent).toContain('Achtergrond');
    expect(term?.textContent).toContain('Bron: vvsg.be.');
    expect(section?.textContent).toContain('Een overlegtafel.');
    expect(section?.querySelector('a.preview-more')?.getAttribute('href')).toBe('/lezing/b/#governance');
    expect(figure?.querySelector('.preview-title')?.textContent).toBe('Figuur 2.1');
    expect(figure?.textContent).toContain('Tranches per jaar');
    expect(figure?.querySelector('.figure-added-note')?.textContent).toContain('Achtergrond');
    expect(figure?.querySelector('svg.preview-thumb use')?.getAttribute('href')).toBe('#fig-a-tekening');
    expect(document.querySelector('#fig-a svg')?.id).toBe('fig-a-tekening');
  });
});

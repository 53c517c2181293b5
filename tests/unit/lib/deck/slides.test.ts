import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { deriveSlides, firstSentence, slideCaption } from '../../../../src/lib/deck/slides.ts';

const heading = (level: 2 | 3, id: string, text: string) =>
  `<div class="heading heading-h${level}"><h${level} id="${id}">${text}</h${level}><a class="heading-anchor" href="#${id}">#</a></div>`;

const chapter = [
  '<p>Inleiding met een <strong>kernwoord</strong>.</p>',
  heading(2, 'lijst', 'Een lijst'),
  '<p>Uitleg bij de lijst. Tweede zin.</p>',
  '<ul><li><strong>Punt een:</strong> zie <a href="#proza">proza</a> en <a href="#fig">figuur</a></li></ul>',
  '<aside class="achtergrond box" aria-label="Achtergrond: x"><p id="bron-id">Achtergrond.</p></aside>',
  '<script type="module" src="/x.js"></script>',
  heading(2, 'proza', 'Alleen proza'),
  '<p>Een <strong>homogene regio</strong> en een <strong>functionele regio</strong>: twee soorten.</p>',
  heading(2, 'kaal', 'Kaal'),
  '<p>Prof. Dr. Ben Derudder opent. Daarna volgt meer.</p>',
  heading(2, 'figuur', 'Met figuur'),
  '<figure class="figure" id="fig" data-figure-number="1.1"><figcaption><span class="figure-label">Figuur 1.1</span> — Een kaart. Kies een regio.</figcaption>',
  '<div class="figure-body"><region-map><fieldset><legend>x</legend></fieldset><svg class="map-static" viewBox="0 0 10 10" role="img" aria-labelledby="fig-t fig-weg"><title id="fig-t">Kaart</title></svg></region-map>',
  '<details><table><caption id="fig-weg">Data</caption></table></details></div><p class="figure-source">Bron: Statbel</p></figure>',
  heading(2, 'twee', 'Twee figuren'),
  '<ul><li>punt</li></ul>',
  '<figure class="figure"><figcaption>Eerste.</figcaption><div class="figure-body"><svg role="img" viewBox="0 0 1 1"></svg></div></figure>',
  '<figure class="figure"><figcaption>Tweede.</figcaption><div class="figure-body"><svg role="img" viewBox="0 0 1 1"></svg></div></figure>',
  heading(2, 'lang', 'Lang'),
  `<p>${'tekst '.repeat(300)}</p>`,
  heading(3, 'lang-a', 'Deel A'),
  '<ul><li>a</li></ul>',
  heading(3, 'lang-b', 'Deel B'),
  '<ul><li>b</li></ul>',
  heading(2, 'kort', 'Kort'),
  heading(3, 'kort-a', 'Kort A'),
  '<ul><li>ka</li></ul>',
].join('\n');

const ctx = {
  chapterId: 'hoofdstuk',
  readingHref: '/lezing/hoofdstuk/',
  slideIdOf: (_c: string, s: string) => (s === 'kort-a' ? 'hoofdstuk--kort-a' : s),
  level: 4,
};
const fragment = (html: string) => parseHTML(`<div>${html}</div>`).document.querySelector('div') as unknown as Element;

describe('deriveSlides', () => {
  const { intro, slides } = deriveSlides(chapter, ctx);
  const byId = new Map(slides.map((s) => [s.id, s]));

  test('one slide per h2 section, in order, with its reading link', () => {
    expect(slides.map((s) => s.id)).toEqual(['lijst', 'proza', 'kaal', 'figuur', 'twee', 'twee--2', 'twee--3', 'lang', 'lang-a', 'lang-b', 'kort']);
    expect(byId.get('lijst')?.readHref).toBe('/lezing/hoofdstuk/#lijst');
    expect(byId.get('lijst')?.title).toBe('Een lijst');
  });

  test('lists go on the slide, paragraphs and Achtergrond boxes into the notes; scripts and anchors are dropped', () => {
    const slide = byId.get('lijst');
    expect(slide?.bodyHtml).toContain('<strong>Punt een:</strong>');
    expect(slide?.bodyHtml).not.toContain('Uitleg');
    expect(slide?.notesHtml).toContain('Uitleg bij de lijst.');
    expect(slide?.notesHtml).toContain('Achtergrond.');
    expect(slide?.notesHtml).not.toContain('id="bron-id"');
    expect(slides.map((s) => s.bodyHtml + s.notesHtml).join('')).not.toMatch(/<script|heading-anchor/);
  });

  test('same-page links lead to the slide of a section, or else to the reading page', () => {
    const body = fragment(byId.get('lijst')?.bodyHtml ?? '');
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#proza', '/lezing/hoofdstuk/#fig']);
  });

  test('without lists or figures the slide shows the bold terms, or else the opening sentence', () => {
    const terms = fragment(byId.get('proza')?.bodyHtml ?? '');
    expect([...terms.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['homogene regio', 'functionele regio']);
    expect(byId.get('kaal')?.bodyHtml).toContain('Prof. Dr. Ben Derudder opent.');
    expect(byId.get('kaal')?.bodyHtml).not.toContain('Daarna');
  });

  test('a figure keeps its number, first caption sentence, static SVG and source; no controls, no dangling references', () => {
    const body = fragment(byId.get('figuur')?.bodyHtml ?? '');
    expect(body.querySelector('figcaption')?.textContent).toBe('Figuur 1.1 — Een kaart.');
    expect(body.querySelector('svg')?.getAttribute('aria-labelledby')).toBe('fig-t');
    expect(body.querySelector('#fig-t')).not.toBeNull();
    expect(body.querySelector('fieldset, details, table, region-map')).toBeNull();
    expect(body.querySelector('.figure-source')?.textContent).toBe('Bron: Statbel');
  });

  test('one figure a slide: a figure after other key points continues on a slide of its own', () => {
    expect(byId.get('twee')?.bodyHtml).toContain('punt');
    expect(byId.get('twee')?.bodyHtml).not.toContain('figure');
    expect(byId.get('twee--2')?.bodyHtml).toContain('Eerste.');
    expect(byId.get('twee--2')?.continued).toBe(true);
    expect(byId.get('twee--3')?.bodyHtml).toContain('Tweede.');
    expect(byId.get('twee--3')?.title).toBe('Twee figuren');
  });

  test('a long section splits at its h3s; a short one keeps them as subheadings with their deck ids', () => {
    expect(byId.get('lang-a')?.level).toBe(5);
    expect(byId.get('lang-a')?.parentTitle).toBe('Lang');
    expect(byId.get('lang-a')?.bodyHtml).toContain('<li>a</li>');
    const kort = fragment(byId.get('kort')?.bodyHtml ?? '');
    expect(kort.querySelector('h5')?.id).toBe('hoofdstuk--kort-a');
    expect(kort.textContent).toContain('ka');
  });

  test('the prose before the first section is the chapter intro', () => {
    expect(intro.notesHtml).toContain('Inleiding');
    expect(intro.bodyHtml).toBe('');
  });
});

describe('firstSentence', () => {
  test('stops at a full stop before a capital, and keeps abbreviations like "Prof. Dr." whole only when lower case follows', () => {
    expect(firstSentence('Een zin. Nog een.')).toBe('Een zin.');
    expect(firstSentence('Alleen één zin')).toBe('Alleen één zin');
    expect(firstSentence('Regio’s, bv. provincies. Meer.')).toBe('Regio’s, bv. provincies.');
  });
});

describe('slideCaption', () => {
  test('keeps the first sentence but drops a clause that promises what the slide lacks', () => {
    expect(slideCaption("De 15 vervoerregio's van Vlaanderen (2019–2024); de tabel onder de kaart geeft per regio de gemeenten.")).toBe(
      "De 15 vervoerregio's van Vlaanderen (2019–2024).",
    );
    expect(slideCaption('Een kaart van het Meetjesland. De tabel hieronder geeft de bronnen.')).toBe('Een kaart van het Meetjesland.');
    expect(slideCaption('Een kaart; zie de tabellen hierna')).toBe('Een kaart.');
  });
});

describe('an added figure on a slide', () => {
  test('keeps its "Achtergrond" note, its caveats and its provenance, as on the page', () => {
    const html = [
      heading(2, 'kaart', 'Kaart'),
      '<figure class="figure figure-added" id="k" data-provenance="compilation"><figcaption>Een kaart; de tabel onder de kaart geeft de gemeenten.</figcaption>',
      '<p class="figure-added-note"><span class="box-kicker">Achtergrond</span> Toegevoegde context, geen bevinding uit de lezing: de lijst komt van Provincies in Cijfers.</p>',
      '<div class="figure-body"><svg role="img" viewBox="0 0 1 1"></svg></div><p class="figure-source">Bron: Statbel</p></figure>',
    ].join('');
    const [slide] = deriveSlides(html, ctx).slides;
    const { document } = parseHTML(`<div>${slide?.bodyHtml ?? ''}</div>`);
    const figure = document.querySelector('figure.dia-figuur');
    expect(figure?.getAttribute('data-provenance')).toBe('compilation');
    expect(figure?.querySelector('.figure-added-note')?.textContent).toContain(
      'Achtergrond Toegevoegde context, geen bevinding uit de lezing: de lijst komt van Provincies in Cijfers.',
    );
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Een kaart.');
  });
});

import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { chapterAnchor, demoteHeadings, rewriteHandout } from '../../../src/lib/handout-links.ts';

const html = `<html><body><main>
  <nav><a id="toc-1" href="/lezing/lessen/7-leiderschap/">Les 7</a></nav>
  <section data-handout-chapter="lessen/7-leiderschap" aria-labelledby="titel-7">
    <h2 id="titel-7">Leiderschap</h2>
    <h2 id="kernpunten">Kernpunten</h2><p id="label">x</p><div aria-labelledby="label kernpunten other"></div>
    <a href="#kernpunten">self</a>
    <a href="/lezing/lessen/8-financiering-als-hefboom/#kernpunten">les 8</a>
    <a href="/lezing/bestuurlijke-realiteit/#regio-deals">buiten</a>
    <a href="https://kuleuven.be/">extern</a>
  </section>
  <section data-handout-chapter="lessen/8-financiering-als-hefboom">
    <h2 id="kernpunten">Kernpunten</h2>
    <a href="#kernpunten">self</a><a href="/lezing/lessen/7-leiderschap/">les 7</a><a href="#onbekend">?</a>
  </section>
</main></body></html>`;

function rewritten(): Document {
  const { document } = parseHTML(html);
  rewriteHandout(document, { siteRoot: 'https://x.org/lezing/', base: '/lezing/' });
  return document;
}

describe('chapterAnchor', () => {
  test('flattens a chapter id into an id', () => {
    expect(chapterAnchor('lessen/5-samenwerkingsmaturiteit')).toBe('lessen-5-samenwerkingsmaturiteit');
  });
});

describe('rewriteHandout', () => {
  test('makes every id unique by prefixing it with its chapter', () => {
    const ids = [...rewritten().querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('lessen-7-leiderschap--kernpunten');
    expect(ids).toContain('lessen-8-financiering-als-hefboom--kernpunten');
    expect(ids).toContain('lessen-7-leiderschap');
  });
  test("keeps the section's own label reference pointing at its renamed title", () => {
    expect(rewritten().querySelector('section')?.getAttribute('aria-labelledby')).toBe('lessen-7-leiderschap--titel-7');
  });
  test('keeps id references (aria-labelledby) pointing at the renamed ids', () => {
    expect(rewritten().querySelector('div[aria-labelledby]')?.getAttribute('aria-labelledby')).toBe(
      'lessen-7-leiderschap--label lessen-7-leiderschap--kernpunten other',
    );
  });
  test('points links to chapters in the handout inside the handout', () => {
    const hrefs = [...rewritten().querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '#lessen-7-leiderschap',
      '#lessen-7-leiderschap--kernpunten',
      '#lessen-8-financiering-als-hefboom--kernpunten',
      'https://x.org/lezing/bestuurlijke-realiteit/#regio-deals',
      'https://kuleuven.be/',
      '#lessen-8-financiering-als-hefboom--kernpunten',
      '#lessen-7-leiderschap',
      '#onbekend',
    ]);
  });
  test('marks links that stay on the site (so print does not spell out their address), not links that leave it', () => {
    const internal = [...rewritten().querySelectorAll('a[data-internal]')].map((a) => a.getAttribute('href'));
    expect(internal).toEqual(['https://x.org/lezing/bestuurlijke-realiteit/#regio-deals']);
  });
});

describe('demoteHeadings', () => {
  test('moves content headings one level down but keeps chapter titles', () => {
    const { document } = parseHTML(
      '<section data-handout-chapter="a"><h2 class="handout-chapter-title">A</h2><h2 id="x" class="k">X<a href="#x">#</a></h2><h3>Y</h3></section><h2>Buiten</h2>',
    );
    demoteHeadings(document);
    const tags = [...document.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName.toLowerCase()}:${h.textContent}`);
    expect(tags).toEqual(['h2:A', 'h3:X#', 'h4:Y', 'h2:Buiten']);
    const moved = document.querySelector('h3');
    expect(moved?.id).toBe('x');
    expect(moved?.className).toBe('k');
    expect(moved?.querySelector('a')?.getAttribute('href')).toBe('#x');
  });
});

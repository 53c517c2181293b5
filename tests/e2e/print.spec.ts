import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, DIST, LESSONS, sitePath } from './site.ts';
import { bodyFontSize, captionsApartFromDrawing, headingsAtPageFoot, pageHeads, pdfInfo, pdfLanguage, pdfLinks, pdfOutline, pdfText } from './pdf.ts';
import { pdfPages } from '../../src/lib/pdfs.ts';
import { pdfPath } from '../../src/lib/urls.ts';
import { HANDOUTS } from '../../src/lib/handouts.ts';

/** The lessons handout's title, e.g. "De acht lessen" (it names the number of lessons). */
const LESSONS_TITLE = HANDOUTS.find((handout) => handout.id === 'handout/lessen')?.title ?? 'missing';

test.describe('printing a chapter', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  });

  test('hides the site chrome and shows the colophon with canonical URL, QR code, title, author and version date', async ({ page }) => {
    await page.goto(sitePath('/lessen/7-leiderschap/'));
    for (const selector of ['.site-header', '.site-nav', '.skip-link', '.pagination', '.page-toc', '.site-footer', '.cite-block', 'a.heading-anchor']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    const colophon = page.locator('.print-colophon');
    await expect(colophon).toBeVisible();
    await expect(colophon).toContainText('Regionale samenwerking in internationaal perspectief');
    await expect(colophon).toContainText('Prof. Dr. Ben Derudder');
    await expect(colophon).toContainText(/Versie van \d{1,2} \w+ \d{4}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(colophon.locator('.print-url')).toHaveText(canonical ?? 'missing');
    await expect(colophon.getByRole('img', { name: `QR-code naar ${canonical}` })).toBeVisible();
  });

  test('uses light colours even when the reader prefers dark mode', async ({ page }) => {
    await page.goto(sitePath('/lessen/7-leiderschap/'));
    const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(bg).toBe('rgb(255, 255, 255)');
    expect(fg).toBe('rgb(0, 0, 0)');
  });

  test('prints the address of external links after their text', async ({ page }) => {
    await page.goto(sitePath('/geografische-realiteit/'));
    const after = await page.evaluate(() => {
      const prose = document.querySelector('.prose');
      const link = document.createElement('a');
      link.href = 'https://www.kuleuven.be/';
      link.textContent = 'KU Leuven';
      prose?.append(link);
      return getComputedStyle(link, '::after').content;
    });
    expect(after).toContain('https://www.kuleuven.be/');
  });
});

test.describe('the running header of a printed page', () => {
  const SITE = 'Regionale samenwerking in internationaal perspectief';

  for (const [path, title] of [
    ['/lessen/7-leiderschap/', 'Leiderschap'],
    ['/gemeenten/gent/', "Gent: regio's"],
    ['/handout/lessen/', LESSONS_TITLE],
  ] as const) {
    test(`${path}: every page is headed by the site and "${title}"`, async ({ page }, info) => {
      await page.goto(sitePath(path));
      const file = info.outputPath('page.pdf');
      await page.pdf({ path: file, preferCSSPageSize: true });
      const heads = pageHeads(file);
      expect(heads.length).toBeGreaterThan(0);
      for (const head of heads) expect(head).toBe(`${SITE} ${title}`);
    });
  }

  test('/handout/: the cover and the colophon are headed by the handout, each chapter by its own title', async ({ page }, info) => {
    test.setTimeout(90_000);
    await page.goto(sitePath('/handout/'));
    const file = info.outputPath('handout.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true });
    const heads = pageHeads(file);
    for (const head of heads) expect(head.startsWith(`${SITE} `), head).toBe(true);
    // Consecutive pages with the same header as one run: the cover, each chapter in reading order, the colophon.
    const runs = heads.map((head) => head.slice(SITE.length + 1)).filter((head, i, all) => head !== all[i - 1]);
    const chapters = (await page.locator('.handout-chapter-title').allTextContents()).map((t) => t.replaceAll('\u00AD', '').trim());
    expect(chapters.length).toBeGreaterThanOrEqual(CHAPTERS.length);
    expect(runs).toEqual(['Volledige lezing', ...chapters, 'Volledige lezing']);
  });
});

test.describe('printing a page whose maps the reader used', () => {
  const INSTRUCTIONS = /Klik op|Kies een|Escape|scrollwiel|pijltjestoetsen/;

  for (const [path, map, live] of [
    ['/geografische-realiteit/', '#kaart-meetjesland', 'meetjesland-map[data-live="true"]'],
    ['/bestuurlijke-realiteit/', '#kaart-vervoerregios', 'region-map[data-live="true"]'],
  ] as const) {
    test(`${path}: the live map prints no instructions, with or without a selection`, async ({ page }) => {
      await page.goto(sitePath(path));
      await page.locator(map).scrollIntoViewIfNeeded();
      await expect(page.locator(live)).toBeVisible({ timeout: 15_000 });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator(map).innerText()).not.toMatch(INSTRUCTIONS);
    });
  }

  test('a chosen municipality still prints: paper follows the view on screen', async ({ page }) => {
    await page.goto(sitePath('/geografische-realiteit/?gemeente=eeklo'));
    await page.locator('#kaart-meetjesland').scrollIntoViewIfNeeded();
    await expect(page.locator('meetjesland-map[data-live="true"]')).toBeVisible({ timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    const info = page.locator('#kaart-meetjesland [data-map-info]');
    await expect(info).toBeVisible();
    await expect(info).toContainText('Eeklo');
    expect(await page.locator('#kaart-meetjesland').innerText()).not.toMatch(INSTRUCTIONS);
  });
});

test.describe('handouts', () => {
  test('the whole-lecture handout holds every chapter once, each starting on a new page, with unique ids and in-handout links', async ({ page }) => {
    await page.goto(sitePath('/handout/'));
    const sections = page.locator('[data-handout-chapter]');
    await expect(sections).toHaveCount(CHAPTERS.length);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
    const internal = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => a.getAttribute('href') ?? ''));
    for (const href of internal) {
      if (href.startsWith('#')) expect(ids, href).toContain(href.slice(1));
      else expect(href, 'a link inside the handout that leaves it must be absolute').toMatch(/^https?:\/\//);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await sections.nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  });

  test('the lessons handout holds every lesson, flows them on paper and never opens the print dialog by itself', async ({ page }) => {
    let printed = false;
    await page.exposeFunction('__printCalled', () => {
      printed = true;
    });
    await page.addInitScript(() => {
      window.print = () => void (window as unknown as { __printCalled: () => void }).__printCalled();
    });
    await page.goto(sitePath('/handout/lessen/'));
    await expect(page.locator('[data-handout-chapter]')).toHaveCount(LESSONS.length);
    await page.waitForLoadState('networkidle');
    expect(printed).toBe(false);
    // On paper the lessons follow one another instead of each starting a page.
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('[data-handout-chapter]')
        .nth(1)
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('auto');
  });
});

/** Every PDF the build prints: each chapter and each extra page of src/lib/pdfs.ts, with its file in dist/. */
const PDFS = pdfPages(CHAPTERS.map((path) => path.replace(/^\/|\/$/g, ''))).map((page) => ({ ...page, file: `${DIST}${pdfPath(page.id)}` }));
/** Words that only make sense on a screen: instructions, buttons, disclosure labels. */
const SCREEN_ONLY = [
  /Kies een /,
  /Klik op/,
  /Escape wist/,
  /scrollwiel/,
  /pijltjestoetsen/,
  /Download als PDF/,
  /Kopieer link/,
  /Ctrl\+P/,
  /Gegevens als tabel/,
];

test.describe('PDFs built by npm run build', () => {
  test('every chapter and handout has its PDF, on the paper its list entry names, tagged, with title, author, subject and language', async ({ page }) => {
    for (const { id, paper, file } of PDFS) {
      expect(existsSync(file), `${file}: npm run build writes it`).toBe(true);
      const info = pdfInfo(file);
      expect(info.paper, file).toBe(paper);
      expect(info.tagged, `${file} is tagged`).toBe(true);
      await page.goto(sitePath(`/${id}/`));
      expect(info.fields['Title'], file).toBe(await page.title());
      expect(info.fields['Author'], file).toBe('Prof. Dr. Ben Derudder');
      expect(info.fields['Subject'], file).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
      expect(await pdfLanguage(file), file).toBe('nl');
    }
  });

  test('page counts: each lesson fits one page with its QR code, the lessons handout at most 5 pages for 8 lessons, the whole lecture a plausible length', () => {
    for (const { id, file } of PDFS.filter((p) => p.id.startsWith('lessen/'))) {
      expect(pdfInfo(file).pages, id).toBe(1);
      expect(pdfText(file), `${id}: the colophon with the page's address`).toContain(`Online: https://`);
    }
    // Flowed one after another, the lessons take at most 5 pages for 8 (5/8 of a page a lesson, rounded up): a ninth lesson
    // may take a sixth page, a lesson that grows past its share does not.
    expect(pdfInfo(`${DIST}/pdf/handout-lessen.pdf`).pages).toBeLessThanOrEqual(Math.ceil((LESSONS.length * 5) / 8));
    const whole = pdfInfo(`${DIST}/pdf/handout.pdf`).pages;
    expect(whole).toBeGreaterThanOrEqual(CHAPTERS.length);
    // 46 pages for 8 lessons since the 'Over de grens' figure (three maps, a legend and a table) joined the second chapter:
    // 38 for the cover, the three part chapters and the colophon, and one for each lesson (each starts a page and fits one, see above).
    expect(whole).toBeLessThanOrEqual(38 + LESSONS.length);
  });

  test('the outline (bookmarks) lists the printed headings in order, nested by level', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const { id, file } of PDFS) {
      await page.goto(sitePath(`/${id}/`));
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
          .filter((h) => h.checkVisibility())
          .map((h) => ({ title: h.innerText.replace(/\s+/g, ' ').trim(), depth: Number(h.tagName.slice(1)) })),
      );
      expect(headings.length, id).toBeGreaterThan(1);
      expect(await pdfOutline(file), id).toEqual(headings);
    }
  });

  test('body text is at least 10 pt, measured in the PDF', async ({ page }) => {
    // Pages of running text; the slides (A4 landscape) have no body text, their 15 pt is set in deck.css.
    for (const { id, file } of PDFS.filter((pdf) => pdf.paper === 'A4')) {
      await page.goto(sitePath(`/${id}/`));
      // The first words of the page's first paragraph of running text (on the slides: of the first key point) tell which
      // font in the PDF is the body's.
      const sample = (await page.locator('.prose > p').first().innerText()).split(/\s+/).slice(0, 3).join(' ');
      expect(bodyFontSize(file, sample), file).toBeGreaterThanOrEqual(10);
    }
  });

  test('no on-screen instructions, buttons or bare disclosure lines in the text; open disclosures print their table', () => {
    for (const { file } of PDFS) {
      const text = pdfText(file);
      for (const words of SCREEN_ONLY) expect(text, `${file}: ${words}`).not.toMatch(words);
      for (const chrome of ['Inhoud van de lezing', 'Naar de inhoud', 'Op deze pagina', 'Citeer deze pagina']) expect(text, file).not.toContain(chrome);
    }
    const chapter = pdfText(`${DIST}/pdf/bestuurlijke-realiteit.pdf`);
    expect(chapter).toContain("Regio's als bestuurlijke realiteit");
    expect(chapter).toContain('minimaal 50% lokale publieke cofinanciering');
    expect(chapter).toMatch(/Pagina 1 van \d+/);
    // The vervoerregio table prints open: caption and header row, then the municipalities of each region.
    expect(chapter).toMatch(/De 15 vervoerregio's met hun gemeenten \(indeling 2019–2024: 300 gemeenten\) en de fusies\s+van 2025 \(285 gemeenten\)/);
    expect(chapter).toMatch(/Vervoerregio\s+Aantal\s+2019–\s*2024\s+Aantal\s+2025\s+Gemeenten \(2019–2024\)\s+Fusies van\s+2025/);
  });

  test('a figure stays whole: its caption and Achtergrond note never end a page while the drawing starts the next', () => {
    for (const { file } of PDFS) expect(captionsApartFromDrawing(file), file).toEqual([]);
  });

  test('no page ends in a heading: headings (12 pt and up) stay with the text that follows', () => {
    for (const { file } of PDFS) expect(headingsAtPageFoot(file, 11.5), file).toEqual([]);
  });

  test('links in a PDF point at the public site, never at the machine that printed it', () => {
    for (const { file } of PDFS) {
      for (const uri of pdfLinks(file)) expect(uri, file).toMatch(/^https:\/\/regionale-samenwerking\.example\.org\/lezing\//);
    }
  });

  test('every page links to its PDF, and the PDF is there', async ({ page, request }) => {
    for (const { id } of PDFS) {
      await page.goto(sitePath(`/${id}/`));
      const href = await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
      // A handout spells out links that leave it as addresses on the public site; the path is the same.
      expect(new URL(href ?? '', 'https://regionale-samenwerking.example.org').pathname, id).toBe(`/lezing${pdfPath(id)}`);
      const response = await request.get(new URL(href ?? '', 'https://x').pathname);
      expect(response.status(), href ?? '').toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    }
  });
});

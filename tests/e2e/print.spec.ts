import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, DIST, sitePath } from './site.ts';

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

  test('the lessons handout holds the eight lessons and never opens the print dialog by itself', async ({ page }) => {
    let printed = false;
    await page.exposeFunction('__printCalled', () => {
      printed = true;
    });
    await page.addInitScript(() => {
      window.print = () => void (window as unknown as { __printCalled: () => void }).__printCalled();
    });
    await page.goto(sitePath('/handout/lessen/'));
    await expect(page.locator('[data-handout-chapter]')).toHaveCount(8);
    await page.waitForTimeout(500);
    expect(printed).toBe(false);
  });
});

/** Text and page count of a PDF, via poppler-utils. */
function pdf(path: string): { text: string; pages: number } {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

test.describe('PDFs written by npm run handouts', () => {
  test('a chapter PDF is real text with its title, the colophon, and no navigation', () => {
    const file = `${DIST}/pdf/bestuurlijke-realiteit.pdf`;
    expect(existsSync(file), `${file} (run npm run handouts after the build)`).toBe(true);
    const { text, pages } = pdf(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    expect(text).toContain("Regio's als bestuurlijke realiteit");
    expect(text).toContain('minimaal 50% lokale publieke cofinanciering');
    expect(text).toMatch(/Pagina 1 van \d+/);
    for (const chrome of ['Inhoud van de lezing', 'Naar de inhoud', 'Kopieer link', 'Op deze pagina', 'Volgende']) expect(text).not.toContain(chrome);
  });

  test('the whole-lecture PDF holds every chapter title and has a plausible length', () => {
    const { text, pages } = pdf(`${DIST}/pdf/handout.pdf`);
    expect(pages).toBeGreaterThanOrEqual(CHAPTERS.length);
    expect(pages).toBeLessThanOrEqual(60);
    for (const title of ["Regio's als geografische realiteit", 'Samenwerkingsmaturiteit', 'Financiering als hefboom']) expect(text).toContain(title);
    expect(text).not.toContain('Inhoud van de lezing');
  });

  test('every chapter page links to its PDF, and the PDF is there', async ({ page, request }) => {
    for (const path of CHAPTERS) {
      await page.goto(sitePath(path));
      const href = await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
      expect(href, path).toMatch(/\/lezing\/pdf\/.+\.pdf$/);
      const response = await request.get(href ?? '');
      expect(response.status(), href ?? '').toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    }
  });
});

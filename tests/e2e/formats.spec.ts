import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { parseHTML } from 'linkedom';
import { CHAPTERS, DIST, ORIGIN, sitePath } from './site.ts';

/** Headings of a Markdown text with their `{#id}`, level by level: `## Titel {#id}` → "2 Titel #id". */
function markdownHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^(#{2,3}) (.+?) \{#([^}]+)\}$/gm)].map((m) => `${m[1]?.length ?? 0} ${m[2] ?? ''} #${m[3] ?? ''}`);
}

/** The section headings (h2, h3 with an id) of a built page's main content, outside the page's own table of contents. */
function htmlHeadings(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('main h2[id], main h3[id]')]
    .filter((h) => !h.closest('nav'))
    .map((h) => `${h.localName.slice(1)} ${h.textContent.replaceAll('\u00AD', '').trim()} #${h.id}`);
}

for (const path of ['/lessen/5-samenwerkingsmaturiteit/', '/bestuurlijke-realiteit/']) {
  test(`the Markdown copy of ${path} has the page's headings with the same ids, its Achtergrond boxes and its sources`, async ({ request }) => {
    const html = await (await request.get(`${ORIGIN}${sitePath(path)}`)).text();
    const response = await request.get(`${ORIGIN}${sitePath(path)}index.md`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/markdown');
    const markdown = await response.text();
    expect(markdown.split('\n')[0]).toBe(`# ${parseHTML(html).document.querySelector('h1')?.textContent.replaceAll('\u00AD', '').trim() ?? ''}`);
    expect(markdownHeadings(markdown)).toEqual(htmlHeadings(html));
    expect(markdown).not.toContain('\u00AD');
    const boxes = parseHTML(html).document.querySelectorAll('main aside.achtergrond').length;
    expect(markdown.match(/^> \*\*Achtergrond\*\* —/gm)?.length ?? 0, 'every Achtergrond box is a marked quote').toBe(boxes);
    expect(markdown, 'the note under the title says what the site adds').toContain('is context die deze website toevoegt');
    if (boxes > 0) {
      expect(markdown).toContain('> Toegevoegde context, geen bevinding uit de lezing.');
      expect(markdown).toMatch(/^> Bronnen: /m);
    }
  });
}

test('the glossary and a municipality page have Markdown copies that keep their ids and say what they are', async ({ request }) => {
  const glossary = await (await request.get(`${ORIGIN}${sitePath('/begrippen/index.md')}`)).text();
  expect(glossary).toMatch(/^## bassin de vie \{#bassin-de-vie\}$/m);
  expect(glossary).toContain('voor deze website geschreven');
  const eeklo = await (await request.get(`${ORIGIN}${sitePath('/gemeenten/eeklo/index.md')}`)).text();
  expect(eeklo).toMatch(/^# Eeklo$/m);
  expect(eeklo).toMatch(/^## Regio's \{#regios\}$/m);
  expect(eeklo).toContain('- **Vervoerregio (2025):** [Gent]');
  expect(eeklo).toContain('geen deel van de lezing');
  expect(eeklo).toContain('Bron: Provincies in Cijfers');
});

test('/llms.txt follows the convention and every link in it answers', async ({ request }) => {
  const response = await request.get(`${ORIGIN}${sitePath('/llms.txt')}`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  const lines = text.split('\n');
  expect(lines[0]).toBe('# Regionale samenwerking in internationaal perspectief');
  expect(lines[2]).toMatch(/^> .*Prof\. Dr\. Ben Derudder/);
  expect(text).not.toContain('\u00AD');
  const sections = lines.filter((line) => line.startsWith('## '));
  expect(sections).toEqual(['## De lezing', '## Naslag', '## Optional']);
  const links = [...text.matchAll(/^- \[([^\]]+)\]\((\S+)\)(?:: (.+))?$/gm)];
  expect(links.length).toBe(1 + CHAPTERS.length + 4 + 285 + 22);
  for (const chapter of CHAPTERS) expect(text).toContain(`${sitePath(chapter)}index.md)`);
  for (const [, title, url, description] of links) {
    if (!url?.includes('/gemeenten/') || url.includes('/eeklo/')) {
      const local = new URL(url ?? '').pathname;
      expect((await request.get(`${ORIGIN}${local}`)).status(), `${title}: ${url}`).toBe(200);
    }
    if (!url?.endsWith('.epub')) expect(description?.length ?? 0, `${title} has a one-line description`).toBeGreaterThan(20);
  }
});

const EPUB = `${DIST}/epub/regionale-samenwerking.epub`;
const EPUBCHECK = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';

test('the EPUB passes EPUBCheck with no errors or warnings', () => {
  test.setTimeout(240_000); // EPUBCheck starts a JVM: about a minute on a loaded 2-core machine
  expect(existsSync(EPUBCHECK), `EPUBCheck not found at ${EPUBCHECK} (Debian package epubcheck)`).toBe(true);
  const output = execFileSync('java', ['-jar', EPUBCHECK, '--quiet', EPUB], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(output).not.toMatch(/ERROR|WARNING|FATAL/);
});

test('the EPUB holds every chapter in reading order, the glossary, marked Achtergrond boxes, sources and Dutch metadata', () => {
  const files = unzipSync(new Uint8Array(readFileSync(EPUB)));
  const names = Object.keys(files);
  expect(names[0]).toBe('mimetype');
  expect(strFromU8(files['mimetype'] ?? new Uint8Array())).toBe('application/epub+zip');
  const opf = strFromU8(files['EPUB/content.opf'] ?? new Uint8Array());
  expect(opf).toContain('<dc:language>nl</dc:language>');
  expect(opf).toContain('<dc:title>Regionale samenwerking in internationaal perspectief</dc:title>');
  expect(opf).toContain('<dc:creator>Prof. Dr. Ben Derudder</dc:creator>');
  expect(opf).toMatch(/<dc:identifier id="pub-id">https?:\/\/\S+<\/dc:identifier>/);
  const spine = [...opf.matchAll(/<itemref idref="(d\d+)"\/>/g)].map((m) => m[1]);
  const hrefs = new Map([...opf.matchAll(/<item id="(d\d+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const expected = [...CHAPTERS, '/begrippen/'].map((path) => `${path.replace(/^\/|\/$/g, '').replaceAll('/', '-')}.xhtml`);
  expect(spine.map((id) => hrefs.get(id))).toEqual(expected);
  const nav = strFromU8(files['EPUB/nav.xhtml'] ?? new Uint8Array());
  expect(nav).toContain('epub:type="toc"');
  expect(nav).toContain('href="lessen-5-samenwerkingsmaturiteit.xhtml#kernpunten"');
  const chapter = strFromU8(files['EPUB/bestuurlijke-realiteit.xhtml'] ?? new Uint8Array());
  expect(chapter).toContain('lang="nl"');
  expect(chapter).toMatch(/<aside class="achtergrond box"[^>]*><p class="box-title"><span class="box-kicker">Achtergrond<\/span>/);
  expect(chapter).toContain('Bronnen:');
  expect(chapter).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(chapter).toContain('<table');
  expect(chapter, 'a glossary link stays inside the book').toContain('href="begrippen.xhtml#referentieregio"');
});

test('the about page says what the site is, its licences in the required words, and the accessibility statement with its date', async ({ page }) => {
  await page.goto(sitePath('/over-deze-site/'));
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('De eigen code van deze site is vrijgegeven onder de MIT-licentie.');
  expect(text).toContain('De gegenereerde gegevens behouden de licenties en bronvermeldingen van hun bronnen');
  expect(text).toContain('De tekst en de dia’s van de lezing blijven van hun auteur');
  expect(text).toContain('Toegevoegde context, geen bevinding uit de lezing');
  await expect(page.locator('#toegankelijkheid ~ p time[datetime="2026-12-01"]')).toHaveText('1 december 2026');
  await expect(page.locator('#wijzigingen ~ ol.changelog > li').first()).toContainText('1 december 2026');
});

test('each page shows when it last changed in substance, from the change list, and links the about page', async ({ page, request }) => {
  for (const [path, date] of [
    ['/lessen/5-samenwerkingsmaturiteit/', '27 november 2026'],
    ['/bestuurlijke-realiteit/', '30 november 2026'],
    ['/begrippen/', '30 november 2026'],
    ['/gemeenten/eeklo/', '30 november 2026'],
    ['/over-deze-site/', '1 december 2026'],
  ] as const) {
    await page.goto(sitePath(path));
    await expect(page.getByRole('contentinfo').locator('.last-changed'), path).toHaveText(`Inhoudelijk gewijzigd op ${date}.`);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Over deze site' })).toHaveAttribute('href', sitePath('/over-deze-site/'));
    const markdown = await (await request.get(`${ORIGIN}${sitePath(path)}index.md`)).text();
    expect(markdown, `${path}index.md`).toContain(`Inhoudelijk gewijzigd op ${date}.`);
  }
  // A page the change list never names keeps the version date.
  await page.goto(sitePath('/zoeken/'));
  await expect(page.getByRole('contentinfo')).toContainText(/Versie van \d{1,2} \w+ \d{4}\./);
});

test('every chapter links the EPUB, and it downloads', async ({ page, request }) => {
  await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
  const link = page.getByRole('link', { name: 'De hele lezing als e-book (EPUB)' });
  await expect(link).toHaveAttribute('href', sitePath('/epub/regionale-samenwerking.epub'));
  const response = await request.get(`${ORIGIN}${sitePath('/epub/regionale-samenwerking.epub')}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/epub+zip');
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, DIST, HANDOUT_PAGES, ORIGIN, TEXT_PAGES, sitePath } from './site.ts';

const SITE = 'https://regionale-samenwerking.example.org';

/** Width and height from a PNG file's IHDR chunk; throws when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG' || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${path} is geen PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES]) {
  test(`${path}: canonical URL, description, Open Graph and Twitter tags are present and absolute, with a social card`, async ({ page }) => {
    await page.goto(sitePath(path));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${SITE}${sitePath(path)}`);
    const meta = async (selector: string): Promise<string | null> => page.locator(`meta[${selector}]`).getAttribute('content');
    expect(await meta('property="og:url"')).toBe(canonical);
    expect((await meta('property="og:title"'))?.length).toBeGreaterThan(3);
    expect((await meta('property="og:description"'))?.length).toBeGreaterThan(40);
    expect(await meta('name="twitter:card"')).toBe('summary_large_image');
    const image = await meta('property="og:image"');
    expect(image).toMatch(new RegExp(`^${SITE}/lezing/og/.+\\.png$`));
    expect(await meta('name="twitter:image"')).toBe(image);
    const file = `${DIST}/${(image ?? '').slice(`${SITE}/lezing/`.length)}`;
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
  });
}

test('chapters carry citation meta tags for reference managers', async ({ page }) => {
  for (const path of CHAPTERS) {
    await page.goto(sitePath(path));
    // The heading carries the build's soft hyphens (src/lib/hyphenate.ts); the tag has the words without them.
    const title = (await page.locator('h1').innerText()).replaceAll('\u00ad', '');
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', title);
    await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Derudder, Ben');
    await expect(page.locator('meta[name="citation_publication_date"]'), 'the slides carry no date: none is invented').toHaveCount(0);
    await expect(page.locator('meta[name="citation_publisher"]')).toHaveAttribute('content', 'KU Leuven Instituut voor de Overheid');
  }
});

test('"Citeer deze pagina" offers APA and BibTeX, copyable', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
  const block = page.getByRole('region', { name: 'Citeer deze pagina' });
  await expect(block).toContainText('Derudder, B. (');
  await expect(block).toContainText(`${SITE}/lezing/lessen/5-samenwerkingsmaturiteit/`);
  await expect(block).toContainText('@misc{');
  await block.getByRole('button', { name: 'Kopieer BibTeX' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('BibTeX-verwijzing gekopieerd.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{derudder5samenwerkingsmaturiteit,/);
});

test('the citation block invents no date: APA says (z.d.) with the retrieval date, BibTeX has no year', async ({ page }) => {
  for (const path of CHAPTERS) {
    await page.goto(sitePath(path));
    const apaText = await page.locator('#cite-apa').innerText();
    const bibtexText = await page.locator('#cite-bibtex').innerText();
    expect(apaText, path).toMatch(/^Derudder, B\. \(z\.d\.\)\. .* Geraadpleegd op \d{1,2} [a-z]+ (\d{4}), van https:\/\//);
    const retrievalYear = /Geraadpleegd op \d{1,2} [a-z]+ (\d{4})/.exec(apaText)?.[1];
    expect(apaText.match(/\b(19|20)\d{2}\b/g), `${path}: only the retrieval year`).toEqual([retrievalYear]);
    expect(bibtexText, path).not.toMatch(/\b(year|date) =/);
    expect(bibtexText.replace(/urldate = \{[^}]*\}/, '').match(/\b(19|20)\d{2}\b/g), `${path}: BibTeX without a year`).toBeNull();
  }
});

test('a page with added figures and boxes says so in its citation block and names their sources', async ({ page }) => {
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  const note = page.locator('.cite-compilation');
  await expect(note).toContainText('voor deze website samengesteld en zijn geen werk van de spreker');
  await expect(note).toContainText('Kamerstuk 29 697 nr. 90');
  await expect(note).toContainText('Provincies in Cijfers');
  await page.goto(sitePath('/lessen/5-samenwerkingsmaturiteit/'));
  await expect(page.locator('.cite-compilation'), 'a lesson of lecture text only adds nothing').toHaveCount(0);
});

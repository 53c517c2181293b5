import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, DIST, GEMEENTE_SAMPLE, HANDOUT_PAGES, sitePath } from './site.ts';

/** Provenance as data (src/provenance/model.ts): every surface carries the same marking, so a reader and any copy can tell. */

test('every chapter, Achtergrond box and figure says where it comes from', async ({ page }) => {
  for (const path of CHAPTERS) {
    await page.goto(sitePath(path));
    await expect(page.locator('article.chapter'), path).toHaveAttribute('data-provenance', 'lecture');
    expect(await page.locator('article.chapter').getAttribute('data-slides'), path).toBeTruthy();
    for (const box of await page.locator('aside.achtergrond').all()) {
      await expect(box, path).toHaveAttribute('data-provenance', 'added');
      expect(await box.getAttribute('data-sources'), path).toBeTruthy();
    }
    for (const figure of await page.locator('article figure.figure').all()) {
      expect(['added', 'compilation'], `${path}: ${await figure.getAttribute('id')}`).toContain(await figure.getAttribute('data-provenance'));
      await expect(figure.locator('.figure-added-note'), path).toContainText('Achtergrond');
    }
  }
});

test('the handouts carry the chapters’ provenance', async ({ page }) => {
  for (const path of HANDOUT_PAGES) {
    await page.goto(sitePath(path));
    const chapters = page.locator('section.handout-chapter');
    expect(await chapters.count(), path).toBeGreaterThan(0);
    for (const chapter of await chapters.all()) await expect(chapter, path).toHaveAttribute('data-provenance', 'lecture');
  }
});

test('on the slides an added figure keeps its "Achtergrond" note, and no caption promises a table the slide lacks', async ({ page }) => {
  await page.goto(sitePath('/presentatie/'));
  const figures = page.locator('section.dia figure.dia-figuur');
  // Every figure the chapters add (12 since 'Over de grens'), counted on the built chapter pages.
  const added = CHAPTERS.reduce(
    (sum, path) => sum + (readFileSync(`${DIST}${path}index.html`, 'utf8').match(/<figure\b[^>]*\bdata-provenance="(?:added|compilation)"/g)?.length ?? 0),
    0,
  );
  expect(added, 'the chapters add figures').toBeGreaterThan(0);
  expect(await figures.count()).toBe(added);
  for (const figure of await figures.all()) {
    expect(['added', 'compilation']).toContain(await figure.getAttribute('data-provenance'));
    await expect(figure.locator('.figure-added-note')).toContainText(/^Achtergrond/);
    await expect(figure.locator('figcaption')).not.toContainText(/tabel|onder de kaart/i);
  }
});

test('municipality pages and /gemeenten/ are cited as the site’s compilation, not as the lecturer’s work', async ({ page }) => {
  for (const path of GEMEENTE_SAMPLE) {
    await page.goto(sitePath(path));
    await expect(page.locator('article'), path).toHaveAttribute('data-provenance', 'compilation');
    await expect(page.locator('.compilation-note'), path).toContainText('Samengesteld voor deze website, geen bevinding uit de lezing');
    const apa = (await page.locator('#cite-apa').textContent()) ?? '';
    expect(apa, path).not.toMatch(/^Derudder/);
    expect(apa, path).toContain('samenstelling uit Provincies in Cijfers');
    expect(await page.locator('meta[name="citation_author"]').count(), path).toBe(0);
    await expect(page.locator('meta[name="author"]'), path).not.toHaveAttribute('content', /Derudder/);
    expect(await page.locator('main').innerText(), path).not.toContain('die de lezing vergelijkt');
  }
});

test('the vervoerregio map does not call Provincies in Cijfers’ list the government’s decision, and marks a less certain list', async ({ page }) => {
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  const map = page.locator('#kaart-vervoerregios');
  await expect(map).not.toContainText('zoals goedgekeurd');
  await expect(map).not.toContainText('De indeling komt uit de lezing');
  await expect(map.locator('.figure-added-note')).toContainText('De gemeentelijst van deze kaart komt van Provincies in Cijfers');
  await expect(map.locator('tr', { hasText: 'Vlaamse Ardennen' }).first()).toContainText('zekerheid: middel');
});

test('the glossary says "In de lezing" only for the lecture’s own terms', async ({ page }) => {
  await page.goto(sitePath('/begrippen/'));
  for (const id of ['botschaft', 'basisbereikbaarheid']) {
    await expect(page.locator(`dt#${id}`)).toHaveAttribute('data-provenance', 'added');
    await expect(page.locator(`dt#${id} + dd .glossary-origin`)).toContainText('Geen begrip uit de lezing');
  }
  await expect(page.locator('dt#bassin-de-vie')).toHaveAttribute('data-provenance', 'lecture');
  await expect(page.locator('dt#bassin-de-vie + dd .glossary-origin')).toContainText(/^In de lezing/);
});

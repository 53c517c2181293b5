import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, GEMEENTE_SAMPLE, HANDOUT_PAGES, LESSONS, TEXT_PAGES, sitePath } from './site.ts';
import { lessonsPhrase } from '../../src/lib/lessons.ts';
import { PINNED_GLOSSARY_IDS } from '../fixtures/glossary-ids.ts';

const keyStatements = JSON.parse(readFileSync('tests/fixtures/key-statements.json', 'utf8')) as Record<string, string[]>;

test('the key-statement fixture covers every chapter', () => {
  expect(Object.keys(keyStatements).sort()).toEqual([...CHAPTERS].sort());
});

test('the introduction of part 3 names as many lessons as content/lessen/ holds, under its pinned id #acht-lessen', async ({ page }) => {
  await page.goto(sitePath('/samenwerking-doen-werken/'));
  const heading = (await page.locator('h2#acht-lessen').textContent()) ?? '';
  expect(heading.replaceAll('\u00AD', '')).toContain(`De ${lessonsPhrase(LESSONS.length)}`);
});

for (const [path, phrases] of Object.entries(keyStatements)) {
  test(`the lecture's key statements appear on ${path}`, async ({ page }) => {
    await page.goto(sitePath(path));
    const text = (await page.locator('main').innerText()).replaceAll('\u00AD', '').replace(/\s+/g, ' ');
    for (const phrase of phrases) expect(text, phrase).toContain(phrase);
  });
}

/** Statements the site once made that the lecture does not support; each was fixed, none may come back. */
const DISTORTIONS: Record<string, string[]> = {
  '/': ['De lezing bundelt onderzoek', 'Het onderzoek achter de lezing gebeurde'],
  '/geografische-realiteit/': ['vallen nooit samen', 'bedoeld om het ‘bassin de vie’ te volgen'],
  '/samenwerking-doen-werken/': ['vooral lokaal politiek leiderschap'],
  '/lessen/1-feitelijke-realiteit/': ['De regio is een bassin de vie'],
  '/bestuurlijke-realiteit/': ['nergens zo vermeld', 'daarover is nog niet beslist'],
};

for (const [path, phrases] of Object.entries(DISTORTIONS)) {
  test(`no statement on ${path} goes beyond the lecture or its sources`, async ({ page }) => {
    await page.goto(sitePath(path));
    const text = (await page.locator('main').innerText()).replaceAll('\u00AD', '').replace(/\s+/g, ' ');
    for (const phrase of phrases) expect(text, phrase).not.toContain(phrase);
  });
}

test('the home page credits the collaborators as the slides do ("i.s.m.")', async ({ page }) => {
  await page.goto(sitePath('/'));
  await expect(page.locator('main')).toContainText('i.s.m.’ (in samenwerking met) Joris Voets');
});

/** Words about how the site was made, addressed to no reader. */
const PROCESS_LANGUAGE = [
  /niet als tekst beschikbaar/i,
  /aangeleverde materiaal/i,
  /onderzoeksnota/i,
  /niet aangeleverd/i,
  /\bdeze dia bestaat uit een afbeelding/i,
  /research note/i,
  // "Not found" by whom? The site says what is not known, not what its makers did not find.
  /(werd|is) niet gevonden/i,
  /naamswijziging gevonden/i,
];

test('no page contains process language', async ({ page }) => {
  for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES, ...GEMEENTE_SAMPLE]) {
    await page.goto(sitePath(path));
    const text = (await page.locator('body').textContent()) ?? '';
    for (const pattern of PROCESS_LANGUAGE) expect(text, `${path}: ${pattern}`).not.toMatch(pattern);
  }
});

test('the garbled vervoerregio contact table is not published anywhere', async ({ page }) => {
  for (const path of ['/', ...CHAPTERS]) {
    await page.goto(sitePath(path));
    const html = await page.content();
    for (const garbage of ['vervoersregio@', 'Leen Van Den Broek', 'Wimout', '01 24 81', 'ben.derudder@']) {
      expect(html, `${path} contains ${garbage}`).not.toContain(garbage);
    }
  }
});

test('extraction errors of the slide text are fixed', async ({ page }) => {
  for (const path of ['/', ...CHAPTERS]) {
    await page.goto(sitePath(path));
    const text = await page.locator('body').innerText();
    for (const typo of ['Actorencolitie', 'bestending', 'referenterieregio', 'basin de vie']) expect(text, `${path}: ${typo}`).not.toContain(typo);
  }
});

test('the home page names author, affiliation, research context and links the three parts', async ({ page }) => {
  await page.goto(sitePath('/'));
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Regionale samenwerking in internationaal perspectief');
  await expect(main).toContainText('Prof. Dr. Ben Derudder');
  await expect(main).toContainText('KU Leuven Instituut voor de Overheid');
  await expect(main).toContainText('Steunpunt Bestuurlijke Vernieuwing');
  await expect(main).toContainText('Joris Voets');
  for (const part of ["Regio's als geografische realiteit", "Regio's als bestuurlijke realiteit", 'Regionale samenwerking doen werken']) {
    await expect(main.getByRole('heading', { name: part })).toBeVisible();
  }
  await main.getByRole('link', { name: /Samenwerkingsmaturiteit/ }).click();
  await expect(page).toHaveURL(/\/lezing\/lessen\/5-samenwerkingsmaturiteit\/$/);
});

test('the glossary explains each term once, with a stable id and where the lecture uses it; chapters link a term’s first use', async ({ page }) => {
  await page.goto(sitePath('/begrippen/'));
  for (const id of PINNED_GLOSSARY_IDS) {
    const term = page.locator(`dt[id="${id}"]`);
    await expect(term, id).toHaveCount(1);
    await expect(term.locator('+ dd .glossary-origin a'), id).toHaveAttribute('href', /^\/lezing\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/);
  }
  await page.goto(sitePath('/bestuurlijke-realiteit/'));
  const links = page.locator('main a.term-link[href="/lezing/begrippen/#governance"]');
  await expect(links, 'only the first use links').toHaveCount(1);
  await links.click();
  await expect(page).toHaveURL(/\/lezing\/begrippen\/#governance$/);
  await expect(page.locator('dt#governance')).toBeInViewport();
});

test('the six sections that were a slide image carry sourced background, tied to the lecture and honest where sources differ', async ({ page }) => {
  const expectations: Record<string, string[]> = {
    '/geografische-realiteit/': [
      'Welke gemeenten tot die woonregio horen, is niet openbaar',
      'Zelzate en Wachtebeke zijn geen lid',
      'stad.gent spreekt van 27 gemeenten',
      'Sinds januari 2024 zijn er 18',
    ],
    '/bestuurlijke-realiteit/': [
      'Investeringsprogramma Zeeland in Stroomversnelling 2.0',
      'Economic Board Zeeland',
      'hoogstens 129,9 miljoen',
      'Verein Regio Appenzell AR-St.Gallen-Bodensee',
    ],
  };
  for (const [path, phrases] of Object.entries(expectations)) {
    await page.goto(sitePath(path));
    const boxes = (await page.locator('main .achtergrond').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    for (const phrase of phrases) expect(boxes, `${path}: ${phrase}`).toContain(phrase);
  }
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHAPTERS, DIST, ORIGIN, sitePath } from './site.ts';
import { watch } from './watch.ts';

const DECK = sitePath('/presentatie/');
const SPEAKER = sitePath('/presentatie/spreker/');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const anchors = JSON.parse(readFileSync('tests/fixtures/anchors.json', 'utf8')) as Record<string, string[]>;

test.describe.configure({ timeout: 90_000 });

/** The slide on screen: exactly one visible `.dia`. */
const current = (page: Page) => page.locator('section.dia:visible');

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.help} → ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

test.describe('the deck', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a slide URL opens that slide, announced as a labelled "dia" region', async ({ page }) => {
    await page.goto(`${DECK}#regionale-vaagheid`);
    await expect(current(page)).toHaveCount(1);
    await expect(current(page)).toHaveAttribute('id', 'regionale-vaagheid');
    await expect(current(page)).toHaveAttribute('aria-roledescription', 'dia');
    await expect(page.getByRole('region', { name: /^Regionale vaagheid/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Lees meer: Regionale vaagheid' })).toHaveAttribute(
      'href',
      '/lezing/geografische-realiteit/#regionale-vaagheid',
    );
  });

  test('keys move through the slides; focus and the polite announcement follow; the URL names the slide', async ({ page }) => {
    await page.goto(DECK);
    await expect(current(page)).toHaveAttribute('id', 'titel');
    await page.keyboard.press('ArrowRight');
    await expect(current(page)).toHaveAttribute('id', 'deel-1');
    await expect(current(page)).toBeFocused();
    await expect(page.locator('[data-deck-status]')).toHaveText(/^Dia 2 van \d+: Regio's als geografische realiteit$/);
    await expect(page.locator('[data-deck-status]')).toHaveAttribute('aria-live', 'polite');
    expect(new URL(page.url()).hash).toBe('#deel-1');
    await page.keyboard.press('Space');
    await expect(current(page)).toHaveAttribute('id', 'over-de-lezing');
    await page.keyboard.press('PageDown');
    await expect(current(page)).toHaveAttribute('id', 'regio');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('ArrowLeft');
    await expect(current(page)).toHaveAttribute('id', 'titel');
    await page.keyboard.press('End');
    const last = await page.locator('section.dia').last().getAttribute('id');
    await expect(current(page)).toHaveAttribute('id', last ?? '');
    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('id', 'titel');
    await page.getByRole('button', { name: 'Volgende dia' }).click();
    await expect(current(page)).toHaveAttribute('id', 'deel-1');
  });

  test('G jumps to a slide number or id, and says so when there is none', async ({ page }) => {
    await page.goto(DECK);
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Ga naar dia' });
    await expect(dialog).toBeVisible();
    await page.keyboard.type('vervoerregios');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(current(page)).toHaveAttribute('id', 'vervoerregios');
    await page.keyboard.press('G');
    await page.keyboard.type('99999');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('Geen dia');
    await page.getByLabel('Nummer of id van de dia').fill('3');
    await page.keyboard.press('Enter');
    await expect(current(page)).toHaveAttribute('id', 'over-de-lezing');
  });

  test('O opens an overview of every slide; choosing one goes there; Esc closes it; axe finds nothing', async ({ page }) => {
    await page.goto(`${DECK}#regio`);
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'Overzicht' });
    await expect(overview).toBeVisible();
    const count = await page.locator('section.dia').count();
    await expect(overview.getByRole('link')).toHaveCount(count);
    await expect(overview.locator('a[aria-current="true"]')).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await page.keyboard.press('o');
    await overview.getByRole('link', { name: /\. Samenwerkingsmaturiteit$/ }).click();
    await expect(overview).toBeHidden();
    await expect(current(page)).toHaveAttribute('id', 'lessen-5-samenwerkingsmaturiteit');
    await expect(current(page)).toBeFocused();
  });

  test('every "Toon als dia" link on a chapter opens a slide with that section; the links work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DECK);
    const deckIds = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
    for (const chapter of CHAPTERS) {
      await page.goto(sitePath(chapter));
      const links = page.getByRole('link', { name: /^Toon als dia/ });
      const sections = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(sections.length, chapter).toBeGreaterThan(0);
      expect(
        sections.every((id) => anchors[chapter]?.includes(id)),
        chapter,
      ).toBe(true);
      await expect(links, chapter).toHaveCount(sections.length);
      for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))) {
        expect(href.startsWith(`${DECK}#`), href).toBe(true);
        expect(deckIds.has(decodeURIComponent(href.slice(DECK.length + 1))), href).toBe(true);
      }
    }
    await context.close();
  });

  test('without JavaScript the deck is a readable outline: every slide and its notes in order', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(DECK);
    await expect(page.locator('section.dia:visible')).toHaveCount(await page.locator('section.dia').count());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionale samenwerking in internationaal perspectief');
    await expect(page.getByText('Sprekersnotities').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Volgende dia' })).toBeHidden();
    await context.close();
  });

  test('the speaker view in a second page follows the deck and drives it', async ({ page, context }) => {
    const { messages, foreign } = watch(page);
    await page.goto(`${DECK}#regio`);
    const speaker = await context.newPage();
    const speakerLog = watch(speaker);
    await speaker.goto(SPEAKER);
    const now = speaker.locator('[data-sv-nu]');
    // On opening, the speaker view asks the deck where it is.
    await expect(now.locator('.dia-kop')).toHaveText('Regio?');
    await expect(speaker.locator('[data-sv-straks] .dia-kop')).toHaveText("Soorten regio's");
    await expect(speaker.locator('[data-sv-notities]')).toContainText('Bij deze definitie toont de dia een kaart');
    await expect(speaker.locator('[data-sv-teller]')).toHaveText(/^Dia \d+ van \d+: Regio\?$/);
    await expect(speaker.locator('[data-sv-klok]')).toHaveText(/^\d{2}:\d{2}$/);
    // The deck drives the speaker view …
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(now.locator('.dia-kop')).toHaveText("Soorten regio's");
    // … and the speaker view drives the deck.
    await speaker.bringToFront();
    await speaker.keyboard.press('ArrowRight');
    await expect(current(page)).toHaveAttribute('id', 'soorten-regios--2');
    await speaker.getByRole('button', { name: 'Vorige dia' }).click();
    await expect(current(page)).toHaveAttribute('id', 'soorten-regios');
    expect(await axe(speaker)).toEqual([]);
    expect([...messages, ...speakerLog.messages]).toEqual([]);
    expect([...foreign, ...speakerLog.foreign]).toEqual([]);
  });

  test('S opens the speaker view in a second window at the current slide', async ({ page, context }) => {
    await page.goto(`${DECK}#vervoerregios`);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${ORIGIN}${SPEAKER}#vervoerregios`);
    await expect(popup.locator('[data-sv-nu] .dia-kop')).toHaveText("Vervoerregio's Vlaanderen");
  });

  test('F toggles full screen; motion is only a short fade, and none when the reader asks for reduced motion', async ({ page }) => {
    await page.goto(`${DECK}#regio`);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(await current(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('dia-in');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowRight');
    expect(await current(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('the "go to" box passes axe too', async ({ page }) => {
    await page.goto(DECK);
    await page.keyboard.press('g');
    await expect(page.getByLabel('Nummer of id van de dia')).toBeFocused();
    expect(await axe(page)).toEqual([]);
  });

  test('below 600 px the deck is a vertical scroll view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${DECK}#regio`);
    const count = await page.locator('section.dia').count();
    await expect(page.locator('section.dia:visible')).toHaveCount(count);
    await expect(page.locator('html')).not.toHaveClass(/deck-aan/);
    // The linked slide is scrolled to the top, even after the bar above the outline has grown.
    await expect.poll(async () => Math.abs((await page.locator('#regio').boundingBox())?.y ?? 999)).toBeLessThan(60);
  });
});

test.describe('touch', () => {
  test.use({ viewport: { width: 1024, height: 700 }, hasTouch: true });

  test('a swipe to the left shows the next slide, to the right the previous one', async ({ page }) => {
    await page.goto(`${DECK}#regio`);
    const swipe = (dx: number) =>
      current(page).evaluate((el, delta) => {
        const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
        el.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(500)], changedTouches: [touch(500)], bubbles: true }));
        el.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(500 + delta)], bubbles: true }));
      }, dx);
    await swipe(-200);
    await expect(current(page)).toHaveAttribute('id', 'soorten-regios');
    await swipe(200);
    await expect(current(page)).toHaveAttribute('id', 'regio');
  });
});

test.describe('print', () => {
  test('A4 landscape, one slide a page; with "Notities mee afdrukken" the notes get pages of their own', async ({ page }) => {
    await page.goto(DECK);
    const slides = await page.locator('section.dia').count();
    const dir = mkdtempSync(join(tmpdir(), 'deck-'));
    const pages = async (name: string): Promise<{ count: number; size: string }> => {
      const file = join(dir, name);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      return { count: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '' };
    };
    const plain = await pages('dia.pdf');
    expect(plain.count).toBe(slides);
    const [w, h] = plain.size.split(' x ').map(Number);
    expect(w).toBeGreaterThan(h ?? Infinity);
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', join(dir, 'dia.pdf'), '-'], { encoding: 'utf8' }).replaceAll('\u00AD', '');
    expect(text).toContain("Regio's als geografische realiteit");
    expect(text).not.toMatch(/Volgende|Sprekersnotities/);
    await page.goto(`${DECK}?notities`);
    await expect(page.getByLabel('Notities mee afdrukken')).toBeChecked();
    const withNotes = await pages('notities.pdf');
    expect(withNotes.count).toBeGreaterThan(slides);
    const notes = execFileSync('pdftotext', [join(dir, 'notities.pdf'), '-'], { encoding: 'utf8' });
    expect(notes).toContain('Bij deze definitie toont de dia een kaart');
    rmSync(dir, { recursive: true, force: true });
  });

  test('presentatie.pdf, built with the other PDFs, is A4 landscape with a page per slide', async ({ page }) => {
    await page.goto(DECK);
    const slides = await page.locator('section.dia').count();
    const info = execFileSync('pdfinfo', [`${DIST}/pdf/presentatie.pdf`], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slides);
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(w).toBeGreaterThan(h ?? Infinity);
    await expect(page.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', '/lezing/pdf/presentatie.pdf');
  });

  test('axe finds nothing on the deck in print', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(DECK);
    expect(await axe(page)).toEqual([]);
  });
});

test('the sitemap lists the deck but not the speaker view (a tool, noindex)', async ({ page }) => {
  const urls = [...readFileSync(`${DIST}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(urls).toContain(DECK);
  expect(urls).not.toContain(SPEAKER);
  await page.goto(SPEAKER);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

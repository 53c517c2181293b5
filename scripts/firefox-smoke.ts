// The end-to-end smoke in a second engine: Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core, against the
// production build in dist/ (built with BASE_PATH=/lezing/). Every page loads without console errors; at 360 px no heading
// overflows or breaks a word without a hyphen; both maps go live and select; deep links land; the deck's keys; search;
// the previews. Writes test-results/firefox.json ({ passed, failed, failures }) for scripts/test-all.mjs.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { headingBreakProblems } from '../tests/e2e/heading-breaks.ts';
import { DECK_PAGES, GEMEENTE_SAMPLE, HANDOUT_PAGES, TEXT_PAGES } from '../tests/e2e/site.ts';

const PORT = Number(process.env['FIREFOX_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4329) + 100);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASE = '/lezing/';
const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const url = (path: string) => `${ORIGIN}${BASE}${path.replace(/^\//, '')}`;

const results: { name: string; error?: string }[] = [];

async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    results.push({ name });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, error: message });
    console.log(`  ✘ ${name}\n      ${message}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls `probe` until it returns true, for at most `ms`; waits on state, never a fixed sleep. */
async function until(probe: () => Promise<boolean>, message: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out: ${message}`);
}

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--base', BASE, '--dir', process.env['DIST_DIR'] ?? 'dist'], { stdio: 'ignore' });
await until(
  async () => {
    try {
      return (await fetch(url('/'))).ok;
    } catch {
      return false;
    }
  },
  'the test server',
  20_000,
);

const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--width=1280', '--height=900'] });
console.log(`Firefox smoke: ${await browser.version()} on ${ORIGIN}${BASE}`);

async function open(path: string, width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  await page.setViewport({ width, height });
  await page.goto(url(path), { waitUntil: 'load' });
  return { page, errors };
}

try {
  for (const path of [...TEXT_PAGES, ...HANDOUT_PAGES, ...DECK_PAGES, ...GEMEENTE_SAMPLE]) {
    await check(`${path}: loads without console errors; at 360 px no heading overflows or breaks a word without a hyphen`, async () => {
      const { page, errors } = await open(path, 360, 740);
      try {
        const menu = await page.$('.site-nav-narrow summary');
        if (menu && (await menu.isVisible())) await menu.click();
        // Firefox hyphenates lang="nl" text under `hyphens: auto` with its own dictionary (running text, menus).
        const problems = await page.evaluate(headingBreakProblems, true);
        assert(problems.length === 0, problems.join('; '));
        assert(errors.length === 0, errors.join('; '));
      } finally {
        await page.close();
      }
    });
  }

  for (const [path, tag, button, param] of [
    ['/bestuurlijke-realiteit/', 'region-map', 'Gent', 'vervoerregio=gent'],
    ['/geografische-realiteit/', 'meetjesland-map', 'Alle uit', 'lagen='],
  ] as const) {
    await check(`${path}: the map goes live when scrolled into view and a selection lands in the URL`, async () => {
      const { page, errors } = await open(path);
      try {
        await page.$eval(tag, (map) => map.scrollIntoView({ block: 'center' }));
        await until(() => page.$eval(tag, (map) => map.getAttribute('data-live') === 'true'), `${tag} live`);
        const handle = await page.evaluateHandle(
          (t, name) =>
            Array.from(document.querySelectorAll<HTMLButtonElement>(`${t} button`)).find((b) => (b.textContent ?? '').trim().startsWith(name)) ?? document.body,
          tag,
          button,
        );
        const target = handle.asElement() as ElementHandle<HTMLElement> | null;
        assert(target && (await target.evaluate((el) => el.tagName === 'BUTTON')), `no button “${button}”`);
        await target.click();
        await until(() => Promise.resolve(page.url().includes(param)), `${param} in ${page.url()}`);
        assert(errors.length === 0, errors.join('; '));
      } finally {
        await page.close();
      }
    });
  }

  await check('a deep link lands on its section', async () => {
    const { page } = await open('/lessen/5-samenwerkingsmaturiteit/#kernpunten');
    try {
      const top = await page.$eval('#kernpunten', (h) => h.getBoundingClientRect().top);
      assert(top >= 0 && top < 200, `#kernpunten at ${top}px`);
    } finally {
      await page.close();
    }
  });

  await check('the deck: → and ← move between slides, the URL follows', async () => {
    const { page, errors } = await open('/presentatie/');
    try {
      await until(() => page.evaluate(() => location.hash !== ''), 'a slide in the URL');
      const first = await page.evaluate(() => location.hash);
      await page.keyboard.press('ArrowRight');
      await until(() => page.evaluate((h) => location.hash !== h, first), 'the next slide');
      await page.keyboard.press('ArrowLeft');
      await until(() => page.evaluate((h) => location.hash === h, first), 'back to the first slide');
      assert(errors.length === 0, errors.join('; '));
    } finally {
      await page.close();
    }
  });

  await check('search finds a word of a heading, without soft hyphens', async () => {
    const { page, errors } = await open('/zoeken/?q=samenwerkingsmaturiteit');
    try {
      await until(
        () => page.$eval('.search-results', (list) => /samenwerkingsmaturiteit/i.test(list.textContent)),
        'a result for samenwerkingsmaturiteit',
        15_000,
      );
      assert(!(await page.$eval('.search-results', (list) => list.textContent.includes('\u00ad'))), 'soft hyphens in the results');
      assert(errors.length === 0, errors.join('; '));
    } finally {
      await page.close();
    }
  });

  await check('a preview opens by click, Escape closes it and focus returns to its button', async () => {
    const { page, errors } = await open('/lessen/2-coordinatieplatform/');
    try {
      const selector = 'article .prose a.term-link[href="/lezing/begrippen/#governance"] + .preview-toggle';
      await page.click(selector);
      await until(() => page.$eval(selector, (b) => b.nextElementSibling?.matches(':popover-open') ?? false), 'the popover open');
      const text = await page.$eval(selector, (b) => b.nextElementSibling?.textContent ?? '');
      assert(text.includes('Naar het begrip in Begrippen'), `popover text: ${text}`);
      await page.keyboard.press('Escape');
      await until(() => page.$eval(selector, (b) => !(b.nextElementSibling?.matches(':popover-open') ?? true)), 'the popover closed');
      assert(await page.$eval(selector, (b) => b === document.activeElement), 'focus is not back on the button');
      assert(errors.length === 0, errors.join('; '));
    } finally {
      await page.close();
    }
  });
} finally {
  await browser.close();
  server.kill();
}

const failures = results.filter((r) => r.error !== undefined);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/firefox.json', JSON.stringify({ passed: results.length - failures.length, failed: failures.length, failures }, null, 2));
console.log(`\nFirefox: ${results.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);

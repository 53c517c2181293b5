import { expect, test, type Page } from '@playwright/test';
import { contrastRatio } from '../../src/lib/colour.ts';
import { SOURCES } from '../../src/facts/sources.ts';
import { CHAPTERS, sitePath } from './site.ts';

/** The figure prefix a chapter's numbers must carry: part number, or "L" + lesson number. */
function prefixOf(path: string): string {
  const lesson = /^\/lessen\/(\d+)-/.exec(path)?.[1];
  if (lesson) return `L${lesson}`;
  return { '/geografische-realiteit/': '1', '/bestuurlijke-realiteit/': '2', '/samenwerking-doen-werken/': '3' }[path] ?? '?';
}

const FINANCING = '/bestuurlijke-realiteit/';
const REQUIRED = ['fig-tijdlijn-regiovorming', 'fig-regio-deals-tranches', 'fig-cofinanciering', 'fig-agglomeratieprogrammas-generaties'];

async function figures(page: Page) {
  return page
    .locator('article figure[data-figure-number]')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ id: n.id, number: n.getAttribute('data-figure-number') ?? '', caption: n.querySelector(':scope > figcaption')?.textContent ?? '' })),
    );
}

for (const path of CHAPTERS) {
  test(`${path}: figures are numbered in order and every cross-reference names the figure it points to`, async ({ page }) => {
    await page.goto(sitePath(path));
    const found = await figures(page);
    const prefix = prefixOf(path);
    expect(found.map((f) => f.number)).toEqual(found.map((_, i) => `${prefix}.${i + 1}`));
    for (const f of found) {
      expect(f.id, 'every figure has an id').toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.caption.startsWith(`Figuur ${f.number} — `), f.caption).toBe(true);
    }
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
    const byId = new Map(found.map((f) => [f.id, f.number]));
    const refs = await page
      .locator('article a.figref')
      .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    for (const ref of refs) {
      const id = ref.href.replace(/^#/, '');
      expect(ref.href.startsWith('#'), ref.href).toBe(true);
      expect(byId.has(id), `${ref.href} resolves to a figure on the page`).toBe(true);
      expect(ref.text).toBe(`figuur ${byId.get(id) ?? ''}`);
    }
  });
}

test('the financing chapter has the timeline, Regio Deals, co-financing and Agglomeratieprogramme figures, with cross-references', async ({ page }) => {
  await page.goto(sitePath(FINANCING));
  const ids = (await figures(page)).map((f) => f.id);
  for (const id of REQUIRED) expect(ids).toContain(id);
  const refs = page.locator('a.figref');
  expect(await refs.count()).toBeGreaterThan(0);
  await refs.first().click();
  const target = new URL(page.url()).hash;
  await expect(page.locator(`figure${target}`)).toBeInViewport();
});

test('every chart has an accessible name, a text summary, and a data table with one row per datum', async ({ page }) => {
  for (const path of CHAPTERS) {
    await page.goto(sitePath(path));
    const charts = page.locator('figure:has(svg.chart-svg)');
    const count = await charts.count();
    for (let i = 0; i < count; i += 1) {
      const figure = charts.nth(i);
      const id = await figure.getAttribute('id');
      const svgs = figure.locator('svg.chart-svg');
      const details = figure.locator('details.chart-data');
      await expect(details, `${path}#${id} has a table alternative`).toHaveCount(1);
      const rows = details.locator('table tbody tr');
      for (let s = 0; s < (await svgs.count()); s += 1) {
        const svg = svgs.nth(s);
        await expect(svg).toHaveAttribute('role', 'img');
        await expect(svg).toHaveAccessibleName(/.{10,}/);
        await expect(svg).toHaveAccessibleDescription(/.{40,}/);
        const datums = await svg.locator('[data-datum]').count();
        expect(datums, `${path}#${id}: svg ${s + 1} draws data`).toBeGreaterThan(0);
        expect(await rows.count(), `${path}#${id}: table rows = data in svg ${s + 1}`).toBe(datums);
      }
      await details.locator('summary').click();
      await expect(details.locator('table')).toBeVisible();
      await expect(details.locator('table caption')).not.toBeEmpty();
      await expect(figure.locator('.figure-source')).toHaveText(/^Bron: \S/);
    }
  }
});

test('derived numbers are marked "afgeleid", unknown ones "–", and the sources are named', async ({ page }) => {
  await page.goto(sitePath(FINANCING));
  const deals = page.locator('#fig-regio-deals-tranches');
  await expect(deals.locator('svg.chart-svg').first()).toContainText('≈ 4 deals (afgeleid)');
  await expect(deals.locator('details tbody tr').first()).toContainText('afgeleid');
  await expect(deals.locator('details tbody tr').first()).toContainText('–');
  await expect(deals.locator('.figure-source')).toContainText('Kamerstuk 29 697 nr. 90');
  const cofin = page.locator('#fig-cofinanciering');
  await expect(cofin.locator('svg.chart-svg')).toContainText('≥ 50%');
  await expect(cofin.locator('svg.chart-svg')).toContainText('30–50%');
  await expect(cofin.locator('svg.chart-svg')).toContainText('50–70%');
  await expect(cofin.locator('svg.chart-svg')).toContainText('niet vermeld in de lezing');
  const agglo = page.locator('#fig-agglomeratieprogrammas-generaties');
  await expect(agglo.locator('svg.chart-svg')).toContainText('1,34 mld. CHF');
  await expect(agglo.locator('.chart-summary')).toContainText('de bron splitst dat bedrag niet uit per generatie');
  await expect(agglo.locator('.chart-summary')).toContainText('federale beslissing daarover werd verwacht in 2026');
});

test('figures added by this website are marked as added context, like the Achtergrond boxes', async ({ page }) => {
  await page.goto(sitePath(FINANCING));
  for (const id of ['fig-regio-deals-tranches', 'fig-agglomeratieprogrammas-generaties', 'fig-tijdlijn-regiovorming', 'kaart-vervoerregios']) {
    const note = page.locator(`#${id} > .figure-added-note`);
    await expect(note, id).toContainText('Achtergrond');
    await expect(note, id).toBeVisible();
  }
  await expect(page.locator('#fig-regio-deals-tranches > .figure-added-note')).toContainText('geen bevinding uit de lezing');
});

test('the timeline lists every step with a Dutch date, and reads on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(sitePath(FINANCING));
  const timeline = page.locator('#fig-tijdlijn-regiovorming');
  const items = timeline.locator('ol.timeline > li');
  expect(await items.count()).toBe(await timeline.locator('details tbody tr').count());
  const dates = await timeline.locator('ol.timeline .timeline-when').evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent ?? ''));
  for (const date of dates)
    expect(date).toMatch(/^(\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?\d{4}$/);
  await expect(timeline).toContainText('20 juli 2018');
  await expect(timeline).toContainText('2023–2024');
  const box = await timeline.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
});

test('chart text is never clipped or overlapping, from a 320 px phone to a wide screen', async ({ page }) => {
  for (const width of [320, 414, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(sitePath(FINANCING));
    const problems = await page.locator('svg.chart-svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
        const out = texts
          .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
          .map(({ text }) => `${svg.id}: "${text}" is clipped`);
        texts.forEach((a, i) =>
          texts.slice(i + 1).forEach((b) => {
            if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
              out.push(`${svg.id}: "${a.text}" overlaps "${b.text}"`);
          }),
        );
        return out;
      }),
    );
    expect(problems, `at ${width} px`).toEqual([]);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`chart marks have at least 3:1 contrast against the page in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(sitePath(FINANCING));
    const marks = await page.locator('svg.chart-svg :is(.chart-bar, .chart-marker, .chart-period, .chart-open-line)').evaluateAll((nodes) =>
      nodes.map((n) => {
        const style = getComputedStyle(n);
        const filled = !n.classList.contains('is-outline') && !n.classList.contains('is-inferred') && !n.classList.contains('chart-open-line');
        return { cls: n.getAttribute('class') ?? '', colour: filled ? style.fill : style.stroke };
      }),
    );
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(marks.length).toBeGreaterThan(10);
    for (const mark of marks) expect(contrastRatio(mark.colour, background), `${mark.cls} ${mark.colour} on ${background}`).toBeGreaterThanOrEqual(3);
  });
}

test('on paper: charts and their tables print, figures do not break, the background is light', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(sitePath(FINANCING));
  const charts = page.locator('svg.chart-svg');
  expect(await charts.count()).toBeGreaterThan(3);
  for (let i = 0; i < (await charts.count()); i += 1) await expect(charts.nth(i)).toBeVisible();
  const printed = page.locator('.chart-data-print table');
  for (let i = 0; i < (await printed.count()); i += 1) await expect(printed.nth(i)).toBeVisible();
  await expect(page.locator('details.chart-data').first()).toBeHidden();
  const figure = page.locator('#fig-cofinanciering');
  expect(await figure.evaluate((n) => getComputedStyle(n).breakInside)).toBe('avoid');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(contrastRatio(background, '#ffffff')).toBeLessThan(1.1);
  const bar = await page
    .locator('#fig-cofinanciering .chart-bar')
    .first()
    .evaluate((n) => getComputedStyle(n).fill);
  expect(contrastRatio(bar, background)).toBeGreaterThanOrEqual(3);
});

test('"Achtergrond" boxes are labelled, separated from the lecture, name their sources and say what is uncertain', async ({ page }) => {
  await page.goto(sitePath(FINANCING));
  const boxes = page.locator('aside.achtergrond');
  expect(await boxes.count()).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < (await boxes.count()); i += 1) {
    const box = boxes.nth(i);
    await expect(box).toHaveAttribute('aria-label', /^Achtergrond: \S/);
    await expect(box.locator('.box-note')).toHaveText('Toegevoegde context, geen bevinding uit de lezing.');
    await expect(box.locator('.box-sources')).toHaveText(/^Bronn?e?n?: \S/);
    await expect(box.locator('h1, h2, h3, h4, h5, h6')).toHaveCount(0);
  }
  await expect(page.getByRole('complementary', { name: 'Achtergrond: Wat is een vervoerregio?' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Achtergrond: Wat is een referentieregio?' })).toBeVisible();
  const mergers = page.getByRole('complementary', { name: 'Achtergrond: Wat veranderden de gemeentefusies van 2025?' });
  await expect(mergers).toContainText('285');
  await expect(mergers.locator('.box-uncertain')).toContainText('Beveren-Kruibeke-Zwijndrecht');
  await expect(mergers.locator('.box-uncertain')).toContainText('Onzeker');
  await expect(mergers.locator('.box-uncertain')).toContainText('Provincies in Cijfers');
});

test('every Achtergrond box, chart and map names at least one registered source', async ({ page }) => {
  const labels = Object.values(SOURCES);
  let checked = 0;
  for (const path of CHAPTERS) {
    await page.goto(sitePath(path));
    const lines = await page.locator('article .achtergrond .box-sources, article figure.figure > .figure-source').allTextContents();
    for (const line of lines) {
      expect(
        labels.some((label) => line.includes(label)),
        `${path}: "${line.slice(0, 120)}…" names no registered source`,
      ).toBe(true);
      checked += 1;
    }
  }
  expect(checked, 'boxes and figures found').toBeGreaterThanOrEqual(15);
});

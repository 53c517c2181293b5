import { expect, test, type Page } from '@playwright/test';
import { MAPS } from './maps.ts';
import { sitePath } from './site.ts';

/** Pairs of visible label boxes (by their text) that overlap by more than half a pixel. */
async function collisions(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((nodes) => {
    const boxes = nodes
      .filter((n) => getComputedStyle(n).visibility !== 'hidden' && getComputedStyle(n).display !== 'none')
      .map((n) => ({ text: (n.textContent ?? '').trim(), r: n.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 0.5 && y > 0.5) out.push(`"${a.text}" × "${b.text}"`);
      }),
    );
    return out;
  });
}

for (const width of [360, 390, 768, 1280]) {
  for (const map of MAPS) {
    test(`${map.path} (${map.tag}) at ${width} px: no two labels overlap, on the live map and on the static SVG`, async ({ browser }) => {
      const live = await browser.newPage({ viewport: { width, height: 900 } });
      await live.goto(sitePath(map.path));
      const element = live.locator(map.tag);
      await element.locator('.map-frame').scrollIntoViewIfNeeded();
      await expect(element).toHaveAttribute('data-live', 'true');
      // The labels are placed just after the map's first frame.
      await expect(element.locator('.map-live')).toHaveAttribute('data-labels', 'placed');
      const shown = element.locator(`${map.live}:not(.is-decluttered)`);
      expect(await shown.count()).toBeGreaterThan(width >= 768 ? 8 : 3);
      expect(await collisions(live, `${map.tag} ${map.live}`)).toEqual([]);
      await live.close();

      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const still = await context.newPage();
      await still.goto(sitePath(map.path));
      await expect(still.locator(`${map.tag} svg.map-static ${map.static}`).first()).toBeVisible();
      expect(await collisions(still, `${map.tag} svg.map-static ${map.static}`)).toEqual([]);
      await context.close();
    });
  }
}

for (const tag of ['region-map', 'refreg-map']) {
  test(`/bestuurlijke-realiteit/ (${tag}) at 390 px: a taller live map, Flanders at full width, no label under the buttons`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(sitePath('/bestuurlijke-realiteit/'));
    const element = page.locator(tag);
    await element.locator('.map-frame').scrollIntoViewIfNeeded();
    await expect(element).toHaveAttribute('data-live', 'true');
    await expect(element.locator('.map-live')).toHaveAttribute('data-labels', 'placed');
    const frame = await element.locator('.map-frame').boundingBox();
    expect(frame?.height ?? 0).toBeGreaterThanOrEqual(250);
    const layout = await element.evaluate((root) => {
      const box = (n: Element): DOMRect => n.getBoundingClientRect();
      const controls = [...root.querySelectorAll('.leaflet-control')].map(box);
      const labels = [...root.querySelectorAll('.leaflet-tooltip.region-label')]
        .filter((n) => getComputedStyle(n).visibility !== 'hidden' && getComputedStyle(n).display !== 'none')
        .map((n) => ({ text: (n.textContent ?? '').trim(), r: box(n) }));
      const covered = labels
        .filter(({ r }) =>
          controls.some((c) => Math.min(r.right, c.right) - Math.max(r.left, c.left) > 0.5 && Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 0.5),
        )
        .map(({ text }) => text);
      const paths = [...root.querySelectorAll('.leaflet-overlay-pane path')].map(box).filter((r) => r.width > 0);
      const left = Math.min(...paths.map((r) => r.left));
      const right = Math.max(...paths.map((r) => r.right));
      return { covered, shown: labels.length, drawnWidth: right - left };
    });
    expect(layout.covered).toEqual([]);
    expect(layout.shown).toBeGreaterThan(3);
    // Flanders (with Brussels and the outer context) drawn across most of the 358 px frame, not shrunk beside the buttons.
    expect(layout.drawnWidth).toBeGreaterThanOrEqual(300);
    await page.close();
  });
}

import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { MAPS } from './maps.ts';
import { sitePath } from './site.ts';

// A phone: 390 px wide, touch screen, real touch events through the DevTools protocol.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

type Point = [number, number];

/** Moves each finger from its start to its end point in 10 steps, as real touch events. */
async function gesture(cdp: CDPSession, fingers: Array<{ from: Point; to: Point }>): Promise<void> {
  const at = (t: number) => fingers.map(({ from, to }, id) => ({ x: from[0] + (to[0] - from[0]) * t, y: from[1] + (to[1] - from[1]) * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function openLive(page: Page, path: string, tag: string) {
  await page.goto(sitePath(path));
  const map = page.locator(tag);
  await expect(map).toHaveCount(1);
  await map.locator('.map-frame').scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-live', 'true');
  const box = await map.locator('.leaflet-container').boundingBox();
  expect(box).not.toBeNull();
  return { map, box: box ?? { x: 0, y: 0, width: 0, height: 0 }, cdp: await page.context().newCDPSession(page) };
}

for (const { path, tag } of MAPS) {
  test(`${path} (${tag}): one finger over the live map scrolls the page and shows the two-finger hint`, async ({ page }) => {
    const { map, box, cdp } = await openLive(page, path, tag);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const before = await page.evaluate(() => window.scrollY);
    await gesture(cdp, [{ from: [x, y + 40], to: [x, y - 160] }]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50);
    await expect(map.locator('.map-gesture-hint')).toHaveText('Gebruik twee vingers om de kaart te verschuiven of te zoomen.');
  });

  test(`${path} (${tag}): two fingers move the map`, async ({ page }) => {
    const { map, box, cdp } = await openLive(page, path, tag);
    const drawn = map.locator('.leaflet-overlay-pane svg');
    const transform = () => drawn.evaluate((svg) => `${svg.getAttribute('viewBox') ?? ''} ${(svg as SVGElement).style.transform}`);
    const before = await transform();
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2;
    await gesture(cdp, [
      { from: [x - 60, y], to: [x - 120, y] },
      { from: [x + 60, y], to: [x + 120, y] },
    ]);
    await expect.poll(transform).not.toBe(before);
    await expect(map.locator('.map-gesture-hint')).toBeHidden();
  });
}

/** Controls and legend entries a map has at least (zoom, reset and its legend or layer choices); other maps: 3. */
const MIN_TARGETS: Record<string, number> = { 'region-map': 18, 'meetjesland-map': 21 };

test('tap targets of the map controls and the legend are at least 24 × 24 CSS px (WCAG 2.5.8)', async ({ page }) => {
  test.setTimeout(30_000 * MAPS.length);
  const small: string[] = [];
  for (const { path, tag } of MAPS) {
    const { map } = await openLive(page, path, tag);
    const targets = map.locator(
      '.leaflet-control a, .leaflet-control button, .map-legend button, .map-sets label, .mj-controls label, .mj-controls button, .mj-controls select',
    );
    expect(await targets.count()).toBeGreaterThanOrEqual(MIN_TARGETS[tag] ?? 3);
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      if (box && (box.width < 24 || box.height < 24))
        small.push(`${path} ${await target.evaluate((n) => n.outerHTML.slice(0, 80))}: ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`);
    }
  }
  expect(small).toEqual([]);
});

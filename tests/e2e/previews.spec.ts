import { expect, test, type Locator } from '@playwright/test';
import { sitePath } from './site.ts';
import { axeViolations } from './watch.ts';

/** The toggle after a link, and the popover it opens. */
function previewOf(link: Locator): { toggle: Locator; card: Locator } {
  return { toggle: link.locator('xpath=following-sibling::*[1][self::button]'), card: link.locator('xpath=following-sibling::*[2][@popover]') };
}

const isOpen = (card: Locator) => card.evaluate((el) => el.matches(':popover-open'));
const focusedIn = (card: Locator) => card.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

test.describe('desk', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a glossary term: click opens the entry as /begrippen/ shows it, with its provenance and the full link; Escape closes and focus returns', async ({
    page,
  }) => {
    await page.goto(sitePath('/begrippen/'));
    const entry = page.locator('dl.glossary > dt#governance + dd');
    const definition = (await entry.locator('p').first().innerText()).trim();
    const origin = (await entry.locator('.glossary-origin').innerText()).trim();

    await page.goto(sitePath('/lessen/2-coordinatieplatform/'));
    const link = page.locator('article .prose a.term-link[href="/lezing/begrippen/#governance"]');
    const { toggle, card } = previewOf(link);
    await expect(toggle).toHaveAccessibleName('Toon uitleg bij ‘governance’');
    await expect(card).toBeHidden();
    await toggle.click();
    await expect(card).toBeVisible();
    expect(await isOpen(card)).toBe(true);
    await expect(card).toHaveAttribute('role', 'dialog');
    await expect(card).toHaveAccessibleName('governance');
    await expect(card).toContainText(definition);
    await expect(card).toContainText(origin);
    // The explanation is the site's, as on /begrippen/: marked Achtergrond.
    await expect(card.locator('.preview-kicker')).toContainText('Achtergrond');
    await expect(card.getByRole('link', { name: 'Naar het begrip in Begrippen' })).toHaveAttribute('href', '/lezing/begrippen/#governance');
    expect(await focusedIn(card)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('keyboard: Enter opens, Tab reaches the full link, Escape closes and returns focus, a click outside closes', async ({ page }) => {
    await page.goto(sitePath('/lessen/2-coordinatieplatform/'));
    const link = page.locator('article .prose a[href="/lezing/bestuurlijke-realiteit/#regio-deals-governance"]:not(.preview a)').first();
    const { toggle, card } = previewOf(link);
    await link.focus();
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
    await page.keyboard.press('Tab');
    const more = card.getByRole('link', { name: 'Lees de hele sectie' });
    await expect(more).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(toggle).toBeFocused();

    await toggle.click();
    await expect(card).toBeVisible();
    await page.mouse.click(5, 450);
    await expect(card).toBeHidden();
  });

  test("a section of another chapter: the preview shows that section's first lines, read from the chapter itself", async ({ page }) => {
    await page.goto(sitePath('/bestuurlijke-realiteit/'));
    const first = (await page.locator('h3#regio-deals-governance').locator('xpath=../following-sibling::ul[1]/li[1]').innerText()).trim();
    await page.goto(sitePath('/lessen/2-coordinatieplatform/'));
    const link = page.locator('article .prose a[href="/lezing/bestuurlijke-realiteit/#regio-deals-governance"]:not(.preview a)').first();
    const { toggle, card } = previewOf(link);
    await toggle.click();
    await expect(card.locator('.preview-title')).toHaveText('De Nederlandse Regio Deals: Governance');
    await expect(card).toContainText(first.slice(0, 80));
    await card.getByRole('link', { name: 'Lees de hele sectie' }).click();
    await expect(page).toHaveURL(/\/lezing\/bestuurlijke-realiteit\/#regio-deals-governance$/);
  });

  test("a figure reference: the preview shows the figure's label, caption, Achtergrond note and a thumbnail of its drawing", async ({ page }) => {
    await page.goto(sitePath('/bestuurlijke-realiteit/'));
    const link = page.locator('article .prose a.figref[data-figref="fig-regio-deals-tranches"]').first();
    const figure = page.locator('figure#fig-regio-deals-tranches');
    const caption = (await figure.locator('figcaption').innerText()).replace(/^Figuur [\dL.]+\s*—\s*/, '').trim();
    const { toggle, card } = previewOf(link);
    await toggle.click();
    await expect(card.locator('.preview-title')).toHaveText((await figure.locator('.figure-label').innerText()).trim());
    await expect(card).toHaveAccessibleName(/^Figuur 2\.\d+$/);
    await expect(card.locator('.preview-body')).toContainText(caption);
    // The figure is context added by the site: its Achtergrond note comes along.
    await expect(card.locator('.figure-added-note')).toContainText('Achtergrond');
    const thumb = card.locator('svg.preview-thumb');
    const box = await thumb.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(40);
    const target = await thumb.locator('use').getAttribute('href');
    await expect(figure.locator(`svg${target ?? '#none'}`)).toHaveCount(1);
  });

  test('on paper the page prints the text it had: no toggles, no cards', async ({ page }) => {
    await page.goto(sitePath('/lessen/2-coordinatieplatform/'));
    const paragraph = page
      .locator('article .prose :is(p, li)')
      .filter({ has: page.locator('a.term-link[href$="#governance"]') })
      .last();
    const toggle = paragraph.locator('.preview-toggle').first();
    await expect(toggle).toBeVisible();
    await toggle.click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.preview-toggle:visible, .preview:visible')).toHaveCount(0);
    const printed = await paragraph.innerText();
    const plain = await paragraph.evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.preview-toggle, .preview').forEach((el) => el.remove());
      return copy.textContent;
    });
    expect(printed.replace(/\s+/g, ' ').trim()).toBe(plain.replace(/\s+/g, ' ').trim());
  });

  for (const [path, selector] of [
    ['/lessen/2-coordinatieplatform/', 'a.term-link[href="/lezing/begrippen/#governance"]'],
    ['/bestuurlijke-realiteit/', 'a.figref[data-figref="fig-regio-deals-tranches"]'],
  ] as const) {
    test(`${path}: with a preview open, no WCAG 2.2 A/AA violation in light and dark`, async ({ page }) => {
      await page.goto(sitePath(path));
      const { toggle, card } = previewOf(page.locator(`article .prose ${selector}:not(.preview a)`).first());
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        if (!(await isOpen(card))) await toggle.click();
        await expect(card).toBeVisible();
        expect(await axeViolations(page), scheme).toEqual([]);
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the popover still opens (declarative Popover API) and the plain link still works', async ({ page }) => {
    await page.goto(sitePath('/lessen/2-coordinatieplatform/'));
    const link = page.locator('article .prose a.term-link[href="/lezing/begrippen/#governance"]');
    const { toggle, card } = previewOf(link);
    await toggle.click();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(/\/lezing\/begrippen\/#governance$/);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const [path, selector] of [
    ['/lessen/2-coordinatieplatform/', 'a.term-link[href="/lezing/begrippen/#governance"]'],
    ['/lessen/2-coordinatieplatform/', 'a[href="/lezing/bestuurlijke-realiteit/#agglomeratieprogrammas-governance"]'],
    ['/bestuurlijke-realiteit/', 'a.figref[data-figref="fig-agglomeratieprogrammas-generaties"]'],
  ] as const) {
    test(`${path} ${selector}: a tap opens the preview inside the 360 px screen without covering the line it explains; a tap outside closes it`, async ({
      page,
    }) => {
      await page.goto(sitePath(path));
      const link = page.locator(`article .prose ${selector}:not(.preview a)`).first();
      const { toggle, card } = previewOf(link);
      await toggle.scrollIntoViewIfNeeded();
      const button = await toggle.boundingBox();
      expect(button).not.toBeNull();
      if (!button) return;
      expect(Math.min(button.width, button.height)).toBeGreaterThanOrEqual(24);
      await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
      await expect(card).toBeVisible();
      const box = await card.boundingBox();
      const line = (await link.boundingBox()) ?? button;
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      const top = Math.min(line.y, button.y);
      const bottom = Math.max(line.y + line.height, button.y + button.height);
      expect(box.y >= bottom - 1 || box.y + box.height <= top + 1, `card ${JSON.stringify(box)} covers the line ${top}–${bottom}`).toBe(true);
      // A tap outside the card, away from the line: light dismiss.
      const outside = box.y > bottom ? Math.max(4, top - 40) : Math.min(736, bottom + 40);
      await page.touchscreen.tap(8, outside);
      await expect(card).toBeHidden();
    });
  }
});

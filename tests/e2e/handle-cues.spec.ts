// What a learner sees of a handle in hand and of the focus: the tap-tap prompt with a way out
// that needs no keyboard, the value beside a dragged tip, thick focus rings, pressed toggles.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { centre, worldToPage } from './helpers';

const handleA = (page: Page) => page.getByRole('button', { name: /^vector a:/ });
const handleB = (page: Page) => page.getByRole('button', { name: /^vector b:/ });

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('tap-tap placing', () => {
  test('the prompt says a second tap cancels, has a Cancel button, and keeps off the handle', async ({ page }) => {
    // b near the top edge of the plane, where a banner would sit.
    await page.goto('/#/vectors?a=3,-2&b=-2,6');
    await handleB(page).click();
    const prompt = page.getByText('Tap the plane where vector b should go');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('tap it again to cancel');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeVisible();
    const handle = (await handleB(page).boundingBox())!;
    expect(overlaps((await prompt.boundingBox())!, handle), 'the prompt covers the picked-up handle').toBe(false);
    expect(overlaps((await cancel.boundingBox())!, handle), 'Cancel covers the picked-up handle').toBe(false);
    // Slim: one line of text, not a block over the plane.
    expect((await prompt.boundingBox())!.height).toBeLessThan(40);
    await cancel.click();
    await expect(prompt).toHaveCount(0);
    await expect(handleB(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(handleB(page)).toHaveAccessibleName('vector b: left 2, up 6');
  });

  test('tapping the handle again cancels', async ({ page }) => {
    await page.goto('/#/vectors');
    await handleA(page).click();
    await expect(handleA(page)).toHaveAttribute('aria-pressed', 'true');
    await handleA(page).click();
    await expect(handleA(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText('Tap the plane where vector a should go')).toHaveCount(0);
  });
});

test.describe('the value beside a handle in hand', () => {
  test('a mouse drag shows the coordinates with true minus signs, until the drag ends', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const toPage = await worldToPage(page, { locator: handleA(page), world: [3, -2] }, { locator: handleB(page), world: [-2, 5] });
    const from = await centre(handleA(page));
    const to = toPage([4, -3]);
    await page.mouse.move(from[0], from[1]);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 8 });
    const readout = page.locator('svg text', { hasText: '(4, −3)' });
    await expect(readout).toBeVisible();
    await page.mouse.up();
    await expect(readout).toHaveCount(0);
  });

  test('under a finger it sits above and to the left of the tip, readable in presentation mode', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/#/vectors?a=3,-2&b=-2,5&present=1');
    const toPage = await worldToPage(page, { locator: handleA(page), world: [3, -2] }, { locator: handleB(page), world: [-2, 5] });
    const from = await centre(handleA(page));
    const to = toPage([2, -1]);
    const cdp = await context.newCDPSession(page);
    const point = (p: readonly [number, number]) => [{ x: p[0], y: p[1], id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: point([from[0] + ((to[0] - from[0]) * i) / 8, from[1] + ((to[1] - from[1]) * i) / 8]),
      });
    const readout = page.locator('svg text', { hasText: '(2, −1)' });
    await expect(readout).toBeVisible();
    const box = (await readout.boundingBox())!;
    const tip = await centre(handleA(page));
    expect(box.x + box.width, 'right edge left of the finger').toBeLessThan(tip[0]);
    expect(box.y + box.height, 'bottom edge above the finger').toBeLessThan(tip[1]);
    expect(await readout.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(readout).toHaveCount(0);
    await context.close();
  });

  test('a picked-up handle shows its value too', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2');
    await handleA(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('svg text', { hasText: '(3, −2)' })).toBeVisible();
  });
});

test.describe('focus and pressed states', () => {
  const ringWidth = (handle: Locator) =>
    handle.evaluate((g) => {
      const widths = [...g.querySelectorAll('circle')].map((c) => getComputedStyle(c)).filter((s) => s.stroke !== 'none' && s.fill === 'none');
      return Math.max(0, ...widths.map((s) => parseFloat(s.strokeWidth)));
    });

  test('a focused handle has a ring of 3 px or more in presentation mode', async ({ page }) => {
    await page.goto('/#/vectors?present=1');
    await handleB(page).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(handleB(page)).toBeFocused();
    expect(await ringWidth(handleB(page))).toBeGreaterThanOrEqual(3);
  });

  test('focused controls have a thick offset ring: 2 px or more, 3 px presenting', async ({ page }) => {
    for (const [query, least] of [
      ['', 2],
      ['present=1', 3],
    ] as const) {
      await page.goto(`/#/vectors?${query}`);
      const reset = page.getByRole('button', { name: 'Reset view' });
      await reset.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(reset).toBeFocused();
      const ring = await reset.evaluate((el) => {
        const s = getComputedStyle(el);
        return { width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset), style: s.outlineStyle };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(least);
      expect(ring.offset).toBeGreaterThanOrEqual(2);
    }
  });

  test('a pressed toggle is filled, not ringed, and keeps its name', async ({ page }) => {
    // Wide enough for the top bar's tools in one row, outside the menu.
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/#/vectors?theme=light');
    const dark = page.getByRole('button', { name: 'Dark theme' });
    await expect(dark).toHaveAttribute('aria-pressed', 'false');
    const look = () =>
      dark.evaluate((el) => {
        const s = getComputedStyle(el);
        return { bg: s.backgroundColor, shadow: s.boxShadow };
      });
    const off = await look();
    await dark.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
    await expect(dark).toHaveAccessibleName('Dark theme');
    await page.mouse.click(5, 400); // blur, so only the pressed state shows
    const on = await look();
    expect(on.shadow).toBe('none');
    // Filled with the text colour: light on dark, the inverse of the page.
    expect(on.bg).toBe('rgb(236, 236, 236)');
    expect(on.bg).not.toBe(off.bg);
  });
});

import { expect, test } from '@playwright/test';
import { centre, mouseDrag } from './helpers';

const handleA = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^vector a:/ });

test.describe('the Plane', () => {
  test('dragging the background pans, the wheel zooms, and Reset view returns', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const before = await centre(handleA(page));
    const plane = page.getByRole('group', { name: 'Plane with vectors a and b' });
    const box = (await plane.boundingBox())!;
    // An empty spot in the upper right of the plane.
    const empty: [number, number] = [box.x + box.width - 80, box.y + 60];
    await mouseDrag(page, empty, [empty[0] - 100, empty[1] + 50]);
    const panned = await centre(handleA(page));
    expect(panned[0] - before[0]).toBeCloseTo(-100, 0);
    expect(panned[1] - before[1]).toBeCloseTo(50, 0);
    // Panning moved the view, not the vector.
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 3, down 2');

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => {
        const p = await centre(handleA(page));
        return Math.hypot(p[0] - box.x - box.width / 2, p[1] - box.y - box.height / 2);
      })
      .toBeGreaterThan(Math.hypot(panned[0] - box.x - box.width / 2, panned[1] - box.y - box.height / 2) * 1.3);

    await page.getByRole('button', { name: 'Reset view' }).click();
    const reset = await centre(handleA(page));
    expect(reset[0]).toBeCloseTo(before[0], 0);
    expect(reset[1]).toBeCloseTo(before[1], 0);
  });

  test('the grid keeps labelled lines 60–140 px apart when zooming out', async ({ page }) => {
    await page.goto('/#/vectors');
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 6; i++) {
      await zoomOut.click();
      const xs = await page
        .locator('svg .ticks text[text-anchor="middle"]')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x + e.getBoundingClientRect().width / 2).sort((p, q) => p - q));
      // Neighbouring labels; the origin's "0" sits apart, so the gap across it is skipped.
      const gaps = xs
        .slice(1)
        .map((x, j) => x - xs[j])
        .sort((p, q) => p - q);
      expect(gaps.length).toBeGreaterThan(3);
      expect(gaps[0]).toBeGreaterThanOrEqual(59);
      expect(gaps[gaps.length - 2]).toBeLessThanOrEqual(141);
    }
  });

  test('a finished drag makes one history entry, however many moves it had', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const start = await centre(handleA(page));
    const before = await page.evaluate(() => history.length);
    await page.mouse.move(start[0], start[1]);
    await page.mouse.down();
    for (let i = 1; i <= 120; i++) await page.mouse.move(start[0] + Math.sin(i / 10) * 150, start[1] - i);
    await page.mouse.up();
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  test('snapping can be switched off, and Alt drags freely', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const start = await centre(handleA(page));
    await page.keyboard.down('Alt');
    await mouseDrag(page, start, [start[0] + 17, start[1] - 23]);
    await page.keyboard.up('Alt');
    const name = await handleA(page).getAttribute('aria-label');
    expect(name).toMatch(/^vector a: right 3\.\d+, down 1\.\d+$/);
    await page.getByRole('checkbox', { name: 'Snap to grid' }).uncheck();
    const now = await centre(handleA(page));
    await mouseDrag(page, now, [now[0] + 13, now[1]]);
    expect(await handleA(page).getAttribute('aria-label')).not.toMatch(/right [0-9]+,/);
  });

  test('Escape cancels a tap-tap placement', async ({ page }) => {
    await page.goto('/#/vectors');
    await handleA(page).click();
    await expect(page.getByText('Tap the plane where vector a should go')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByText('Tap the plane where vector a should go')).toHaveCount(0);
    await expect(handleA(page)).toHaveAttribute('aria-pressed', 'false');
  });
});

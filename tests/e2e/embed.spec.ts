// embed=1: the plane and the scene's panel alone, sized to an iframe's frame, for a slide or a course page.
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

test.describe('Embedded (embed=1)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('hides the top bar and fits the plane and the panel into a 640 × 400 frame', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4&embed=1');
    const plane = page.getByRole('group', { name: 'Plane transformed by matrix A' });
    const panel = page.getByRole('complementary', { name: 'Transform panel' });
    await expect(plane).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Transform' })).toBeVisible();
    // No app chrome: no scene links, no navigation landmark, no app-wide buttons.
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Vectors' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share link' })).toHaveCount(0);
    // The scene's own controls stay: the matrix, undo, export.
    await expect(panel.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Download PNG', exact: true })).toBeVisible();

    const p = (await plane.boundingBox())!;
    const q = (await panel.boundingBox())!;
    // Side by side, filling the frame from its top: the plane keeps most of it.
    expect(p.x).toBe(0);
    expect(p.y).toBe(0);
    expect(p.height).toBe(400);
    expect(p.width).toBeGreaterThanOrEqual(360);
    expect(q.x + q.width).toBeLessThanOrEqual(640);
    expect(q.y).toBe(0);
    expect(q.height).toBe(400);
    // Nothing spills out of the frame.
    const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect(scroll).toEqual([640, 400]);

    // The panel collapses as ever, and the plane takes the whole frame.
    await panel.getByRole('button', { name: 'Hide panel' }).click();
    await expect(panel).toBeHidden();
    await expect.poll(async () => (await plane.boundingBox())?.width).toBe(640);
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect(panel).toBeVisible();
    noErrors();
  });

  test('presentation and theme keys still apply', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors?embed=1&present=1&theme=dark');
    await expect(page.getByRole('group', { name: 'Plane with vectors a and b' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    noErrors();
  });

  test('a bad embed value is named, and the app shows its chrome', async ({ page }) => {
    await page.goto('/#/vectors?embed=yes');
    await expect(page.getByText('“yes” should be 1 or 0')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Vector Playground' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
  });
});

test('an iframe of the README’s snippet shows the scene and nothing else', async ({ page, baseURL }) => {
  const src = `${baseURL}/#/transform?m=1,2,3,4&embed=1`;
  await page.setContent(`<!doctype html><title>A course page</title>
    <iframe src="${src}" title="Vector Playground: a matrix moves the plane" width="640" height="400" style="border:0"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('group', { name: 'Plane transformed by matrix A' })).toBeVisible();
  await expect(frame.getByRole('complementary', { name: 'Transform panel' })).toBeVisible();
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  // The link opens exactly that scene: A is [[1, 2], [3, 4]].
  await expect(frame.getByRole('button', { name: 'i-hat, first column: 1, 3' })).toBeVisible();
  const box = (await frame.getByRole('group', { name: 'Plane transformed by matrix A' }).boundingBox())!;
  expect(box.height).toBe(400);
});

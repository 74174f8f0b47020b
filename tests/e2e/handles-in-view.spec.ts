// Handles and vectors stay findable: keys and placements pan the view to keep the focused
// handle on screen, a drag stays inside the plane, and a tip out of view has a marker at the edge.
import { expect, test, type Page } from '@playwright/test';
import { centre, hashOf } from './helpers';

const handleB = (page: Page) => page.getByRole('button', { name: /^vector b:/ });

const planeBox = (page: Page, name: string) => page.getByRole('group', { name }).boundingBox();

test('arrow keys that take b off the edge pan the view so b stays in sight (presenting)', async ({ page }) => {
  await page.goto('/#/vectors?present=1');
  const b = handleB(page);
  await b.focus();
  for (let i = 0; i < 5; i++) await b.press('ArrowLeft');
  await expect(b).toHaveAccessibleName('vector b: left 7, up 5');
  const plane = (await planeBox(page, 'Plane with vectors a and b'))!;
  await expect
    .poll(async () => {
      const [x, y] = await centre(b);
      return Math.min(x - plane.x, plane.x + plane.width - x, y - plane.y, plane.y + plane.height - y);
    })
    .toBeGreaterThanOrEqual(40);
  await expect(b).toBeFocused();
});

test('a drag past the edge keeps the tip inside the plane', async ({ page }) => {
  await page.goto('/#/vectors?a=3,-2&b=-2,5');
  const plane = (await planeBox(page, 'Plane with vectors a and b'))!;
  const [x, y] = await centre(handleB(page));
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(plane.x - 200, y, { steps: 10 });
  await page.mouse.up();
  const [bx] = await centre(handleB(page));
  expect(bx).toBeGreaterThanOrEqual(plane.x + 10);
});

test('a vector whose tip is out of view has a marker at the edge that brings it back', async ({ page }) => {
  await page.goto('/#/transform?m=1,2,3,4&x=5,6&show=x');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  const marker = page.getByRole('button', { name: 'Ax is off screen at (17, 39): show it' });
  await expect(marker).toBeVisible();
  await expect(marker).toContainText('Ax = (17, 39)');
  const plane = (await planeBox(page, 'Plane transformed by matrix A'))!;
  const box = (await marker.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(plane.x);
  expect(box.x + box.width).toBeLessThanOrEqual(plane.x + plane.width);
  expect(box.y).toBeGreaterThanOrEqual(plane.y);
  await marker.click();
  await expect(marker).toHaveCount(0);
  // The view changed, not the scene.
  expect(hashOf(page)).toContain('x=5,6');
});

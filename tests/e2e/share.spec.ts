// "Share link" copies what a teacher means: the scene at rest, and the view they zoomed to.
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const copied = async (page: import('@playwright/test').Page) => {
  // At 1280 px the top bar's tools are in its menu.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  return decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()));
};

test('sharing mid-animation copies where the animation ends, not t = 0.77…', async ({ page }) => {
  await page.goto('/#/transform?m=1,2,3,4&x=5,6');
  await page.getByRole('button', { name: 'Play from I' }).click();
  const link = await copied(page);
  expect(link).toContain('#/transform?m=1,2,3,4&x=5,6');
  expect(link).not.toMatch(/[?&]t=/);
});

test('after zooming, the link carries the view, and opening it shows that region', async ({ page }) => {
  await page.goto('/#/vectors?a=3,-2&b=-2,5&theme=dark');
  expect(await copied(page)).not.toContain('box=');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const link = await copied(page);
  expect(link).toMatch(/#\/vectors\?a=3,-2&b=-2,5&.*box=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+/);
  expect(link).toContain('theme=dark');
  const a = await page.getByRole('button', { name: /^vector a:/ }).boundingBox();
  await page.goto('about:blank');
  await page.goto(link);
  const again = await page.getByRole('button', { name: /^vector a:/ }).boundingBox();
  expect(Math.abs(again!.x - a!.x)).toBeLessThan(8);
  expect(Math.abs(again!.y - a!.y)).toBeLessThan(8);
});

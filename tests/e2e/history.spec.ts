// History: one entry per meaningful edit (a drag, a typed value, a preset); switches of what is
// drawn rewrite the current entry, so nine toggles never need nine Backs.
import { expect, test } from '@playwright/test';
import { hashOf } from './helpers';

test('toggles rewrite the current history entry; a key move makes one, and Back undoes the move with its toggles', async ({ page }) => {
  await page.goto('/#/vectors?a=3,-2&b=-2,5');
  const before = await page.evaluate(() => history.length);
  for (const name of ['Draw a + b (tip to tail, parallelogram)', 'Draw a − b', 'Draw the angle θ'])
    await page.getByRole('checkbox', { name }).check();
  await expect.poll(() => hashOf(page)).toContain('show=components,sum,diff,angle');
  expect(await page.evaluate(() => history.length)).toBe(before);

  await page.getByRole('button', { name: /^vector a:/ }).press('ArrowUp');
  await expect.poll(() => page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect.poll(() => hashOf(page)).toContain('a=3,-2&');
  await expect(page.getByRole('checkbox', { name: 'Draw a − b' })).toBeChecked();
});

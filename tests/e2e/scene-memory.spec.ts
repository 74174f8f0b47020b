// Switching scenes with the top bar comes back to where each scene was; a pasted link opens what it says.
import { expect, test } from '@playwright/test';
import { hashOf } from './helpers';

test('the top bar brings a scene back as it was left', async ({ page }) => {
  await page.goto('/#/transform?m=3,0,0,3&present=1');
  await expect(page.getByRole('heading', { name: 'Transform', exact: true })).toBeVisible();
  const bar = page.getByRole('banner');
  // Presenting at 1280 px the scene links are in the bar's menu.
  const go = async (name: string) => {
    await bar.getByRole('button', { name: 'Menu' }).click();
    await bar.getByRole('link', { name, exact: true }).click();
  };
  await go('Vectors');
  await expect(page.getByRole('heading', { name: 'Vectors', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^vector a:/ }).press('ArrowUp');
  await go('Transform');
  await expect.poll(() => hashOf(page)).toContain('m=3,0,0,3');
  expect(hashOf(page)).toContain('present=1');
  await expect(page.getByRole('button', { name: /^i-hat, first column:/ })).toHaveAccessibleName('i-hat, first column: 3, 0');
  await go('Vectors');
  await expect(page.getByRole('button', { name: /^vector a:/ })).toHaveAccessibleName('vector a: right 3, down 1');
});

test('a link someone pastes opens exactly what it says', async ({ page }) => {
  await page.goto('/#/transform?m=3,0,0,3');
  await page.getByRole('banner').getByRole('link', { name: 'Vectors', exact: true }).click();
  await page.goto('/#/transform?m=2,0,0,2');
  await expect(page.getByRole('button', { name: /^i-hat, first column:/ })).toHaveAccessibleName('i-hat, first column: 2, 0');
  await page.goto('/#/transform');
  await expect(page.getByRole('button', { name: /^i-hat, first column:/ })).not.toHaveAccessibleName('i-hat, first column: 3, 0');
});

// What a keyboard and screen-reader user meets: Tab in reading order, names and values said once.
import { expect, test, type Page } from '@playwright/test';

/** The accessible names of the plane's handles in Tab order. */
async function handleOrder(page: Page): Promise<string[]> {
  await page.locator('[data-handle]').first().waitFor();
  return page
    .locator('[data-handle]')
    .evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').map((e) => e.getAttribute('data-handle') ?? ''));
}

test('Tab meets the handles in reading order: a then b; î, ĵ, then x', async ({ page }) => {
  await page.goto('/#/vectors?a=3,-2&b=-2,5');
  expect(await handleOrder(page)).toEqual(['a', 'b']);
  await page.goto('/#/transform?m=1,2,3,4&x=1,1&show=x');
  expect(await handleOrder(page)).toEqual(['i', 'j', 'x']);
});

test('sliders say their value once: “scalar k, 2”, not “k = k = 2”', async ({ page }) => {
  await page.goto('/#/vectors?k=2');
  const k = page.getByRole('slider', { name: 'scalar k' });
  await expect(k).toHaveAttribute('aria-valuetext', '2');
  await page.goto('/#/transform?t=0.5');
  await expect(page.getByRole('slider', { name: 'animation time t' })).toHaveAttribute('aria-valuetext', '0.5');
});

test('moving the start p in the Descent scene says f(p) and ∇f(p), not only where p is', async ({ page }) => {
  await page.goto('/#/gradient?f=x^2+3y^2&p=2,1');
  const p = page.getByRole('button', { name: /^start p:/ });
  await p.focus();
  await p.press('ArrowLeft');
  await expect(page.getByRole('status').filter({ hasText: 'the gradient' })).toHaveText(/f\(p\) = \d.*the gradient ∇f\(p\) = \[/);
});

test('î and ĵ are named as a screen reader says them well, “i-hat”, and still drawn as î and ĵ', async ({ page }) => {
  await page.goto('/#/transform?m=1,2,3,4');
  await expect(page.getByRole('button', { name: 'i-hat, first column: 1, 3' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'j-hat, second column: 2, 4' })).toBeVisible();
  await expect(page.locator('svg text', { hasText: /^î$/ })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { centre, hashOf, mouseDrag, touchDrag, watchErrors, worldToPage } from './helpers';

const handleA = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^vector a:/ });
const handleB = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^vector b:/ });

async function mapOf(page: import('@playwright/test').Page, a: readonly [number, number], b: readonly [number, number]) {
  return worldToPage(page, { locator: handleA(page), world: a }, { locator: handleB(page), world: b });
}

test.describe('Vectors scene', () => {
  test('opens on the lesson’s vectors, read in words', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors');
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 3, down 2');
    await expect(handleB(page)).toHaveAccessibleName('vector b: left 2, up 5');
    await expect(page.getByTestId('length-a')).toHaveText('√13 ≈ 3.606');
    await expect(page.getByTestId('dot')).toHaveText('a·b = −16');
    await expect(page.getByText('a·b < 0: the angle between a and b is obtuse (145.5°)')).toBeVisible();
    noErrors();
  });

  test('dragging a’s tip with the mouse from [3, −2] to [4, 1] updates length and URL', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const toPage = await mapOf(page, [3, -2], [-2, 5]);
    await mouseDrag(page, await centre(handleA(page)), toPage([4, 1]));
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
    await expect(page.getByTestId('length-a')).toHaveText('√17 ≈ 4.123');
    await expect.poll(() => hashOf(page)).toContain('a=4,1');
    noErrors();
  });

  test('the same with the keyboard: arrows move one unit, Shift a tenth', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const a = handleA(page);
    await a.focus();
    await a.press('ArrowRight');
    for (let i = 0; i < 3; i++) await a.press('ArrowUp');
    await expect(a).toHaveAccessibleName('vector a: right 4, up 1');
    await expect(page.getByTestId('length-a')).toHaveText('√17 ≈ 4.123');
    await expect.poll(() => hashOf(page)).toContain('a=4,1');
    await a.press('Shift+ArrowLeft');
    await expect(a).toHaveAccessibleName('vector a: right 3.9, up 1');
  });

  test('a touch drag moves b and does not pan the plane', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const toPage = await mapOf(page, [3, -2], [-2, 5]);
    await touchDrag(page, await centre(handleB(page)), toPage([-4, 2]));
    await expect(handleB(page)).toHaveAccessibleName('vector b: left 4, up 2');
    // a did not move on the screen: the drag moved b, not the view.
    const after = await centre(handleA(page));
    const expected = toPage([3, -2]);
    expect(Math.hypot(after[0] - expected[0], after[1] - expected[1])).toBeLessThan(2);
    await expect.poll(() => hashOf(page)).toContain('b=-4,2');
    await context.close();
  });

  test('tap-tap: tap a handle, then tap where it should go', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const toPage = await mapOf(page, [3, -2], [-2, 5]);
    const a = handleA(page);
    await a.click();
    await expect(a).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Tap the plane where vector a should go')).toBeVisible();
    const target = toPage([1, 4]);
    await page.mouse.click(target[0], target[1]);
    await expect(a).toHaveAccessibleName('vector a: right 1, up 4');
    await expect(a).toHaveAttribute('aria-pressed', 'false');
  });

  test('typing a component in the panel moves the vector once the number is complete; bad text keeps the last good value', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const x = page.getByRole('textbox', { name: 'vector a, x component' });
    await x.fill('4');
    await page.getByRole('textbox', { name: 'vector a, y component' }).fill('1');
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
    await x.fill('4abc');
    await x.press('Enter');
    await expect(x).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/^vector a, x component: a number is expected here: abc is not a known name .*Keeping 4\.$/)).toBeVisible();
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
    noErrors();
  });

  test('a link opens exactly its scene', async ({ page }) => {
    await page.goto('/#/vectors?a=1,2&b=3,-1&k=-1.5&show=sum,dot,scale');
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 1, up 2');
    await expect(handleB(page)).toHaveAccessibleName('vector b: right 3, down 1');
    await expect(page.getByRole('checkbox', { name: /Draw a \+ b/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Draw the projection/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Draw a − b/ })).not.toBeChecked();
    await expect(page.getByRole('slider', { name: 'scalar k' })).toHaveValue('-1.5');
    await expect(page.getByTestId('dot')).toHaveText('a·b = 1');
  });

  test('a malformed link shows what was wrong, uses defaults for those keys, and never throws', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(`/#/vectors?a=3,abc&b=1e999,2&k=${','.repeat(10_000)}&show=sum,%3Cscript%3E&zz=%00`);
    const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('a: number 2: “abc” is not a number');
    await expect(notice).toContainText('b: number 1: “1e999” is outside the range');
    await expect(notice).toContainText('k: the value is too long');
    await expect(notice).toContainText('show: “<script>” not known');
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 3, down 2');
    await expect(handleB(page)).toHaveAccessibleName('vector b: left 2, up 5');
    await expect(page.getByRole('checkbox', { name: /Draw a \+ b/ })).toBeChecked();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('Some of this link could not be used')).toHaveCount(0);
    noErrors();
  });

  test('back and forward restore each finished drag', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const toPage = await mapOf(page, [3, -2], [-2, 5]);
    await mouseDrag(page, await centre(handleA(page)), toPage([4, 1]), 20);
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
    await mouseDrag(page, await centre(handleA(page)), toPage([1, 1]), 20);
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 1, up 1');
    await page.goBack();
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
    await page.goBack();
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 3, down 2');
    await page.goForward();
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
    await page.reload();
    await expect(handleA(page)).toHaveAccessibleName('vector a: right 4, up 1');
  });

  test('toggles draw constructions and record them in the URL', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5&show=');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('checkbox', { name: /Draw a \+ b/ }).check();
    await page.getByRole('checkbox', { name: /Draw the L1 ball/ }).check();
    await expect.poll(() => hashOf(page)).toContain('show=sum,l1');
    await expect(page.locator('svg text', { hasText: 'a + b' })).toBeVisible();
    await expect(page.locator('svg text', { hasText: '‖x‖₁ = 5' })).toBeVisible();
    // Switches rewrite the current entry (tests/e2e/history.spec.ts): reload keeps them, Back does not step through them.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Draw the L1 ball/ })).toBeChecked();
  });

  test('negative k flips k·a', async ({ page }) => {
    await page.goto('/#/vectors?a=3,-2&b=-2,5&k=2&show=scale');
    const slider = page.getByRole('slider', { name: 'scalar k' });
    await slider.fill('-1');
    await expect(page.locator('svg text', { hasText: '−1a' })).toBeVisible();
    await expect.poll(() => hashOf(page)).toContain('k=-1');
  });
});

// Typing into the panels' number fields: text counts once complete, expressions
// read as Desmos reads them, and the matrix keeps its layout at every size.
import { expect, test, type Page } from '@playwright/test';
import { hashOf, watchErrors } from './helpers';

const entry = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^A ${name}`) });
const ENTRIES = ['row 1, column 1', 'row 1, column 2', 'row 2, column 1', 'row 2, column 2'];

/** Types as a learner does: key by key, quicker than the field's pause. */
async function typeKeys(page: Page, field: ReturnType<Page['getByRole']>, text: string) {
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially(text, { delay: 60 });
}

async function clipped(field: ReturnType<Page['getByRole']>): Promise<boolean> {
  return field.evaluate((el: HTMLInputElement) => el.scrollWidth > el.clientWidth);
}

test.describe('number fields', () => {
  test('typing 5000 into a.x keeps 3, never an unintended 500', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors?a=3,-2&b=-2,5');
    const x = page.getByRole('textbox', { name: 'vector a, x component' });
    await typeKeys(page, x, '5000');
    await expect(x).toHaveAttribute('aria-invalid', 'false');
    await x.press('Enter');
    await expect(page.getByText('vector a, x component: “5000” is outside the range −1000 to 1000. Keeping 3.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^vector a:/ })).toHaveAccessibleName('vector a: right 3, down 2');
    expect(hashOf(page)).toContain('a=3,-2');
    noErrors();
  });

  test('typing 2e3 into a matrix entry applies nothing, not 2', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1');
    const a = entry(page, 'row 1, column 1');
    await typeKeys(page, a, '2e3');
    await a.press('Enter');
    await expect(page.getByRole('alert').getByText('A row 1, column 1 (a): “2e3” is outside the range −1000 to 1000. Keeping 1.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^i-hat, first column:/ })).toHaveAccessibleName('i-hat, first column: 1, 0');
  });

  test('an entry reads pi/4, shows what it means while typing, then the number', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,0,0,1');
    const a = entry(page, 'row 1, column 1');
    await typeKeys(page, a, 'pi/4');
    await expect(page.getByText('= 0.785398')).toBeVisible();
    await a.press('Enter');
    await expect(a).toHaveValue('0.785398163397');
    await expect(page.getByRole('button', { name: /^i-hat, first column:/ })).toHaveAccessibleName(/^i-hat, first column: 0\.79, 0/);
    await expect.poll(() => hashOf(page)).toMatch(/m=0\.785/);
    await a.press('Tab');
    await expect(a).toHaveValue('0.7854');
    noErrors();
  });

  test('a variable is named: a number is expected here', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1');
    const b = entry(page, 'row 1, column 2');
    await b.fill('y');
    await b.press('Enter');
    await expect(page.getByRole('alert').getByText('A row 1, column 2 (b): a number is expected here: y is a variable. Keeping 0.')).toBeVisible();
  });

  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
    [768, 1024],
  ] as const) {
    test(`the matrix editor at ${width}×${height}: rotation entries fit, an error goes under the matrix`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/#/transform?m=1,0,0,1');
      await page.getByRole('button', { name: 'Rotation by θ' }).click();
      await expect(entry(page, 'row 1, column 1')).toHaveValue('0.866');
      for (const n of ENTRIES) expect(await clipped(entry(page, n)), n).toBe(false);

      const name = page.getByText('A =', { exact: true });
      const matrix = page.getByRole('group', { name: 'matrix A, row by row' });
      const d = entry(page, 'row 2, column 2');
      await d.fill('abc');
      // Measured with the text typed (a field grows and shrinks with its text), before the error shows.
      const before = { name: (await name.boundingBox())!, matrix: (await matrix.boundingBox())! };
      await d.press('Enter');
      const error = page.getByRole('alert').getByText(/^A row 2, column 2 \(d\)/);
      await expect(error).toBeVisible();
      const after = { name: (await name.boundingBox())!, matrix: (await matrix.boundingBox())!, error: (await error.boundingBox())! };
      expect(after.name.height, '"A =" stays on one line').toBe(before.name.height);
      expect(after.name.x).toBe(before.name.x);
      expect(after.name.y - after.matrix.y, '"A =" stays beside the matrix, centred on it').toBe(before.name.y - before.matrix.y);
      expect(after.matrix.x).toBe(before.matrix.x);
      expect(after.matrix.width).toBe(before.matrix.width);
      expect(after.error.y).toBeGreaterThanOrEqual(after.matrix.y + after.matrix.height);
      await page.getByRole('region', { name: 'The matrix A' }).screenshot({ path: `/tmp/number-fields-matrix-${width}.png` });

      await page.goto('/#/vectors?a=1000,-1000&b=-2,5');
      const x = page.getByRole('textbox', { name: 'vector a, x component' });
      const y = page.getByRole('textbox', { name: 'vector a, y component' });
      await expect(x).toHaveValue('1000');
      await expect(y).toHaveValue('−1000');
      expect(await clipped(x)).toBe(false);
      expect(await clipped(y)).toBe(false);
      await x.locator('xpath=ancestor::*[contains(@class, "vector-card")]').screenshot({ path: `/tmp/number-fields-vector-${width}.png` });
    });
  }
});

import { expect, test } from '@playwright/test';
import { hashOf, watchErrors } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A lesson opens on its button, never on the menu alone (it replaces the cells). */
async function openLesson(page: import('@playwright/test').Page, name: string) {
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption(name);
  await page.getByRole('button', { name: /^Open/ }).click();
}

test.describe('Matrices scene: the NumPy notebook', () => {
  test('opens on the lesson’s A @ x and steps through it row by column: 17, then 39', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/matrices');
    await expect(page.getByRole('heading', { name: /In \[3\]: A @ x/ })).toBeVisible();
    const sum = page.getByTestId('matmul-sum');
    await expect(sum).toHaveText(/row 0 · column 0: 1·5 \+ 2·6 = 17/);
    await page.getByRole('button', { name: 'Next entry' }).click();
    await expect(sum).toHaveText(/row 1 · column 0: 3·5 \+ 4·6 = 39/);
    await expect(page.getByRole('button', { name: 'Next entry' })).toHaveAttribute('aria-disabled', 'true');
    await expect.poll(() => hashOf(page)).toContain('step=1');
    // Pressing a result entry works that one out.
    await page.getByRole('button', { name: 'row 0, column 0: 17' }).click();
    await expect(sum).toHaveText(/row 0 · column 0: 1·5 \+ 2·6 = 17/);
    // The result's shape, in NumPy's form and in words.
    await expect(page.getByRole('figure', { name: 'result: (2, 1), 2 rows, 1 column' })).toBeVisible();
    // (m × n) @ (n × p) → (m × p), with this product's sizes.
    await expect(
      page.getByRole('img', { name: 'Shapes: (2, 2) @ (2, 1) gives (2, 1): the inner sizes 2 and 2 agree, and the result keeps the outer sizes.' }),
    ).toContainText('inner sizes agree: 2 = 2');
    noErrors();
  });

  test('typing a cell runs the notebook; pointing at a result entry names where it came from', async ({ page }) => {
    await page.goto('/#/matrices');
    const cell = page.getByRole('textbox', { name: 'cell 3' });
    await cell.fill('A * 10 + 1');
    await expect(page.getByRole('heading', { name: /In \[3\]: A \* 10 \+ 1/ })).toBeVisible();
    await page.getByRole('button', { name: 'row 1, column 0: 31' }).focus();
    await expect(page.getByText('row 1, column 0: 30 + 1 = 31')).toBeVisible();
  });

  test('a pair that does not broadcast: NumPy’s own words, the clashing sizes in red, the cell flagged', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/matrices?code=A%20%3D%20np.ones((2,%203))%0AA%20%2B%20np.array([1,%202])&cell=2');
    await expect(page.getByRole('status').filter({ hasText: 'NumPy says' })).toContainText(
      'NumPy says: ValueError: operands could not be broadcast together with shapes (2,3) (2,)',
    );
    await expect(page.getByRole('textbox', { name: 'cell 2' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('table', { name: 'The two shapes aligned from the right' }).locator('td.clash')).toHaveText(['3', '2']);
    // Both sides drawn, each with its clashing axis named as the rule counts it, and no result.
    await expect(page.getByRole('figure', { name: 'A: (2, 3), 2 rows, 3 columns; the clash is on axis −1: 3 columns' })).toBeVisible();
    await expect(
      page.getByRole('figure', { name: 'np.array([1, 2]): (2,), a vector of 2 numbers (1-D: one axis); the clash is on axis −1: 2 numbers' }),
    ).toBeVisible();
    // The other cells still run.
    await expect(page.getByRole('textbox', { name: 'cell 1' })).not.toHaveAttribute('aria-invalid', 'true');
    noErrors();
  });

  test('the lessons: broadcasting stretches b over the rows; the Hadamard and dot products side by side', async ({ page }) => {
    await page.goto('/#/matrices');
    // Choosing in the menu alone changes nothing: the cells are the learner's until Open.
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption('Broadcasting');
    await expect(page.getByRole('textbox', { name: 'cell 3' })).toHaveValue('A @ x');
    await openLesson(page, 'Broadcasting');
    await expect(page.getByRole('heading', { name: /In \[3\]: A \+ b/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Broadcasting' })).toContainText('so the result has shape (2,3)');
    await openLesson(page, 'Hadamard and dot products');
    const pair = page.getByRole('region', { name: 'Dot product and Hadamard product' });
    await expect(pair).toContainText('4 + 10 + 18 = 32');
    // Both drawn: the Hadamard product a vector, the dot product one number.
    await expect(pair.getByRole('figure', { name: /^a \* b: \(3,\), a vector of 3 numbers/ })).toContainText('18');
    await expect(pair.getByRole('figure', { name: /^a @ b: \(\), one number/ })).toContainText('32');
    await openLesson(page, 'Identity and inverse');
    await expect(page.getByTestId('round-off')).toContainText('identity up to round-off');
  });

  test('Enter goes on to a new cell; the address holds the notebook; copy as Python gives a runnable script', async ({ page }) => {
    await page.goto('/#/matrices');
    await page.getByRole('textbox', { name: 'cell 4' }).press('Enter');
    const fresh = page.getByRole('textbox', { name: 'cell 5' });
    await expect(fresh).toBeFocused();
    await fresh.fill('A.T');
    await expect.poll(() => hashOf(page)).toContain('A.T&cell=5');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'cell 5' })).toHaveValue('A.T');
    await page.getByRole('button', { name: 'Copy as Python' }).click();
    const script = await page.evaluate(() => navigator.clipboard.readText());
    expect(script.split('\n')[0]).toBe('import numpy as np');
    expect(script).toContain('A = np.array([[1, 2], [3, 4]])');
    expect(script).toMatch(/print\(A @ x\)/);
    expect(script).toMatch(/print\(A\.T\)/);
  });

  test('cells can be moved and removed by their buttons', async ({ page }) => {
    await page.goto('/#/matrices');
    await page.getByRole('button', { name: 'Move cell 4 up' }).click();
    await expect(page.getByRole('textbox', { name: 'cell 3' })).toHaveValue('np.dot(A, x)');
    await page.getByRole('button', { name: 'Remove cell 1' }).click();
    await expect(page.getByRole('textbox', { name: 'cell 1' })).toHaveValue('x = np.array([[5], [6]])');
    // A is gone: the cells that used it say so.
    await expect(page.getByRole('textbox', { name: 'cell 2' })).toHaveAttribute('aria-invalid', 'true');
  });

  test('the transpose flips over the diagonal; a 2×2 product links to the Transform scene with that matrix', async ({ page }) => {
    await page.goto('/#/matrices');
    await openLesson(page, 'Transpose');
    await page.getByRole('button', { name: 'Flip A over its diagonal' }).click();
    await expect(page.getByText('Now A.T: row i of A is column i, shape (3, 2).')).toBeVisible();
    await expect(page.getByRole('figure', { name: 'A.T: (3, 2), 3 rows, 2 columns' })).toBeVisible();
    await openLesson(page, 'Matrix multiplication');
    await page.getByRole('link', { name: 'See A as a transform of the plane' }).click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/transform\?m=1,2,3,4/);
  });

  test('any 2×2 value links to the Transform scene, not just a product’s left side', async ({ page }) => {
    await page.goto(`/#/matrices?code=${encodeURIComponent('S = 2 * np.eye(2)')}`);
    // Operands that are not names are named by their text in the cell.
    await expect(page.getByRole('figure', { name: /^2: \(\), one number/ })).toBeVisible();
    await expect(page.getByRole('figure', { name: /^np\.eye\(2\): \(2, 2\)/ })).toBeVisible();
    await page.getByRole('link', { name: 'See S as a transform of the plane' }).click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/transform\?m=2,0,0,2/);
    // A 2×3 is not a map of the plane: no link.
    await page.goto(`/#/matrices?code=${encodeURIComponent('np.ones((2, 3))')}`);
    await expect(page.getByRole('figure', { name: /\(2, 3\)/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /as a transform/ })).toHaveCount(0);
  });

  test('a product whose inner sizes differ: NumPy’s matmul text, the two sizes in red', async ({ page }) => {
    await page.goto('/#/matrices?code=A%20%3D%20np.ones((3,%202))%0AA%20@%20A&cell=2');
    await expect(page.getByRole('status').filter({ hasText: 'NumPy says' })).toContainText(
      'matmul: Input operand 1 has a mismatch in its core dimension 0',
    );
    // The shape rule as a diagram: the two inner sizes joined, and they differ.
    const diagram = page.getByRole('img', { name: 'Shapes: (3, 2) @ (3, 2): the inner sizes 2 and 3 differ, so there is no result.' });
    await expect(diagram).toContainText('inner sizes differ: 2 ≠ 3');
    await expect(diagram).toContainText('no result');
  });

  test('half-typed, a cell keeps its last result in view under the message', async ({ page }) => {
    await page.goto('/#/matrices');
    await page.getByRole('textbox', { name: 'cell 3' }).fill('A @');
    await expect(page.getByRole('textbox', { name: 'cell 3' })).toHaveAttribute('aria-invalid', 'true');
    const last = page.getByRole('group', { name: 'The last result of this cell that worked' });
    await expect(last.getByRole('figure')).toHaveAccessibleName(/\(2, 1\), 2 rows, 1 column/);
    await page.getByRole('textbox', { name: 'cell 3' }).fill('A @ x * 2');
    await expect(last).toHaveCount(0);
  });

  test('a projector at 1024 × 768, presenting: a 3×3 @ 3×2 step shows A, B, the result, the sum and Next entry at once', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const code = ['A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])', 'B = np.array([[1, 0], [0, 1], [2, -1]])', 'A @ B'].join('\n');
    await page.goto(`/#/matrices?code=${encodeURIComponent(code)}&cell=3&step=3&present=1`);
    // A negative factor is bracketed: 6·(−1), never 6·−1.
    await expect(page.getByTestId('matmul-sum')).toHaveText('row 1 · column 1: 4·0 + 5·1 + 6·(−1) = −1');
    for (const name of [/^A: \(3, 3\)/, /^B: \(3, 2\)/, /^result: \(3, 2\)/])
      await expect(page.getByRole('figure', { name })).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('matmul-sum')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Next entry' })).toBeInViewport({ ratio: 1 });
    // The shape diagram fits the picture's width: the picture never scrolls sideways.
    await expect(page.getByRole('img', { name: /^Shapes: \(3, 3\) @ \(3, 2\)/ })).toBeVisible();
    const picture = page.getByRole('group', { name: 'Picture of cell 3' });
    expect(await picture.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await page.close();
  });
});

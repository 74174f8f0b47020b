import { expect, test, type Page } from '@playwright/test';
import { centre, hashOf, mouseDrag, touchDrag, watchErrors, worldToPage } from './helpers';

// Four points whose numbers are easy by hand: mean (3, 1.5);
// np.cov([[0,0],[2,1],[4,3],[6,2]], rowvar=False) -> [[6.667, 2.667], [2.667, 1.667]].
const FOUR = '/#/pca?pts=0,0,2,1,4,3,6,2&angle=0';
const point = (page: Page) => page.getByRole('button', { name: /^point \d+ of \d+:/ });
const covariance = (page: Page) => page.getByTestId('covariance');

async function mapOfPoints(page: Page) {
  // Read the map off two points whose values are known: the focused point is a handle.
  const p = point(page);
  await expect(p).toHaveAccessibleName('point 1 of 4: x 0, y 0');
  const first = await centre(p);
  await p.press('PageDown');
  await expect(p).toHaveAccessibleName('point 2 of 4: x 2, y 1');
  const second = await centre(p);
  await p.press('Home');
  const k = (second[0] - first[0]) / 2;
  return (w: readonly [number, number]): [number, number] => [first[0] + k * w[0], first[1] - k * w[1]];
}

test.describe('PCA scene', () => {
  test('shows the covariance (ddof = 1) and the principal axes of the points in the link', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(FOUR);
    await expect(page.getByTestId('mean')).toHaveText('mean = (3, 1.5)');
    await expect(covariance(page)).toHaveText('var(x) = 6.67, cov = 2.67, var(y) = 1.67');
    await expect(page.getByText('4 points (edited).')).toBeVisible();
    noErrors();
  });

  test('arrow keys move the focused point and the covariance follows; Page Down picks the next point', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(FOUR);
    const p = point(page);
    await p.focus();
    await p.press('ArrowLeft');
    await expect(p).toHaveAccessibleName(/^point 1 of 4: x −\d/);
    await expect(covariance(page)).not.toHaveText('var(x) = 6.67, cov = 2.67, var(y) = 1.67');
    await p.press('PageDown');
    await expect(p).toHaveAccessibleName('point 2 of 4: x 2, y 1');
    await expect(p).toBeFocused();
    await expect(page.getByTestId('point-readout')).toHaveText('Point 2 of 4: (2, 1)');
    await expect.poll(() => hashOf(page)).toMatch(/pts=-\d/);
    noErrors();
  });

  test('dragging any point with the mouse moves it (one layer, one hit test), and it becomes the focused handle', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(FOUR);
    const toPage = await mapOfPoints(page);
    await mouseDrag(page, toPage([6, 2]), toPage([5, 0.5]));
    const p = point(page);
    await expect(p).toHaveAccessibleName(/^point 4 of 4: x (4\.9\d|5(\.0\d)?), y 0\.\d+$/);
    await expect(p).toBeFocused();
    await expect(covariance(page)).not.toHaveText('var(x) = 6.67, cov = 2.67, var(y) = 1.67');
    noErrors();
  });

  test('a finger drags a point too', async ({ page }) => {
    await page.goto(FOUR);
    const toPage = await mapOfPoints(page);
    await touchDrag(page, toPage([4, 3]), toPage([3, 2]));
    await expect(point(page)).toHaveAccessibleName(/^point 3 of 4: x (2\.9\d|3(\.0\d)?), y (1\.9\d|2(\.0\d)?)$/);
  });

  test('Delete removes the focused point; a click on the empty plane adds one', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(FOUR);
    const toPage = await mapOfPoints(page);
    const p = point(page);
    await p.press('End');
    await p.press('Delete');
    await expect(page.getByText('3 points (edited).')).toBeVisible();
    await expect(p).toHaveAccessibleName('point 3 of 3: x 4, y 3');
    await expect(covariance(page)).toHaveText('var(x) = 4, cov = 3, var(y) = 2.33');
    const [x, y] = toPage([1, 3]);
    await page.mouse.click(x, y);
    await expect(page.getByText('4 points (edited).')).toBeVisible();
    await expect(p).toHaveAccessibleName(/^point 4 of 4: x (0\.9\d|1(\.0\d)?), y (2\.9\d|3(\.0\d)?)$/);
    // Two points are the fewest a covariance (n − 1) allows.
    await page.goto('/#/pca?pts=0,0,1,1');
    await page.getByRole('button', { name: 'Delete this point' }).click();
    await expect(page.getByText('PCA needs at least two points (the covariance divides by n − 1): this one stays.')).toBeVisible();
    await expect(page.getByText('2 points (edited).')).toBeVisible();
    noErrors();
  });

  test('pasted CSV: bad text is named by row and column and the points stay; good text is used', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(FOUR);
    const box = page.getByRole('textbox', { name: /Two columns of numbers/ });
    const use = page.getByRole('button', { name: 'Use these points' });
    await box.fill('height,weight\n170,65\n182,abc\n');
    await use.click();
    await expect(page.getByRole('alert')).toHaveText('row 3, column 2: “abc” is not a number. The points shown are unchanged.');
    await expect(covariance(page)).toHaveText('var(x) = 6.67, cov = 2.67, var(y) = 1.67');
    await box.fill('170,65');
    await use.click();
    await expect(page.getByRole('alert')).toHaveText(/^Only one point: PCA needs at least two/);
    await box.fill('1,1\n1,1\n1,1');
    await use.click();
    await expect(page.getByRole('alert')).toHaveText(/^All 3 points are the same: no direction has any variance/);
    await expect(covariance(page)).toHaveText('var(x) = 6.67, cov = 2.67, var(y) = 1.67');
    await box.fill('height,weight\n170,65\n182,80\n165,60');
    await use.click();
    await expect(page.getByText('Using 3 points (height, weight).')).toBeVisible();
    await expect(covariance(page)).toHaveText('var(height) = 76.33, cov = 90.83, var(weight) = 108.3');
    await expect(point(page)).toHaveAccessibleName('point 1 of 3: height 170, weight 65');
    noErrors();
  });

  test('turning the candidate axis to PC1 gives the most variance of any angle', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto(FOUR);
    const result = page.getByTestId('candidate-variance');
    // At 0° the variance along u is var(x).
    await expect(result).toHaveText(/^Variance along u: 6\.67 \(PC1 has 7\.\d+\)$/);
    const slider = page.getByRole('slider', { name: 'candidate axis angle in degrees' });
    await slider.focus();
    await slider.press('ArrowRight');
    await expect(page.getByRole('button', { name: /^candidate axis direction: 0\.5 degrees$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Turn u to PC1' }).click();
    await expect(result).toHaveText(/^Variance along u: 7\.\d+ — the most of any direction: u is PC1$/);
    // λ₁ = (6.667 + 1.667)/2 + √(2.5² + 2.667²) = 7.822
    await expect(result).toHaveText(/7\.82/);
    noErrors();
  });

  test('the candidate’s direction handle turns it from the keyboard', async ({ page }) => {
    await page.goto(FOUR);
    const u = page.getByRole('button', { name: /^candidate axis direction:/ });
    await expect(u).toHaveAccessibleName('candidate axis direction: 0 degrees');
    await u.press('ArrowUp');
    await expect(u).not.toHaveAccessibleName('candidate axis direction: 0 degrees');
    await expect(page.getByTestId('candidate-variance')).not.toHaveText(/^Variance along u: 6\.67 /);
  });

  test('3 features to 2: the 3-D view turns with the keys, and two components keep 97 % of the variance', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/pca');
    await page.getByRole('button', { name: 'Show 3 features' }).click();
    await expect(page.getByTestId('kept')).toHaveText('2 components keep 97 % of the variance');
    const view = page.getByRole('slider', { name: '3-D view of height, weight and age' });
    await expect(view).toHaveAttribute('aria-valuetext', /^turned −35° around, tilted 20°/);
    await view.focus();
    await view.press('ArrowRight');
    await view.press('ArrowDown');
    await expect(view).toHaveAttribute('aria-valuetext', /^turned −25° around, tilted 30°/);
    await expect.poll(() => hashOf(page)).toContain('dims=3');
    await expect.poll(() => hashOf(page)).toContain('turn=-25,30');
    await page.getByRole('button', { name: 'Back to two features' }).click();
    await expect(covariance(page)).toBeVisible();
    noErrors();
  });

  test('a bad link value is named and the rest of the link still applies', async ({ page }) => {
    await page.goto('/#/pca?pts=1,2,abc,4&angle=45');
    await expect(page.getByText('Some of this link could not be used:')).toBeVisible();
    await expect(page.getByText(/point 2: number 1: “abc” is not a number; using the preset’s points/)).toBeVisible();
    await expect(page.getByRole('slider', { name: 'candidate axis angle in degrees' })).toHaveValue('45');
    await expect(page.getByText('60 points.')).toBeVisible();
  });
});

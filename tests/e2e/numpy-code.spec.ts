import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const numpy = (page: Page) => page.getByRole('region', { name: 'In NumPy' });
const copyButton = (page: Page) => numpy(page).getByRole('button', { name: 'Copy the NumPy code' });

test.describe('NumPy beside every picture', () => {
  test('Transform: the lesson’s A @ x, copied as runnable code, following a typed entry and the keyboard', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4&x=5,6');
    const code = numpy(page).locator('pre');
    await expect(code).toContainText('>>> A = np.array([[1, 2], [3, 4]])');
    await expect(code).toContainText('>>> A @ x\narray([17, 39])');
    await expect(code).toContainText('>>> np.linalg.inv(A)\narray([[-2. ,  1. ],\n       [ 1.5, -0.5]])');
    await expect(code).toContainText('>>> eigenvalues\narray([-0.37228132,  5.37228132])');

    await copyButton(page).click();
    await expect(numpy(page).getByRole('status')).toHaveText(/^Copied \d+ lines of Python\.$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('import numpy as np\n')).toBe(true);
    expect(copied).toContain('\nA @ x\n');
    expect(copied).not.toContain('>>>');
    expect(copied).not.toContain('array([17, 39])');

    // Typing an entry of A updates the code.
    const entry = page.getByRole('textbox', { name: /^A row 1, column 1/ });
    await entry.fill('2');
    await entry.press('Tab');
    await expect(code).toContainText('>>> A @ x\narray([22, 39])');
    // So does moving î with the keyboard, as a drag would.
    await page.getByRole('button', { name: /^i-hat, first column:/ }).press('ArrowUp');
    await expect(code).not.toContainText('>>> A = np.array([[2, 2], [3, 4]])');
    await expect(code).toContainText(/>>> A = np\.array\(\[\[2, 2\], \[[\d.]+, 4\]\]\)/);
    noErrors();
  });

  test('Transform: a singular matrix gets NumPy’s error, a rotation complex eigenvalues', async ({ page }) => {
    await page.goto('/#/transform?m=1,2,2,4');
    await expect(numpy(page).locator('pre')).toContainText('numpy.linalg.LinAlgError: Singular matrix');
    await page.goto('/#/transform?m=0,-1,1,0');
    await expect(numpy(page).locator('pre')).toContainText('>>> eigenvalues\narray([0.+1.j, 0.-1.j])');
  });

  test('Vectors and Gradient show their code', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/vectors?a=3,-2&b=-2,5&k=2');
    const code = numpy(page).locator('pre');
    await expect(code).toContainText('>>> a + b\narray([1, 3])');
    await expect(code).toContainText('>>> np.dot(a, b)\nnp.int64(-16)');
    await expect(code).toContainText('>>> np.linalg.norm(a, 1)\nnp.float64(5.0)');
    await expect(copyButton(page)).toBeVisible();

    await page.goto('/#/gradient?f=(1-x)^2+100(y-x^2)^2&p=-1,1');
    const g = numpy(page).locator('pre');
    await expect(g).toContainText('...     return (1 - x)**2 + 100*(y - x**2)**2');
    await expect(g).toContainText('>>> f(*p)\nnp.float64(4.0)');
    await expect(g).toContainText('>>> grad\narray([-4.,  0.])');
    await expect(numpy(page)).toContainText('NumPy has no automatic differentiation');
    noErrors();
  });

  test('the code block never widens the panel', async ({ page }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 768, height: 1024 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const url of ['/#/transform?m=0,-1,1,0&present=1', '/#/gradient?f=sin(x)cos(y)&theme=dark', '/#/vectors?a=3,-2&b=-2,5']) {
        await page.goto(url);
        const region = numpy(page);
        await expect(region).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${url} at ${size.width}×${size.height}`).toBeLessThanOrEqual(0);
        await region.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `screenshots/numpy-${url.split('?')[0].slice(3)}-${size.width}.png` });
      }
    }
  });
});

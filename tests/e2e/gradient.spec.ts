import { expect, test } from '@playwright/test';
import { hashOf, watchErrors } from './helpers';

test.describe('Gradient scene', () => {
  test('reads a hand-written link, plus signs and all, and shows f and ∇f at p', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/gradient?f=x^2+3y^2&p=2,1');
    await expect(page.getByRole('textbox', { name: 'f(x, y) =' })).toHaveValue('x^2+3y^2');
    await expect(page.getByTestId('f-at-p')).toHaveText('7');
    await expect(page.getByTestId('grad-at-p')).toHaveText('[4, 6]');
    // The gradient section typesets ∇f = (2x, 6y), not f itself.
    const section = page.getByRole('region', { name: 'Its gradient' });
    await expect(section).toContainText('∇');
    await expect(section).toContainText('6y');
    noErrors();
  });

  test('typing a loss updates the gradient; a bad one keeps the last good formula and says where', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/gradient?f=x^2+3y^2&p=-1,1');
    const f = page.getByRole('textbox', { name: 'f(x, y) =' });
    await f.fill('(1 - x)^2 + 100(y - x^2)^2');
    // ∂f/∂x = −2(1 − x) − 400x(y − x²) = −4 at (−1, 1); ∂f/∂y = 200(y − x²) = 0
    await expect(page.getByTestId('grad-at-p')).toHaveText('[−4, 0]');
    await expect(page.getByTestId('f-at-p')).toHaveText('4');
    await f.fill('x^2 + z');
    await expect(f).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/unknown name "z" at column 7/)).toBeVisible();
    await expect(page.getByTestId('f-at-p')).toHaveText('4');
    await expect.poll(() => hashOf(page)).toContain('f=x^2 + z');
    noErrors();
  });

  test('the point moves with the keyboard and the gradient follows', async ({ page }) => {
    await page.goto('/#/gradient?f=x^2+3y^2&p=2,1');
    const p = page.getByRole('button', { name: /^point p:/ });
    await p.focus();
    await p.press('ArrowLeft');
    await p.press('ArrowLeft');
    await expect(p).toHaveAccessibleName('point p: 0, 1');
    await expect(page.getByTestId('grad-at-p')).toHaveText('[0, 6]');
  });

  test('links to the Field scene with −∇f of the same f, the probe at p', async ({ page }) => {
    await page.goto('/#/gradient?f=x^2+3y^2&p=2,1');
    await page.getByRole('link', { name: 'See −∇f as a flow in the Field scene' }).click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/field\?f=x\^2\+3y\^2&/);
    await expect(page.getByTestId('F-at')).toHaveText('[−4, −6]');
  });

  test('a formula in a link that does not read is named, and the default used', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/gradient?f=constructor.constructor(%22alert(1)%22)()&p=1,1');
    const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used' });
    await expect(notice).toContainText('f:');
    await expect(page.getByRole('textbox', { name: 'f(x, y) =' })).toHaveValue('x^2 + 3y^2');
    await expect(page.getByTestId('f-at-p')).toHaveText('4');
    noErrors();
  });
});

test.describe('Gradient scene: pictures that do not mislead', () => {
  test('contour levels are equally spaced by default, log-spaced when chosen, and the legend says which', async ({ page }) => {
    await page.goto('/#/gradient?f=sqrt(x^2+y^2)&p=1,1');
    const legend = page.getByRole('img', { name: /^Colour: the value of f in view/ });
    await expect(legend).toHaveAccessibleName(/equally spaced levels/);
    await page.getByRole('radio', { name: /^Log-spaced levels/ }).check();
    await expect(legend).toHaveAccessibleName(/log-spaced levels/);
    await expect.poll(() => hashOf(page)).toContain('levels=log');
  });

  test('a pole does not set the colour scale: its values are clipped, and the legend says so', async ({ page }) => {
    await page.goto('/#/gradient?f=1/x&p=1,1');
    await expect(page.getByRole('img', { name: /^Colour: the value of f in view/ })).toHaveAccessibleName(/clipped to the ends/);
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
  ])
    test(`∇f and −∇f stay inside the plane with their labels at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/#/gradient?f=x^2+3y^2&p=2,1');
      const plane = (await page.getByRole('group', { name: 'Contour plot of f with the point p' }).boundingBox())!;
      for (const name of ['∇f', '−∇f']) {
        const box = (await page.locator('svg text', { hasText: new RegExp(`^${name}$`) }).boundingBox())!;
        expect(box.x, `${name} left`).toBeGreaterThanOrEqual(plane.x);
        expect(box.y, `${name} top`).toBeGreaterThanOrEqual(plane.y);
        expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(plane.x + plane.width);
        expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(plane.y + plane.height);
      }
      await expect(page.getByTestId('arrow-note')).toContainText('shortened');
    });

  test('a newer link wins over an older one, and the notice belongs to the link it describes', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/gradient?f=sin(&p=1,1');
    // Followed at once, before the formula engine has even loaded.
    await page.evaluate(() => (location.hash = '#/gradient?f=x*y&p=1,1'));
    const f = page.getByRole('textbox', { name: 'f(x, y) =' });
    await expect(f).toHaveValue('x*y');
    await expect(page.getByTestId('f-at-p')).toHaveText('1');
    await page.waitForTimeout(1200);
    await expect(f).toHaveValue('x*y');
    await expect(page.getByText('Some of this link could not be used')).toHaveCount(0);
    noErrors();
  });
});

test('a long ∇f formula is scaled to fit the panel instead of being cut at its edge', async ({ page }) => {
  await page.goto('/#/gradient?f=(1-x)^2+100(y-x^2)^2&p=-1,1&present=1');
  const formula = page.getByRole('region', { name: 'Its gradient' }).locator('.tex.display');
  await expect(formula).toContainText('∇');
  await expect.poll(() => formula.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
});

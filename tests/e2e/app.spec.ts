import { expect, test } from '@playwright/test';
import { hashOf, watchErrors } from './helpers';

test('an empty address opens the first scene', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => hashOf(page)).toMatch(/^#\/vectors/);
  await expect(page.getByRole('heading', { name: 'Vectors', exact: true })).toBeVisible();
});

test('an unknown scene says so and offers the others', async ({ page }) => {
  const noErrors = watchErrors(page);
  await page.goto('/#/nosuchscene?a=1');
  await expect(page.getByText('There is no scene called “nosuchscene”')).toBeVisible();
  await page.getByRole('link', { name: 'Vectors' }).last().click();
  await expect(page.getByRole('button', { name: /^vector a:/ })).toBeVisible();
  noErrors();
});

test('presentation mode and theme come from the link and the top bar', async ({ page }) => {
  await page.goto('/#/vectors?present=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Presenting at 1280 px the tools do not fit the one-row top bar: they are in its menu.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-present', 'false');
  await expect.poll(() => hashOf(page)).not.toContain('present=1');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => hashOf(page)).toContain('theme=light');
  // Scene keys survive app changes.
  await expect.poll(() => hashOf(page)).toContain('a=3,-2');
});

test('labels are large in presentation mode', async ({ page }) => {
  await page.goto('/#/vectors?present=1');
  const size = await page.locator('svg text', { hasText: /^a$/ }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
});

test.describe('under the production Content-Security-Policy', () => {
  const recordViolations = () => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  };

  test('the app runs without a single violation', async ({ page }) => {
    // Wide enough for the whole top bar in one row (at 1280 px its tools are in the menu).
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.addInitScript(recordViolations);
    await page.goto('/#/vectors?show=sum,dot,angle,l1,l2,linf,hadamard,scale,diff');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    await expect(page.getByTestId('dot')).toBeVisible();
    await page.getByRole('button', { name: /^vector a:/ }).press('ArrowUp');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('button', { name: 'Presentation' }).click();
    // The expression engine (mathjs), compiled formulas and KaTeX under the same policy.
    // Presenting, the scene links fold into the top bar's menu.
    const scene = async (name: string) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name, exact: true }).click();
    };
    await scene('Descent');
    const f = page.getByRole('textbox', { name: 'f(x, y) =' });
    await f.fill('sin(x*y) + exp(-(x^2+y^2))');
    await expect(page.getByTestId('f-at-p')).not.toHaveText('undefined');
    await scene('Transform');
    await page.getByRole('button', { name: 'Shear' }).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  test('the check itself catches a violation (eval in a page script)', async ({ page }) => {
    await page.addInitScript(recordViolations);
    await page.goto('/#/vectors');
    await page.addScriptTag({ content: 'try { eval("1 + 1") } catch (e) {}' }).catch(() => {});
    await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations.length)).toBeGreaterThan(0);
  });
});

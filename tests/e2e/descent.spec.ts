import { expect, test } from '@playwright/test';
import { hashOf, watchErrors } from './helpers';

test.describe('Descent scene: the loss and ∇f at the start (grown from the Gradient scene)', () => {
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
    // The address keeps the loss in force, so a reload shows what is drawn.
    await page.waitForTimeout(400);
    expect(hashOf(page)).toContain('f=(1 - x)^2 + 100(y - x^2)^2');
    noErrors();
  });

  test('the start moves with the keyboard and the gradient follows', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+3y^2&start=2,1');
    const p = page.getByRole('button', { name: /^start p:/ });
    await p.focus();
    await p.press('ArrowLeft');
    await p.press('ArrowLeft');
    await expect(p).toHaveAccessibleName('start p: 0, 1');
    await expect(page.getByTestId('grad-at-p')).toHaveText('[0, 6]');
  });

  test('links to the Field scene with −∇f of the same f, the probe at p', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+3y^2&start=2,1');
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

test.describe('Descent scene: pictures that do not mislead', () => {
  test('contour levels are equally spaced by default, log-spaced when chosen, and the legend says which', async ({ page }) => {
    await page.goto('/#/gradient?f=sqrt(x^2+y^2)&p=1,1');
    const legend = page.getByRole('img', { name: /^Colour: the value of f in view/ });
    await expect(legend).toHaveAccessibleName(/equally spaced levels/);
    await page.getByRole('radio', { name: /^Log-spaced levels/ }).check();
    await expect(legend).toHaveAccessibleName(/log-spaced levels/);
    await expect.poll(() => hashOf(page)).toContain('levels=log');
  });

  test('a pole does not set the colour scale: its values are clipped, and the legend says so', async ({ page }) => {
    await page.goto('/#/descent?f=1/(x^2+y^2)&start=1,1');
    await expect(page.getByRole('img', { name: /^Colour: the value of f in view/ })).toHaveAccessibleName(/clipped to the ends/);
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

test.describe('Descent scene: the race', () => {
  test('an old #/gradient link opens Descent with the same f and start', async ({ page }) => {
    await page.goto('/#/gradient?f=x^2+3y^2&p=2,1');
    await expect(page.getByRole('heading', { level: 1, name: 'Descent' })).toBeVisible();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/descent\?f=x\^2\+3y\^2&start=2,1&/);
    await expect(page.getByRole('button', { name: 'start p: 2, 1' })).toBeVisible();
  });

  test('click to start, play: three paths, the chart, and the step counter run', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/descent?f=x^2+10y^2&start=-4,1&lr=0.05&opt=gd,momentum,adam&step=0');
    const plane = page.getByRole('group', { name: /^Contour plot of the loss f/ });
    const box = (await plane.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.3);
    await expect(page.getByRole('button', { name: /^start p:/ })).not.toHaveAccessibleName('start p: −4, 1');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('heading', { name: /^The race, step [1-9]/ })).toBeVisible();
    await expect(page.locator('.runs .path')).toHaveCount(3);
    await expect(page.getByRole('slider', { name: /^Loss by step/ })).toBeVisible();
    await expect.poll(() => hashOf(page), { timeout: 10_000 }).toMatch(/step=[1-9]/);
    noErrors();
  });

  test('a learning rate too large diverges: GD on x² + y² with lr 1.1, each step ×(1 − 2·1.1)', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/descent?f=x^2+y^2&start=2,1.5&lr=0.1&opt=gd,momentum&step=1000');
    await expect(page.getByTestId('loss-gd')).not.toContainText('diverged');
    await expect(page.getByTestId('stable-lr')).toContainText('η < 2/L = 1');
    await page.getByRole('textbox', { name: 'learning rate η' }).fill('1.1');
    await page.getByRole('textbox', { name: 'learning rate η' }).press('Enter');
    await expect(page.getByTestId('loss-gd')).toContainText(/diverged at step \d+/);
    await expect(page.getByTestId('stable-lr')).toContainText('1 − η·L = −1.2');
    await expect(page.getByTestId('stable-lr')).toContainText('grows: it diverges');
    // Nothing NaN is drawn.
    for (const d of await page.locator('.runs path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
      expect(d).not.toMatch(/NaN|Infinity/);
    noErrors();
  });

  test('scrubbing back shows an earlier step on the plane, the readouts and the chart', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+y^2&start=2,1.5&lr=0.1&opt=gd&step=30');
    await expect(page.getByTestId('loss-gd')).toContainText('at [0.00');
    const slider = page.getByRole('slider', { name: 'step shown' });
    await slider.fill('1');
    // One step of 0.8: (2, 1.5) → (1.6, 1.2).
    await expect(page.getByTestId('loss-gd')).toContainText('at [1.6, 1.2]');
    await expect(page.getByRole('slider', { name: /^Loss by step/ })).toHaveAttribute('aria-valuenow', '1');
    await expect.poll(() => hashOf(page)).toContain('step=1');
    await expect(page.getByRole('region', { name: 'The update rules, at step 1' })).toContainText('1.6');
  });

  test('typing a new loss re-runs the race; the address round-trips', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+y^2&start=2,1.5&lr=0.1&opt=gd,adam&step=20&beta1=0.8');
    await page.getByRole('textbox', { name: 'f(x, y) =' }).fill('(x-1)^2 + y^2');
    await expect(page.getByTestId('loss-gd')).toContainText('at [1');
    await expect.poll(() => hashOf(page)).toMatch(/^#\/descent\?f=\(x-1\)\^2 \+ y\^2&start=2,1.5&lr=0.1&opt=gd,adam&beta1=0.8&step=20/);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'f(x, y) =' })).toHaveValue('(x-1)^2 + y^2');
    await expect(page.getByRole('checkbox', { name: 'momentum' })).not.toBeChecked();
  });
});

test.describe('Descent scene: honest answers at the edges', () => {
  test('a step past the end shows the end, and the address says so', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+y^2&start=2,1&lr=0.1&opt=gd&step=999');
    const heading = page.getByRole('heading', { name: /^The race, step/ });
    await expect(heading).toHaveText(/^The race, step (\d+) of \1$/);
    const [, k] = /step (\d+) of/.exec((await heading.textContent()) ?? '')!;
    expect(Number(k)).toBeLessThan(999);
    await expect(page.getByRole('slider', { name: 'step shown' })).toHaveValue(k);
    await expect.poll(() => hashOf(page)).toContain(`step=${k}`);
  });

  test('log(x): a run whose step would leave where f is defined stops, and the chart says the same', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/descent?f=log(x)%2By^2&start=2,1&lr=0.5&opt=gd&step=1000');
    await expect(page.getByTestId('loss-gd')).toContainText(/stopped at step \d+: its step would leave the region where f is defined/);
    const [, k] = /stopped at step (\d+)/.exec((await page.getByTestId('loss-gd').textContent()) ?? '')!;
    // The chart's legend names the same step (not "diverged at" some other one).
    const chartLegend = page.locator('.loss-chart .legend');
    await expect(chartLegend).toContainText(`stopped at step ${k}`);
    await expect(chartLegend).not.toContainText('diverged');
    noErrors();
  });

  test('a start where f is not a number gets no race, and says why', async ({ page }) => {
    await page.goto('/#/descent?f=sqrt(x)%2By^2&start=-1,1&opt=gd,adam');
    await expect(page.getByRole('status').filter({ hasText: 'f(p) is not defined at this start' })).toBeVisible();
    await expect(page.getByTestId('loss-adam')).toContainText('no step: f is not a finite number at the start');
  });

  test('typed settings outside their range are named with the real range, and the last good value stays', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+y^2&start=2,1&lr=0.1');
    const lr = page.getByRole('textbox', { name: 'learning rate η' });
    await lr.fill('0');
    await lr.press('Enter');
    await expect(page.getByText('learning rate η: 0 is outside its range: it must be at least 0.0001 and at most 10. Keeping 0.1.')).toBeVisible();
    const beta = page.getByRole('textbox', { name: 'momentum β' });
    await beta.fill('1');
    await beta.press('Enter');
    await expect(page.getByText('momentum β: 1 is outside its range: it must be at least 0 and less than 1. Keeping 0.9.')).toBeVisible();
    await expect.poll(() => hashOf(page)).not.toContain('beta=');
  });

  test('on the saddle no learning rate settles, and the panel says why', async ({ page }) => {
    await page.goto('/#/descent?f=x^2-y^2&start=2,0.05&lr=0.1');
    await expect(page.getByTestId('stable-lr')).toContainText('curves down along one direction');
    await expect(page.getByTestId('stable-lr')).not.toContainText('converges');
  });

  test('η exactly 2/L bounces for ever: the panel says neither converges nor diverges', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+y^2&start=2,1&lr=1&opt=gd');
    await expect(page.getByTestId('stable-lr')).toContainText('it bounces for ever');
  });

  test('every setting has a slider beside its field: β by slider re-runs momentum and lands in the address', async ({ page }) => {
    await page.goto('/#/descent?f=x^2+10y^2&start=-4,1&lr=0.09&opt=gd,momentum&step=40');
    const before = await page.getByTestId('loss-momentum').textContent();
    await page.getByRole('slider', { name: 'momentum β' }).fill('0.5');
    await expect(page.getByRole('textbox', { name: 'momentum β' })).toHaveValue('0.5');
    await expect(page.getByTestId('loss-momentum')).not.toHaveText(before ?? '');
    await expect.poll(() => hashOf(page)).toContain('beta=0.5');
    for (const name of ['Adam β1', 'Adam β2', 'Adam epsilon', 'steps per second']) await expect(page.getByRole('slider', { name })).toBeVisible();
  });
});

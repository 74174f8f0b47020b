import { expect, test, type Page } from '@playwright/test';
import { hashOf, watchErrors } from './helpers';

/** Non-background pixels in a canvas-sized screenshot of the plane, with the SVG layers hidden. */
async function inkedPixels(page: Page): Promise<number> {
  const plane = page.locator('.plane').first();
  // Through the CSSOM, which the app's CSP allows (a <style> tag it would block).
  await page.evaluate(() =>
    document.querySelectorAll<HTMLElement>('.plane svg, .plane .view-controls').forEach((e) => (e.style.visibility = 'hidden')),
  );
  const shot = await plane.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r0) + Math.abs(d[i + 1] - g0) + Math.abs(d[i + 2] - b0) > 30) n++;
    return n;
  }, shot.toString('base64'));
}

test.describe('Field scene', () => {
  test('opens the lesson’s field from a hand-written link: typeset F, div F = 2, curl F = 2x, and the probe’s readings', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/field?F=2x,x^2&show=arrows,particles,div&n=5000&probe=1,1');
    await expect(page.getByRole('textbox', { name: 'F(x, y) =' })).toHaveValue('2x,x^2');
    await expect(page.getByTestId('F-at')).toHaveText('[2, 1]');
    await expect(page.getByTestId('div-at')).toHaveText('2');
    await expect(page.getByTestId('curl-at')).toHaveText('2');
    const derived = page.getByRole('region', { name: 'Divergence and curl' });
    await expect(derived).toContainText('∇⋅F(x,y)=2');
    await expect(derived).toContainText('2x');
    await expect(page.getByRole('img', { name: /^Colour: div F/ })).toBeVisible();
    noErrors();
  });

  test('typing a field changes the formula and the probe; a bad one keeps the old field with its message', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/field?F=2x,x^2&n=5000&probe=1,2');
    const input = page.getByRole('textbox', { name: 'F(x, y) =' });
    await input.fill('(-y, x)');
    await expect(page.getByTestId('F-at')).toHaveText('[−2, 1]');
    await expect(page.getByTestId('curl-at')).toHaveText('2');
    await expect(page.getByRole('region', { name: 'Divergence and curl' })).toContainText('=0');
    await input.fill('(-y, x + z)');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/unknown name "z" at column 10/)).toBeVisible();
    await expect(page.getByTestId('F-at')).toHaveText('[−2, 1]');
    noErrors();
  });

  test('the probe moves by keyboard, and “See J as a transform” opens Transform with J at the probe', async ({ page }) => {
    await page.goto('/#/field?F=2x,x^2&n=5000&probe=1,1');
    const probe = page.getByRole('button', { name: /^probe:/ });
    await probe.focus();
    await probe.press('ArrowRight');
    await expect(probe).toHaveAccessibleName('probe: 2, 1');
    await expect(page.getByTestId('F-at')).toHaveText('[4, 4]');
    // J = [[2, 0], [2x, 0]] = [[2, 0], [4, 0]] at x = 2.
    await page.getByRole('link', { name: 'See J as a transform' }).click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/transform\?m=2,0,4,0/);
    await expect(page.getByRole('heading', { level: 1, name: 'Transform' })).toBeVisible();
  });

  test('fixed points are named by their kind: a saddle for (x, −y), a centre for (−y, x), a source for (x, y)', async ({ page }) => {
    for (const [F, kind] of [
      ['x,-y', 'saddle'],
      ['-y,x', 'centre'],
      ['x,y', 'source'],
    ]) {
      await page.goto(`/#/field?F=${F}&n=5000`);
      await expect(page.getByTestId('fixed-points')).toContainText(`${kind} at [0, 0]`);
    }
  });

  test('a click drops dye whose path is drawn, and the link keeps it', async ({ page }) => {
    await page.goto('/#/field?F=-y,x&n=5000&show=arrows,fixed');
    const plane = page.getByRole('group', { name: 'Plane with the vector field F' });
    const box = (await plane.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.7, box.y + box.height / 2);
    await expect.poll(() => hashOf(page)).toMatch(/dye=[\d.]+,/);
    await expect(page.locator('.dye path.line')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Clear the dye path' })).toBeVisible();
  });

  test('particles draw under the app’s CSP, and pause under reduced motion (Step still works)', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
      const noErrors = watchErrors(page);
      await page.goto('/#/field?F=-y,x&show=particles&n=20000');
      const play = page.getByRole('button', { name: /^(Play|Pause)$/ });
      if (reducedMotion === 'reduce') {
        await expect(play).toHaveText('Play');
        await expect(page.getByTestId('particle-stats')).toContainText('paused');
        await page.getByRole('button', { name: 'Step' }).click();
      } else {
        await expect(play).toHaveText('Pause');
        await expect(page.getByTestId('particle-stats')).toContainText('frames a second');
      }
      await expect.poll(() => inkedPixels(page), { timeout: 10_000 }).toBeGreaterThan(2000);
      expect(violations).toEqual([]);
      noErrors();
      await context.close();
    }
  });

  test('a field undefined somewhere says so, and nothing freezes: the vortex', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/field?F=-y/(x^2%2By^2),x/(x^2%2By^2)&n=5000&probe=0,0');
    await expect(page.getByTestId('F-at')).toHaveText('[undefined, undefined]');
    await expect(page.getByTestId('undefined-note')).toContainText('F is undefined at 1 of the arrow points in view');
    await expect(page.getByRole('textbox', { name: 'F(x, y) =' })).toHaveValue('-y/(x^2+y^2),x/(x^2+y^2)');
    noErrors();
  });

  test('the downhill preset shows −∇f of a loss and links to the Descent scene with the same f', async ({ page }) => {
    await page.goto('/#/field?f=x^2+3y^2&n=5000&probe=2,1');
    await expect(page.getByRole('textbox', { name: 'f(x, y) =' })).toHaveValue('x^2+3y^2');
    await expect(page.getByTestId('F-at')).toHaveText('[−4, −6]');
    await expect(page.getByTestId('fixed-points')).toContainText('sink at [0, 0]');
    await page.getByRole('link', { name: /Race down this f in the Descent scene/ }).click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/descent\?f=x\^2\+3y\^2&start=2,1/);
  });

  test('a preset explains itself and the address follows', async ({ page }) => {
    await page.goto('/#/field?n=5000');
    await page.getByRole('combobox', { name: 'Presets' }).selectOption('rotation');
    await expect(page.getByTestId('preset-says')).toContainText('Turns around the origin');
    await expect.poll(() => hashOf(page)).toContain('F=-y,x');
  });

  test('P and Q can be typed in two inputs, each naming its own mistakes', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/field?F=2x,x^2&n=5000&probe=1,2');
    await page.getByRole('checkbox', { name: 'Type P and Q in two inputs' }).check();
    const P = page.getByRole('textbox', { name: 'P(x, y) =' });
    const Q = page.getByRole('textbox', { name: 'Q(x, y) =' });
    await expect(P).toHaveValue('2x');
    await expect(Q).toHaveValue('x^2');
    await Q.fill('x + y');
    await expect(page.getByTestId('F-at')).toHaveText('[2, 3]');
    await Q.fill('x + ');
    await expect(Q).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('F-at')).toHaveText('[2, 3]');
    await P.fill('-y');
    await expect(page.getByTestId('F-at')).toHaveText('[−2, 3]');
    await expect.poll(() => hashOf(page)).toContain('F=-y,x');
    noErrors();
  });

  test('the readings follow a hovering mouse, and come back to the probe when it leaves', async ({ page }) => {
    await page.goto('/#/field?F=-y,x&n=5000&probe=1,1&show=arrows,probe');
    await expect(page.getByTestId('F-at')).toHaveText('[−1, 1]');
    const plane = page.getByRole('group', { name: 'Plane with the vector field F' });
    const box = (await plane.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2);
    await expect(page.getByRole('heading', { name: /^Under the pointer/ })).toBeVisible();
    await expect(page.getByTestId('F-at')).not.toHaveText('[−1, 1]');
    await page.mouse.move(box.x + box.width + 50, box.y + 10);
    await expect(page.getByRole('heading', { name: /^At the probe \(1, 1\)/ })).toBeVisible();
    await expect(page.getByTestId('F-at')).toHaveText('[−1, 1]');
  });

  test('Transform links to A as a flow: F = A [x, y], a saddle for [[1, 0], [0, −1]]', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,-1&x=1,1');
    await page.getByRole('link', { name: 'See A as a flow in the Field scene' }).click();
    await expect.poll(() => hashOf(page)).toMatch(/^#\/field\?F=x,-y&/);
    await expect(page.getByTestId('fixed-points')).toContainText('saddle at [0, 0]');
  });

  test('a field whose P starts with a bracket survives the share link; the link holds the field in force, not a mistyped one', async ({ page }) => {
    await page.goto('/#/field?F=-y,x&n=5000&probe=1,2');
    const input = page.getByRole('textbox', { name: 'F(x, y) =' });
    await input.fill('((x-1)*y, x)');
    await expect(page.getByTestId('F-at')).toHaveText('[0, 1]');
    await expect.poll(() => hashOf(page)).toContain('F=(x-1)*y,x&');
    await input.fill('((x-1)*y, x');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await page.waitForTimeout(400);
    expect(hashOf(page)).toContain('F=(x-1)*y,x&');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'F(x, y) =' })).toHaveValue('(x-1)*y,x');
    await expect(page.getByTestId('F-at')).toHaveText('[0, 1]');
    await expect(page.getByRole('status').filter({ hasText: 'Some of this link could not be used' })).toHaveCount(0);
  });

  test('every fixed point of (x³ − x, y³ − y) in view: a sink, four saddles, four sources', async ({ page }) => {
    await page.goto('/#/field?F=x^3-x,y^3-y&n=5000&show=arrows,fixed');
    const list = page.getByTestId('fixed-points');
    await expect(list.getByRole('listitem')).toHaveCount(9);
    await expect(list).toContainText('sink at [0, 0]');
    await expect(list.getByRole('listitem').filter({ hasText: /^saddle/ })).toHaveCount(4);
    await expect(list.getByRole('listitem').filter({ hasText: /^source/ })).toHaveCount(4);
  });

  test('a pole does not wash out the divergence colours: the legend clips and says so', async ({ page }) => {
    await page.goto('/#/field?F=1/x,1/y&n=5000&show=div');
    await expect(page.getByRole('img', { name: /^Colour: div F/ })).toHaveAccessibleName(/clipped to the ends/);
  });
});

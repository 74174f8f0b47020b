import { expect, test, type Page } from '@playwright/test';
import { centre, hashOf, mouseDrag, watchErrors, worldToPage } from './helpers';

const handleI = (page: Page) => page.getByRole('button', { name: /^i-hat, first column:/ });
const handleJ = (page: Page) => page.getByRole('button', { name: /^j-hat, second column:/ });
const entry = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^A ${name}`) });

test.describe('Transform scene', () => {
  test('the lesson’s example: A = [[1, 2], [3, 4]], x = [5, 6] gives Ax = [17, 39]', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4&x=5,6');
    await expect(page.getByTestId('ax')).toHaveText('Ax = [17, 39]');
    await expect(page.getByText('row 1 · x = 1·5 + 2·6 = 17')).toBeVisible();
    await expect(page.getByText('row 2 · x = 3·5 + 4·6 = 39')).toBeVisible();
    await expect(handleI(page)).toHaveAccessibleName('i-hat, first column: 1, 3');
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 2, 4');
    await expect(page.getByTestId('det-sentence')).toContainText('det A = −2');
    // The view frames what the learner moves (î, ĵ, the square, x), never shrinking them to specks to fit
    // Ax = (17, 39): that gets a marker at the edge, with its value, which shows it when pressed.
    const [i, j] = [await centre(handleI(page)), await centre(handleJ(page))];
    expect(Math.hypot(i[0] - j[0], i[1] - j[1])).toBeGreaterThan(40);
    const marker = page.getByRole('button', { name: 'Ax is off screen at (17, 39): show it' });
    await expect(marker).toBeVisible();
    await marker.click();
    const plane = (await page.getByRole('group', { name: 'Plane transformed by matrix A' }).boundingBox())!;
    const ax = page.locator('svg text', { hasText: /^Ax$/ });
    await expect.poll(async () => (await ax.boundingBox())?.y ?? -1).toBeGreaterThan(plane.y);
    const box = (await ax.boundingBox())!;
    expect(box.x + box.width).toBeLessThan(plane.x + plane.width);
    await expect(marker).toHaveCount(0);
    noErrors();
  });

  test('eigenlines cross the whole view but are drawn only where they can be seen', async ({ page }) => {
    // [[2, 1], [1, 2]] keeps the lines y = x (λ = 3) and y = −x (λ = 1).
    await page.goto('/#/transform?m=2,1,1,2&show=eigen');
    await expect(page.locator('svg text', { hasText: 'λ₁ = 3' })).toBeVisible();
    const plane = (await page.getByRole('group', { name: 'Plane transformed by matrix A' }).boundingBox())!;
    const lines = page.locator('svg line.dashed');
    await expect(lines).toHaveCount(2);
    for (const line of await lines.all()) {
      const [x1, y1, x2, y2] = await line.evaluate((el) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(el.getAttribute(a))));
      // Within the plane, give or take the margin that hides the line's ends…
      for (const x of [x1, x2]) (expect(x).toBeGreaterThanOrEqual(-40), expect(x).toBeLessThanOrEqual(plane.width + 40));
      for (const y of [y1, y2]) (expect(y).toBeGreaterThanOrEqual(-40), expect(y).toBeLessThanOrEqual(plane.height + 40));
      // …and still from edge to edge: a diagonal through the origin spans the shorter side at least.
      expect(Math.hypot(x2 - x1, y2 - y1)).toBeGreaterThan(Math.min(plane.width, plane.height));
    }
  });

  test('λ labels keep clear of the other labels, even in the crowded lesson example on a projector', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/#/transform?m=1,2,3,4&x=1,1&present=1');
    await expect(page.locator('svg text', { hasText: 'λ₁ = 5.37' })).toBeVisible();
    const boxes = await page.locator('svg text.label').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      }),
    );
    const lambdas = boxes.filter((b) => b.text.startsWith('λ'));
    expect(lambdas).toHaveLength(2);
    for (const l of lambdas) {
      for (const other of boxes) {
        if (other === l) continue;
        const overlap = l.x0 < other.x1 && other.x0 < l.x1 && l.y0 < other.y1 && other.y0 < l.y1;
        expect(overlap, `"${l.text}" overlaps "${other.text}"`).toBe(false);
      }
    }
  });

  test('dragging î’s tip changes the entries, det and the URL', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1&x=2,1');
    const toPage = await worldToPage(page, { locator: handleI(page), world: [1, 0] }, { locator: handleJ(page), world: [0, 1] });
    await mouseDrag(page, await centre(handleI(page)), toPage([2, 1]));
    await expect(handleI(page)).toHaveAccessibleName('i-hat, first column: 2, 1');
    await expect(entry(page, 'row 1, column 1')).toHaveValue('2');
    await expect(entry(page, 'row 2, column 1')).toHaveValue('1');
    await expect(page.getByTestId('det-sentence')).toContainText('det A = 2');
    await expect.poll(() => hashOf(page)).toContain('m=2,0,1,1');
  });

  test('keyboard: ArrowLeft moves î one grid step and the change is spoken', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1');
    const i = handleI(page);
    await i.focus();
    // The identity is framed close up: the labelled grid lines are 0.5 apart, and so is a key step.
    await i.press('ArrowLeft');
    await expect(i).toHaveAccessibleName('i-hat, first column: 0.5, 0');
    for (let n = 0; n < 3; n++) await i.press('ArrowLeft');
    await expect(i).toHaveAccessibleName('i-hat, first column: −1, 0');
    await expect(page.getByRole('status').filter({ hasText: 'det −1, orientation flipped' })).toBeAttached();
    await expect(page.getByTestId('det-sentence')).toContainText('flips orientation');
  });

  test('typing an entry transforms the plane; bad text keeps the last good matrix', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,0,0,1');
    const d = entry(page, 'row 2, column 2');
    await d.click();
    await d.fill('3');
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 0, 3');
    await expect(page.getByTestId('det-sentence')).toContainText('det A = 3');
    await d.fill('1e400');
    await d.press('Enter');
    await expect(d).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').getByText(/A row 2, column 2 \(d\): “1e400” is outside the range/)).toBeVisible();
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 0, 3');
    await d.fill('abc');
    await d.press('Enter');
    await expect(page.getByRole('alert').getByText(/a number is expected here: abc is not a known name .*Keeping 3\./)).toBeVisible();
    await expect.poll(() => hashOf(page)).toContain('m=1,0,0,3');
    noErrors();
  });

  test('an entry scrubs when dragged sideways', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1');
    const b = entry(page, 'row 1, column 2');
    const c = await centre(b);
    await mouseDrag(page, c, [c[0] + 80, c[1]], 10);
    await expect(b).toHaveValue('2');
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 2, 1');
  });

  test('a singular preset collapses the plane and says why', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1');
    await page.getByRole('button', { name: 'Singular (rank 1)' }).click();
    await expect(page.getByTestId('det-sentence')).toContainText('squashes the whole plane onto a line (rank 1)');
    await expect(page.getByText(/^A has no inverse/)).toBeVisible();
    await page.getByRole('button', { name: 'Rotation by θ' }).click();
    await expect(page.getByTestId('eigen-sentence')).toContainText('No real eigenvector');
    await page.getByRole('button', { name: 'Identity' }).click();
    await expect(page.getByTestId('eigen-sentence')).toContainText('every vector is an eigenvector');
    await page.getByRole('button', { name: 'Shear' }).click();
    await expect(page.getByTestId('eigen-sentence')).toContainText('single eigenvector line');
  });

  test('a malformed matrix in the link is named and the default kept', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,NaN,4&x=1,abc&view=sideways');
    const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used' });
    await expect(notice).toContainText('m: number 3: “NaN” is not a number');
    await expect(notice).toContainText('x: number 2: “abc” is not a number');
    await expect(notice).toContainText('view: “sideways” not known');
    await expect(handleI(page)).toHaveAccessibleName('i-hat, first column: 2, 1');
    noErrors();
  });

  test('composition: AB and BA differ, and the URL keeps the view', async ({ page }) => {
    await page.goto('/#/transform?m=1,2,3,4&b=0,-1,1,0');
    await page.getByRole('radio', { name: 'first B, then A (AB)' }).check();
    await expect(page.getByText('AB ≠ BA: the order matters')).toBeVisible();
    await expect.poll(() => hashOf(page)).toContain('view=AB');
    await page.getByRole('slider', { name: 'animation time t' }).fill('0.5');
    await expect.poll(() => hashOf(page)).toContain('t=0.5');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'first B, then A (AB)' })).toBeChecked();
    await expect(page.getByRole('slider', { name: 'animation time t' })).toHaveValue('0.5');
  });

  test('the animation from I to A ends at A (and jumps there under reduced motion)', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto('/#/transform?m=1,2,3,4&t=0');
      const t = page.getByRole('slider', { name: 'animation time t' });
      await expect(t).toHaveValue('0');
      await page.getByRole('button', { name: 'Play from I' }).click();
      if (reducedMotion === 'reduce') await expect(t).toHaveValue('1', { timeout: 200 });
      else await expect(t).toHaveValue('1', { timeout: 4000 });
      await context.close();
    }
  });

  test('back and forward restore the matrix', async ({ page }) => {
    await page.goto('/#/transform?m=1,0,0,1');
    await page.getByRole('button', { name: 'Shear' }).click();
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 1, 1');
    await page.goBack();
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 0, 1');
    await page.goForward();
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column: 1, 1');
  });
});

test.describe('Transform scene: the column picture', () => {
  test('Ax is written and drawn as x₁ times the first column plus x₂ times the second', async ({ page }) => {
    await page.goto('/#/transform?m=1,2,3,4&x=5,6&show=x,columns');
    await expect(page.getByTestId('column-picture')).toHaveText('Ax = 5·[1, 3] + 6·[2, 4] = [5, 15] + [12, 24] = [17, 39]');
    await expect(page.locator('svg text', { hasText: /^5î$/ })).toBeAttached();
    await expect(page.locator('svg text', { hasText: /^6ĵ$/ })).toBeAttached();
    await page.getByRole('checkbox', { name: /^The column picture/ }).uncheck();
    await expect(page.locator('svg text', { hasText: /^5î$/ })).toHaveCount(0);
  });
});

// Lessons as links: a teacher builds one from three scenes, copies its link, and a class opens it
// and steps through with the keyboard; the lesson file opens again to the same lesson.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchErrors } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1600, height: 900 } });

const handleI = (page: Page) => page.getByRole('button', { name: /^i-hat, first column:/ });
const where = (page: Page) => page.getByRole('region', { name: 'Lesson' }).locator('.where');

async function addView(page: Page, hash: string, heading: string, n: number) {
  await page.goto(hash);
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add to lesson' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added as step ${n} of your lesson` })).toBeVisible();
}

test('build a lesson from three scenes, share its link, step through it by keyboard; its file opens again', async ({ page, context }) => {
  const noErrors = watchErrors(page);
  await addView(page, '/#/vectors?a=3,-2&b=-2,5', 'Vectors', 1);
  await addView(page, '/#/transform?m=1,2,3,4&x=5,6', 'Transform', 2);
  await addView(page, '/#/matrices', 'Matrices', 3);

  // The editor: three steps, a note, the title, then the link.
  await page.getByRole('navigation', { name: 'Scenes' }).getByRole('link', { name: 'Lesson' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the lesson' })).toBeVisible();
  await expect(page.getByText(/^Step \d: /)).toHaveText(['Step 1: Vectors', 'Step 2: Transform', 'Step 3: Matrices']);
  await page.getByRole('textbox', { name: 'Title' }).fill('A @ x, three ways');
  await page.getByRole('textbox', { name: 'Title' }).press('Tab');
  const note = page.getByRole('textbox', { name: 'Note for step 2' });
  await note.fill('A sends x = [5, 6] to [17, 39].');
  await note.press('Tab');
  await expect(page.getByRole('heading', { name: 'A @ x, three ways', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Copy the lesson link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lesson link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/lesson\?title=A%20@%20x,%20three%20ways&step=vectors:a=3,-2%26b=-2,5/);

  // The file, for later.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the lesson file' }).click();
  const file = await (await download).path();
  const json = await readFile(file, 'utf8');
  expect(JSON.parse(json)).toMatchObject({ format: 'vector-playground-lesson', version: 1, title: 'A @ x, three ways' });

  // A learner opens the link in a page of their own and steps through with the keyboard.
  const learner = await context.newPage();
  const learnerErrors = watchErrors(learner);
  await learner.goto(link);
  await expect(where(learner)).toHaveText('Step 1 of 3 · Vectors');
  await expect(learner.getByRole('button', { name: /^vector a:/ })).toHaveAccessibleName('vector a: right 3, down 2');
  await learner.keyboard.press('PageDown');
  await expect(where(learner)).toHaveText('Step 2 of 3 · Transform: A sends x = [5, 6] to [17, 39].');
  await expect(handleI(learner)).toHaveAccessibleName(/: 1, 3$/);
  // The learner can still drag (here by keys); "Reset this step" brings the step back.
  await handleI(learner).focus();
  await learner.keyboard.press('ArrowRight');
  await expect(handleI(learner)).not.toHaveAccessibleName(/: 1, 3$/);
  // With a handle focused, the arrows are the handle's, not the lesson's.
  await expect(where(learner)).toContainText('Step 2 of 3');
  await learner.getByRole('button', { name: 'Reset this step' }).click();
  await expect(handleI(learner)).toHaveAccessibleName(/: 1, 3$/);
  await learner.locator('body').focus();
  await learner.keyboard.press('ArrowRight');
  await expect(where(learner)).toHaveText('Step 3 of 3 · Matrices');
  await expect(learner.getByRole('heading', { name: /In \[3\]: A @ x/ })).toBeVisible();
  await learner.keyboard.press('PageUp');
  await expect(where(learner)).toHaveText(/^Step 2 of 3/);
  // Coming back restores the step exactly.
  await expect(handleI(learner)).toHaveAccessibleName(/: 1, 3$/);
  learnerErrors();

  // The lesson file opens again, in a fresh page, to the same lesson; a malformed one changes nothing.
  const other = await context.newPage();
  await other.goto('/#/lesson?edit=1');
  await other.getByLabel('Lesson file', { exact: true }).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "something else"}'),
  });
  await expect(other.getByRole('alert')).toContainText('“broken.json”: This file is not a lesson');
  await expect(other.getByRole('heading', { name: 'Build a lesson, or open one' })).toBeVisible();
  await other.getByLabel('Lesson file', { exact: true }).setInputFiles(file);
  await expect(other.getByRole('heading', { name: 'A @ x, three ways', level: 1 })).toBeVisible();
  await expect(other.getByText(/^Step \d: /)).toHaveText(['Step 1: Vectors', 'Step 2: Transform', 'Step 3: Matrices']);
  await expect(other.getByRole('textbox', { name: 'Note for step 2' })).toHaveValue('A sends x = [5, 6] to [17, 39].');
  noErrors();
});

test('a lesson link with a step that cannot be used says which, and shows the rest', async ({ page }) => {
  await page.goto('/#/lesson?title=Mixed&step=vectors:a=1,1:One&step=nowhere:x=1:Two&at=7');
  await expect(where(page)).toHaveText('Step 1 of 1 · Vectors: One');
  const notice = page.getByRole('status').filter({ hasText: 'Some of this lesson link could not be used' });
  await expect(notice).toContainText('step 2: there is no scene called “nowhere”; the step is left out');
  await expect(notice).toContainText('“7” is not a step of this lesson (1 to 1); showing step 1');
});

test('the lessons that come with the app open from the lesson page', async ({ page }) => {
  await page.goto('/#/lesson');
  await page.getByRole('link', { name: 'Vectors, fields and gradient descent' }).click();
  await expect(where(page)).toHaveText(/^Step 1 of 6 · Vectors: The vector \[3, −2\]: right 3, down 2/);
  for (let k = 0; k < 5; k++) await page.keyboard.press('PageDown');
  await expect(where(page)).toHaveText(/^Step 6 of 6 · Descent: With learning rate 1.1/);
});

test('a QR code of the lesson for phones, and a pen for the teacher that is cleared per step', async ({ page }) => {
  const noErrors = watchErrors(page);
  await page.goto('/#/lesson?title=Two&step=vectors:a=3,-2:One&step=transform:m=1,2,3,4:Two&present=1');
  // Presenting at 1280 px the teacher's tools are in the bar's More menu.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'QR code' }).click();
  const qr = page.getByRole('img', { name: 'QR code of the link to this lesson, step 1' });
  await expect(qr).toBeVisible();
  // A real code: many dark modules on a white square, square itself.
  const box = (await qr.boundingBox())!;
  expect(Math.abs(box.width - box.height)).toBeLessThan(1);
  expect(((await qr.locator('path').getAttribute('d')) ?? '').split('M').length).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Close' }).click();

  // Pen on: a stroke over the plane leaves ink (and does not move the plane's handles).
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('button', { name: 'Pen', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const a = page.getByRole('button', { name: /^vector a:/ });
  const before = await a.getAttribute('aria-label');
  const [x, y] = await a.boundingBox().then((b) => [b!.x + b!.width / 2, b!.y + b!.height / 2]);
  await page.mouse.move(x - 60, y - 60);
  await page.mouse.down();
  await page.mouse.move(x + 40, y + 40, { steps: 8 });
  await page.mouse.up();
  const inked = () =>
    page.locator('canvas.pen').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
  expect(await inked()).toBeGreaterThan(100);
  await expect(a).toHaveAttribute('aria-label', before!);
  // The next step starts with a clean sheet; so does "Clear the drawing".
  await page.locator('body').focus();
  await page.keyboard.press('PageDown');
  await expect(where(page)).toHaveText('Step 2 of 2 · Transform: Two');
  expect(await inked()).toBe(0);
  noErrors();
});

for (const theme of ['light', 'dark'] as const)
  test(`the lesson page and its editor pass axe's serious checks: ${theme}`, async ({ page }) => {
    // Two full axe runs: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    await page.goto(`/#/lesson?title=Two&step=vectors:a=3,-2:One&step=transform:m=1,2,3,4:Two&theme=${theme}&present=1`);
    await expect(where(page)).toHaveText('Step 1 of 2 · Vectors: One');
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'Pen', exact: true }).click();
    await page.getByRole('button', { name: 'QR code' }).click();
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'Edit the lesson' }).click();
    await expect(page.getByRole('heading', { name: 'Edit the lesson' })).toBeVisible();
    expect(await serious()).toEqual([]);
  });

test('at 1024 × 768 presenting the lesson bar is two rows: the step, then its buttons, the teacher’s tools in a More menu', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#/lesson?title=Linear%20algebra&step=vectors:a=3,-2:The%20vector%20%5B3,%20%E2%88%922%5D&step=transform:m=1,2,3,4:A&present=1');
  const bar = page.getByRole('region', { name: 'Lesson' });
  await expect(where(page)).toHaveText('Step 1 of 2 · Vectors: The vector [3, −2]');
  const more = bar.getByRole('button', { name: 'More' });
  await expect(more).toBeVisible();

  // Every button of the bar on one row, below the one line of the title and the step.
  const tops = await bar.getByRole('button').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const row = (await more.boundingBox())!;
  const text = (await where(page).boundingBox())!;
  const box = (await bar.boundingBox())!;
  expect(text.y + text.height).toBeLessThanOrEqual(row.y);
  // Two rows: the text's line and the buttons', with the bar's padding; a third row would add another button's height.
  expect(box.height).toBeLessThan(text.height + row.height * 2);

  // The menu by keyboard: its tools are named, Escape closes it and gives the focus back.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const pen = bar.getByRole('button', { name: 'Pen', exact: true });
  await expect(pen).toBeVisible();
  await expect(bar.getByRole('button', { name: 'QR code' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Edit the lesson' })).toBeVisible();
  await pen.focus();
  await page.keyboard.press('Enter');
  await expect(pen).toHaveAttribute('aria-pressed', 'true');
  await expect(bar.getByRole('radiogroup', { name: 'Pen colour' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  await expect(pen).toBeHidden();
  // The bar stays two rows with the pen on; the clicker's keys still move between steps.
  expect((await bar.boundingBox())!.height).toBeLessThan(text.height + row.height * 2);
  await page.keyboard.press('PageDown');
  await expect(where(page)).toHaveText('Step 2 of 2 · Transform: A');
  await page.keyboard.press('ArrowLeft');
  await expect(where(page)).toHaveText('Step 1 of 2 · Vectors: The vector [3, −2]');
});

import { expect, test, type Page } from '@playwright/test';
import { centre, hashOf, mouseDrag, watchErrors, worldToPage } from './helpers';

const handleI = (page: Page) => page.getByRole('button', { name: /^i-hat, first column of W:/ });
const handleJ = (page: Page) => page.getByRole('button', { name: /^j-hat, second column of W:/ });
const handleB = (page: Page) => page.getByRole('button', { name: /^bias b:/ });
const entry = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^W ${name}`) });
const stage = (page: Page) => page.getByRole('slider', { name: 'stage' });
const stepsOf = async (page: Page) => Number((await page.getByTestId('loss').innerText()).match(/step (\d+)/)![1]);
const lossOf = async (page: Page) => Number((await page.getByTestId('loss').innerText()).match(/loss ([\d.]+)/)![1]);

test.describe('Layer scene', () => {
  test('the stages are scrubbed by keyboard, and the stage shown is named', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/layer?W=1,0,0,1&b=0,0&act=relu&data=xor&stage=0');
    await expect(page.getByTestId('stage-name')).toHaveText('input');
    const slider = stage(page);
    await slider.focus();
    await page.keyboard.press('End');
    await expect(page.getByTestId('stage-name')).toHaveText('σ(W x + b)');
    await expect(slider).toHaveAttribute('aria-valuetext', 'σ(W x + b)');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('stage-name')).toHaveText('input');
    // One key press: a twentieth of a stage, part of the way from the input to W x.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('stage-name')).toHaveText('input, 5 % of the way to W x');
    await expect.poll(() => hashOf(page)).toContain('stage=0.05');
    // The buttons go to a stage (animated, or at once under reduced motion).
    await page.getByRole('button', { name: 'W x', exact: true }).click();
    await expect(page.getByTestId('stage-name')).toHaveText('W x');
    await page.getByRole('button', { name: '+ b', exact: true }).click();
    await expect(page.getByTestId('stage-name')).toHaveText('W x + b');
    noErrors();
  });

  test('arrow keys move î and W changes; a drag of b changes b', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/layer?W=1,0,0,1&b=0,0&data=blobs');
    const i = handleI(page);
    await expect(i).toHaveAccessibleName('i-hat, first column of W: 1, 0');
    await i.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    // One grid step right and one up: the step is the grid's at this zoom (1 or ½ here).
    await expect(i).not.toHaveAccessibleName('i-hat, first column of W: 1, 0');
    const [x, y] = ((await i.getAttribute('aria-label'))!.split(': ')[1].split(', ') as string[]).map(Number);
    expect(x).toBeGreaterThan(1);
    expect(y).toBe(x - 1);
    await expect(entry(page, 'row 1, column 1')).toHaveValue(String(x));
    await expect(entry(page, 'row 2, column 1')).toHaveValue(String(y));
    await expect.poll(() => hashOf(page)).toContain(`W=${x},0,${y},1`);

    const toPage = await worldToPage(page, { locator: handleJ(page), world: [0, 1] }, { locator: i, world: [x, y] });
    await mouseDrag(page, await centre(handleB(page)), toPage([1, -1]));
    await expect(handleB(page)).toHaveAccessibleName('bias b: 1, −1');
    await expect.poll(() => hashOf(page)).toContain('b=1,-1');
    noErrors();
  });

  test('typing an entry of W moves its handle', async ({ page }) => {
    await page.goto('/#/layer?W=1,0,0,1&b=0,0');
    const cell = entry(page, 'row 1, column 2');
    await cell.fill('-2');
    await cell.press('Enter');
    await expect(handleJ(page)).toHaveAccessibleName('j-hat, second column of W: −2, 1');
  });

  test('switching to ReLU folds the plane: every point ends up with no negative coordinate', async ({ page }) => {
    await page.goto('/#/layer?W=1,0,0,1&b=0,0&act=tanh&data=circles');
    await page.getByRole('radio', { name: 'ReLU' }).check();
    await expect.poll(() => hashOf(page)).toContain('act=relu');
    await expect(page.getByText('ReLU keeps positive numbers and sets negative ones to 0')).toBeVisible();
    // The points are drawn where the layer puts them: at stage 3 none is left of or below the origin.
    const plane = page.getByRole('group', { name: 'Plane warped by the layer σ(W x + b)' });
    await expect(plane).toBeVisible();
    const toPage = await worldToPage(page, { locator: handleI(page), world: [1, 0] }, { locator: handleJ(page), world: [0, 1] });
    const origin = toPage([0, 0]);
    const box = (await plane.locator('path.class0').boundingBox())!;
    expect(box.x).toBeGreaterThan(origin[0] - 10);
    expect(box.y + box.height).toBeLessThan(origin[1] + 10);
  });

  test('training by steps and by play makes the loss fall', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/layer?W=1,0,0,1&b=0,0&act=tanh&data=blobs&seed=3');
    await expect(page.getByTestId('loss')).toContainText('step 0:');
    const before = await lossOf(page);
    const biasX = page.getByRole('textbox', { name: 'bias b, x component' });
    const widthOf = async () => (await biasX.boundingBox())!.width;
    const biasWidth = await widthOf();
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let k = 0; k < 5; k++) await step.click();
    await expect(page.getByTestId('loss')).toContainText('step 5:');
    const afterSteps = await lossOf(page);
    expect(afterSteps).toBeLessThan(before);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(async () => lossOf(page)).toBeLessThan(afterSteps / 2);
    await page.getByRole('button', { name: 'Pause training' }).click();
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
    // Trained, b holds digits like W's (3 significant) and its fields keep their width: the panel does not shift.
    await expect(biasX).toHaveValue(/^−?\d*\.?\d+$/);
    expect((await biasX.inputValue()).replace(/[−.]/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(3);
    expect(await widthOf()).toBeCloseTo(biasWidth, 0);
    // A trained network is in the link: its later layers as numbers.
    await expect.poll(() => hashOf(page)).toContain('net=');
    await expect(page.getByRole('slider', { name: 'Loss by training step' })).toBeVisible();
    const played = await stepsOf(page);
    await page.getByRole('button', { name: '100 steps' }).click();
    await expect.poll(() => stepsOf(page)).toBe(played + 100);
    // Back to the seed's start: the link no longer holds a trained network.
    await page.getByRole('button', { name: 'Start again from the seed' }).click();
    await expect(page.getByTestId('loss')).toContainText('step 0:');
    await expect.poll(() => hashOf(page)).not.toContain('net=');
    noErrors();
  });

  test('a bad value in the link is named, and the rest of the link still applies', async ({ page }) => {
    await page.goto('/#/layer?W=oops&act=relu&stage=7');
    await expect(page.getByText('Some of this link could not be used:')).toBeVisible();
    await expect(page.getByText(/W: expected 4 numbers/)).toBeVisible();
    await expect(page.getByText(/stage: .*outside 0 to 3/)).toBeVisible();
    await expect(page.getByRole('radio', { name: 'ReLU' })).toBeChecked();
    await expect(handleI(page)).toHaveAccessibleName('i-hat, first column of W: 1.2, 0.7');
  });
});

// Undo, redo and reset in every scene: Ctrl+Z and Ctrl+Shift+Z (and the panel's buttons) step
// through what the learner did, each step restoring the state exactly as its address says.
import { expect, test, type Page } from '@playwright/test';
import { scenes } from '../../src/scenes/index';
import { hashOf, watchErrors } from './helpers';

const handleI = (page: Page) => page.getByRole('button', { name: /^i-hat, first column:/ });

test.describe('undo and redo', () => {
  test('arrow-key moves, a preset and a toggle undo one by one, by keyboard and by button', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/transform?m=1,2,3,4');
    await expect(handleI(page)).toHaveAccessibleName(/: 1, 3$/);
    const start = hashOf(page);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await expect(undo).toHaveAttribute('aria-disabled', 'true');

    // Edit 1: î nudged right twice (one edit: nudges of one handle go together).
    await handleI(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(handleI(page)).not.toHaveAccessibleName(/: 1, 3$/);
    const moved = (await handleI(page).getAttribute('aria-label'))!;
    // The address catches up with the last nudge (rewrites are paced): î's new column is in it.
    const [x, y] = moved.replace(/^.*: /, '').split(', ');
    await expect.poll(() => hashOf(page)).toContain(`m=${x},2,${y},4`);
    const afterMove = hashOf(page);
    // Edit 2: a preset.
    await page.getByRole('button', { name: 'Identity' }).click();
    await expect(handleI(page)).toHaveAccessibleName(/: 1, 0$/);
    await expect.poll(() => hashOf(page)).toContain('m=1,0,0,1');

    // Ctrl+Z with the focus on the page (not in a text field): back to the nudged î, exactly.
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect(handleI(page)).toHaveAccessibleName(moved);
    await expect.poll(() => hashOf(page)).toBe(afterMove);
    await undo.click();
    await expect(handleI(page)).toHaveAccessibleName(/: 1, 3$/);
    await expect.poll(() => hashOf(page)).toBe(start);
    await expect(undo).toHaveAttribute('aria-disabled', 'true');
    // Redo, by keyboard and by button.
    await page.keyboard.press('Control+Shift+z');
    await expect(handleI(page)).toHaveAccessibleName(moved);
    await redo.click();
    await expect(handleI(page)).toHaveAccessibleName(/: 1, 0$/);
    await expect(redo).toHaveAttribute('aria-disabled', 'true');
    // A new edit after an undo drops the redo.
    await undo.click();
    await page.getByRole('button', { name: 'Rotation by θ' }).click();
    await expect(redo).toHaveAttribute('aria-disabled', 'true');
    noErrors();
  });

  test('in a text field Ctrl+Z is the field’s own; the Undo button takes back a typed cell', async ({ page }) => {
    await page.goto('/#/matrices');
    const cell = page.getByRole('textbox', { name: 'cell 3' });
    await cell.fill('A @ A');
    await expect(page.getByRole('heading', { name: /In \[3\]: A @ A/ })).toBeVisible();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(cell).toHaveValue('A @ x');
    await expect(page.getByRole('heading', { name: /In \[3\]: A @ x/ })).toBeVisible();
  });

  for (const scene of scenes) {
    const examples = (scene as { examples?: readonly { query?: string }[] }).examples ?? [];
    test(`${scene.id}: reset brings the defaults, and undo brings the link’s scene back exactly`, async ({ page }) => {
      const noErrors = watchErrors(page);
      const heading = page.getByRole('heading', { name: scene.title, exact: true });
      // The scene's own spelling of a link: what its address settles on once it is open.
      const settled = async (query: string) => {
        await page.goto(`/#/${scene.id}?${query}`);
        await expect(heading).toBeVisible();
        let last = '';
        await expect.poll(async () => [last, (last = hashOf(page))][0] === last, { intervals: [300, 300, 300] }).toBe(true);
        return last;
      };
      const bare = await settled('');
      let linked = '';
      for (const e of examples) if (e.query && (linked = await settled(e.query)) !== bare) break;
      expect(linked, `${scene.id} needs an example link that is not its defaults`).not.toBe(bare);
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect.poll(() => hashOf(page)).not.toBe(linked);
      const defaults = hashOf(page);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await expect.poll(() => hashOf(page)).toBe(linked);
      await page.getByRole('button', { name: 'Redo', exact: true }).click();
      await expect.poll(() => hashOf(page)).toBe(defaults);
      noErrors();
    });
  }
});

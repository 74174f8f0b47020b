// Challenges: a goal in a scene, a meter that follows the learner's work, an explanation once it is
// reached, progress kept in this browser, and a challenge written by hand as a link.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './helpers';

test.use({ viewport: { width: 1600, height: 900 } });

const bar = (page: Page) => page.getByRole('region', { name: 'Challenge' });
const meter = (page: Page) => bar(page).getByRole('meter', { name: 'How close you are' });
const solved = (page: Page) => page.getByRole('heading', { name: 'Solved' });

async function open(page: Page, title: string) {
  await page.goto('/#/challenges');
  const link = page.getByRole('link', { name: title, exact: true });
  // By keyboard: the link takes the focus and Enter follows it.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(bar(page).getByRole('heading', { level: 1 })).toContainText(title);
  await expect(meter(page)).toBeVisible();
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

test('solve three challenges by keyboard alone, read why, and see them ticked on the list', async ({ page }) => {
  const noErrors = watchErrors(page);
  await page.goto('/#/challenges');
  await expect(page.getByText('You have solved 0 of 17.')).toBeVisible();
  await expect(page.getByRole('list').getByRole('link')).toHaveCount(17);

  // 1. Squash the plane: ĵ from (1, 2) onto î's line, at (4, 2).
  await open(page, 'Squash the plane onto a line');
  await expect(meter(page)).toHaveAttribute('aria-valuetext', 'det A = 3; the goal is 0 (within 0.05)');
  await expect(solved(page)).toHaveCount(0);
  await page.getByRole('button', { name: /^j-hat, second column:/ }).focus();
  await press(page, 'ArrowRight', 3);
  await expect(page.getByRole('button', { name: /^j-hat, second column:/ })).toHaveAccessibleName('j-hat, second column: 4, 2');
  await expect(meter(page)).toHaveAttribute('aria-valuenow', '100');
  await expect(solved(page)).toBeVisible();
  await expect(page.getByText(/det A = ad − bc = 2·2 − 4·1 = 0\. .* no matrix can undo it/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Solved: Squash the plane onto a line' })).toBeAttached();
  // Moving î breaks the rule: the goal is no longer reached, and the message says why.
  await page.getByRole('button', { name: /^i-hat, first column:/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(bar(page).getByRole('alert')).toContainText('î (the first column) has moved');
  await expect(solved(page)).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(solved(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next challenge →' })).toBeVisible();

  // 2. Perpendicular to a: b from (1, 1) to (2, 3), a kept at (3, −2).
  await open(page, 'Perpendicular to a');
  await bar(page).getByText('Hint').click();
  await expect(bar(page).getByText('Swap the two components of a')).toBeVisible();
  // The arrow keys move a vector half a unit.
  await page.getByRole('button', { name: /^vector b:/ }).focus();
  await press(page, 'ArrowRight', 2);
  await press(page, 'ArrowUp', 4);
  await expect(page.getByRole('button', { name: /^vector b:/ })).toHaveAccessibleName('vector b: right 2, up 3');
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /^a · b = 0;/);
  await expect(page.getByText(/a · b = 3·2 \+ \(−2\)·3 = 0: a and b are perpendicular/)).toBeVisible();

  // 3. Converge in under 20 steps: type a learning rate (Tab to the field, type, Enter).
  await open(page, 'Converge in under 20 steps');
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /after 411 steps; the goal is under 20/);
  const lr = page.getByRole('textbox', { name: 'learning rate η' });
  await lr.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.4');
  await page.keyboard.press('Enter');
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /diverges .* too large/);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.25');
  await page.keyboard.press('Enter');
  await expect(solved(page)).toBeVisible();
  await expect(page.getByText(/Gradient descent with η = 0\.25 reaches .* in \d+ steps/)).toBeVisible();

  // The list ticks the three, and forgets them on request.
  await page.getByRole('link', { name: 'All challenges' }).click();
  await expect(page.getByText('You have solved 3 of 17.')).toBeVisible();
  await expect(page.getByText('✓ solved')).toHaveCount(3);
  await page.getByRole('button', { name: 'Forget my progress' }).click();
  await expect(page.getByText('You have solved 0 of 17.')).toBeVisible();
  await expect(page.getByText('✓ solved')).toHaveCount(0);
  noErrors();
});

test('a hand-written challenge link from the README opens and works', async ({ page }) => {
  const noErrors = watchErrors(page);
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Challenges'));
  const link = /#\/challenge\?[^\s`]+/.exec(section)![0];
  await page.goto(`/${link}`);
  await expect(bar(page).getByRole('heading', { level: 1 })).toHaveText('Challenge: Squash the plane');
  await expect(page.getByText('Some of this challenge link could not be used')).toHaveCount(0);
  await page.getByRole('button', { name: /^j-hat, second column:/ }).focus();
  await press(page, 'ArrowRight', 3);
  await expect(solved(page)).toBeVisible();
  noErrors();
});

test('a malformed challenge link gets messages, never an exception', async ({ page }) => {
  const noErrors = watchErrors(page);
  await page.goto('/#/challenge?goal=squash');
  await expect(page.getByText('there is no goal called “squash”')).toBeVisible();
  await expect(page.getByText('This link does not hold a challenge that can be opened.')).toBeVisible();
  await page.goto('/#/challenge?goal=det&in=transform:m=2,1,1,2&tol=lots&colour=red');
  await expect(page.getByText(/tol: “lots” is not a number|tol.*lots/)).toBeVisible();
  await expect(page.getByText(/“colour” is not read by the goal “det”/)).toBeVisible();
  // The rest still applies: the goal with its default tolerance, in the scene as the link has it.
  await expect(meter(page)).toHaveAttribute('aria-valuetext', 'det A = 3; the goal is 0 (within 0.05)');
  noErrors();
});

test('a lesson step can be a challenge', async ({ page }) => {
  const noErrors = watchErrors(page);
  const challenge = 'title=Squash&in=transform:m=2,1,1,2&goal=det&keep=i';
  const step = challenge.replace(/[%&#:+\s]/g, (c) => encodeURIComponent(c));
  await page.goto(`/#/lesson?title=With%20a%20challenge&step=vectors:a=3,-2:First&step=challenge:${step}:Now%20you`);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByText('Step 2 of 2 · Challenge: Now you')).toBeVisible();
  await expect(meter(page)).toBeVisible();
  await page.getByRole('button', { name: /^j-hat, second column:/ }).focus();
  await press(page, 'ArrowRight', 3);
  await expect(solved(page)).toBeVisible();
  noErrors();
});

test('Add to lesson on a challenge makes a lesson step of it', async ({ page }) => {
  const noErrors = watchErrors(page);
  await page.goto('/#/challenge?title=Squash&in=transform:m=2,1,1,2&goal=det&keep=i');
  await expect(meter(page)).toBeVisible();
  await page.getByRole('button', { name: 'Add to lesson' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added as step 1 of your lesson' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Scenes' }).getByRole('link', { name: 'Lesson' }).click();
  await expect(page.getByText('Step 1: Challenge')).toBeVisible();
  await page.getByRole('button', { name: 'Start the lesson' }).click();
  await expect(bar(page).getByRole('heading', { level: 1 })).toHaveText('Challenge: Squash');
  noErrors();
});

test('the challenge page passes axe, with the goal reached too', async ({ page }) => {
  await page.goto('/#/challenge?title=Squash&in=transform:m=2,4,1,2&goal=det&keep=i&hint=Move%20j');
  await expect(solved(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.goto('/#/challenges');
  const list = await new AxeBuilder({ page }).analyze();
  expect(list.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

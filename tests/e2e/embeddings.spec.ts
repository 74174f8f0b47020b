import { expect, test, type Page } from '@playwright/test';
import { centre, hashOf, mouseDrag, watchErrors } from './helpers';

const cell = (page: Page, i: number, j: number) => page.getByTestId(`predicted-${i}-${j}`).locator('.value');
const column = async (page: Page, j: number) => Promise.all([0, 1, 2, 3].map((i) => cell(page, i, j).textContent()));
const lossOf = async (page: Page) => Number((await page.getByTestId('gd-status').textContent())!.match(/loss ([\d.]+)/)![1]);

test.describe('Embeddings scene: ratings factorised into user and movie points', () => {
  test('editing a rating changes the reconstruction; bad text is named and the last good rating stays', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/embeddings?preset=lesson&method=svd');
    const hp = page.getByRole('textbox', { name: 'rating of Harry Potter by User 1' });
    await expect(hp).toHaveValue('5');
    const before = await cell(page, 0, 0).textContent();
    await hp.fill('1');
    await expect(cell(page, 0, 0)).not.toHaveText(before!);
    const after = await cell(page, 0, 0).textContent();
    await expect.poll(() => hashOf(page)).toContain('r=1,3,5,4,_');

    await hp.fill('lots');
    await expect(hp).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Rating of Harry Potter by User 1: “lots” is not a number; the rating stays 1')).toBeVisible();
    await expect(cell(page, 0, 0)).toHaveText(after!);

    // A blank is "not rated": its cell becomes a prediction.
    await hp.fill('');
    await expect(page.getByTestId('predicted-0-0')).toContainText('not rated');
    noErrors();
  });

  test('training by keyboard: Step and Play lower the loss', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/embeddings?preset=lesson&method=gd&lr=0.02&step=0');
    const status = page.getByTestId('gd-status');
    await expect(status).toContainText('Step 0 of 1000');
    const start = await lossOf(page);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(status).toContainText('Step 1 of 1000');
    const one = await lossOf(page);
    expect(one).toBeLessThan(start);

    const play = page.getByRole('button', { name: 'Play' });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number((await status.textContent())!.match(/Step (\d+)/)![1]), { timeout: 15_000 }).toBeGreaterThan(30);
    await page.getByRole('button', { name: 'Pause' }).press('Enter');
    expect(await lossOf(page)).toBeLessThan(one / 2);
    noErrors();
  });

  test('a too-large learning rate diverges and says so', async ({ page }) => {
    await page.goto('/#/embeddings?preset=lesson&method=gd&lr=0.5&step=1000');
    await expect(page.getByText(/Diverged at step \d+: with η = 0\.5/)).toBeVisible();
  });

  test('moving a movie by keyboard changes its predicted column and the loss against the best fit', async ({ page }) => {
    const noErrors = watchErrors(page);
    // Every cell rated: the SVD is the best rank-2 fit.
    await page.goto('/#/embeddings?preset=groups&method=svd&user=1');
    await expect(page.getByTestId('loss-words')).toContainText('this is it');
    const shrek = page.getByRole('button', { name: /^Shrek, movie:/ });
    const name = await shrek.getAttribute('aria-label');
    const before = await column(page, 2);
    await shrek.focus();
    await shrek.press('ArrowUp');
    await shrek.press('ArrowUp');
    await expect(shrek).not.toHaveAccessibleName(name!);
    await expect.poll(() => column(page, 2)).not.toEqual(before);
    await expect(page.getByTestId('loss-words')).toContainText(/worse/);
    await expect(page.getByText(/You moved a point; where the SVD put them the loss was/)).toBeVisible();
    await expect.poll(() => hashOf(page)).toMatch(/dm=3,/);
    await page.getByRole('button', { name: 'Put the points back' }).click();
    await expect.poll(() => column(page, 2)).toEqual(before);
    noErrors();
  });

  test('dragging a user with the mouse changes their predicted row; hovering a user shows their predictions', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/embeddings?preset=lesson&method=svd&user=1');
    const row = () => Promise.all([0, 1, 2, 3, 4].map((j) => cell(page, 1, j).textContent()));
    const before = await row();
    const user2 = page.getByRole('button', { name: /^User 2, user:/ });
    const from = await centre(user2);
    await mouseDrag(page, from, [from[0] + 60, from[1] - 40]);
    await expect.poll(row).not.toEqual(before);
    await expect(page.getByTestId('loss-words')).toContainText('worse');

    // The dragged user is the one shown now; the pointer resting on another shows theirs.
    const memento = page.getByRole('button', { name: /^Memento, movie:/ });
    await expect(memento).toHaveAccessibleName(/predicted rating by User 2/);
    const user3 = await centre(page.getByRole('button', { name: /^User 3, user:/ }));
    await page.mouse.move(user3[0] + 3, user3[1] + 2);
    await expect(memento).toHaveAccessibleName(/predicted rating by User 3/);
    noErrors();
  });

  test('focusing a user shows their predictions on the plane and in the panel', async ({ page }) => {
    await page.goto('/#/embeddings?preset=lesson&method=svd&user=1');
    const memento = page.getByRole('button', { name: /^Memento, movie:/ });
    await expect(memento).toHaveAccessibleName(/predicted rating by User 1/);
    await page.getByRole('button', { name: /^User 3, user:/ }).focus();
    await expect(memento).toHaveAccessibleName(/predicted rating by User 3/);
    await expect.poll(() => hashOf(page)).toContain('user=3');
  });

  test('dot product and cosine, in words, for two chosen embeddings', async ({ page }) => {
    await page.goto('/#/embeddings?preset=groups&method=svd&cmp=m1,m3');
    await expect(page.getByTestId('dot-words')).toContainText('Dot product');
    await expect(page.getByTestId('cos-words')).toContainText(/Cosine similarity .* = 0\.9\d|= 1,/);
    await page.getByRole('combobox', { name: 'second embedding' }).selectOption({ label: 'Memento (movie)' });
    await expect(page.getByTestId('cos-words')).toContainText(/nearly unrelated|opposite/);
  });

  test('a bad value in the link falls back with the notice; the rest still applies', async ({ page }) => {
    const noErrors = watchErrors(page);
    await page.goto('/#/embeddings?preset=groups&r=5,3,oops&method=gd&lr=0.015&step=12');
    const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used' });
    await expect(notice).toContainText('r:');
    await expect(notice).toContainText('using the ratings of “Two taste groups”');
    await expect(page.getByRole('textbox', { name: 'rating of Harry Potter by Kid 1' })).toHaveValue('5');
    await expect(page.getByTestId('gd-status')).toContainText('Step 12 of 1000');
    await expect(page.getByRole('textbox', { name: 'learning rate η' })).toHaveValue('0.015');
    noErrors();
  });

  // Every example, on a projector at 1024 × 768: the movies' labels overlap no other text on the
  // plane (other labels, the axes' and the ruler's numbers) and stay inside it.
  for (const query of [
    'preset=lesson&method=gd&lr=0.02&step=400&user=1',
    'preset=lesson&method=svd&user=3',
    'preset=groups&method=svd&user=1&cmp=m1,m3',
    'preset=sparse&method=gd&lr=0.05&step=600&user=2',
  ])
    test(`at 1024 × 768 presenting the movies' labels stay clear of the other text: ${query}`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`/#/embeddings?${query}&present=1`);
      const plane = page.getByRole('group', { name: 'Plane of users and movies, each a point' });
      await expect(plane.getByText(/^Memento /)).toBeVisible();
      // The full words stay in the handles' names.
      if (query.includes('sparse')) await expect(page.getByRole('button', { name: /^Memento, movie:/ })).toHaveAccessibleName(/\(not rated\)$/);
      const frame = (await plane.boundingBox())!;
      const texts = await plane
        .locator('xpath=..')
        .locator('text')
        .evaluateAll((els) =>
          els
            .map((e) => ({ text: e.textContent ?? '', box: e.getBoundingClientRect() }))
            .filter((t) => t.text.trim() !== '' && t.box.width > 0)
            .map(({ text, box }) => ({ text, x0: box.left, y0: box.top, x1: box.right, y1: box.bottom })),
        );
      const movies = texts.filter((t) => /^(Harry Potter|Triplets|Shrek|Dark Knight|Memento) /.test(t.text));
      expect(movies).toHaveLength(5);
      // A glyph box is taller than its ink: a couple of pixels of touching is not an overlap.
      const overlap = (a: (typeof texts)[0], b: (typeof texts)[0]) =>
        Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 2 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 4;
      for (const m of movies) {
        expect(m.x0, m.text).toBeGreaterThanOrEqual(frame.x - 1);
        expect(m.x1, m.text).toBeLessThanOrEqual(frame.x + frame.width + 1);
        for (const t of texts) if (t !== m) expect(overlap(m, t), `${m.text} over ${t.text}`).toBe(false);
      }
    });
});

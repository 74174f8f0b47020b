// The shell's layout at the sizes classrooms use: the panel collapses to give the plane the
// whole width, the top bar stays one row, and no heading hides under the panel's button.
import { expect, test, type Page } from '@playwright/test';
import { scenes } from '../../src/scenes/index';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'small laptop', width: 1024, height: 768 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

const BAD: Record<string, string> = {
  vectors: 'a=oops',
  transform: 'm=oops',
  descent: 'start=oops',
  field: 'probe=oops',
  matrices: 'cell=oops',
  pca: 'angle=oops',
  embeddings: 'r=oops',
  layer: 'W=oops',
};

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function plane(page: Page) {
  const group = page.getByRole('group', { name: /^(Plane|Contour plot|Picture of)/ });
  await expect(group).toBeVisible();
  return group;
}

// Each of these visits every scene: a few seconds a scene on a busy machine.
const EVERY_SCENE_MS = 20_000 + scenes.length * 6_000;

for (const present of [false, true]) {
  for (const size of SIZES) {
    test(`Hide panel gives the plane the whole width: ${size.name}${present ? ', presenting' : ''}`, async ({ browser }) => {
      test.setTimeout(EVERY_SCENE_MS);
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      for (const scene of scenes) {
        await page.goto(`/#/${scene.id}?${present ? 'present=1' : ''}`);
        await page.getByRole('button', { name: 'Hide panel' }).click();
        await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
        await expect
          .poll(async () => (await (await plane(page)).boundingBox())!.width, `${scene.id}: the plane's width`)
          .toBeGreaterThan(size.width - 2);
        await page.getByRole('button', { name: 'Show panel' }).click();
        await expect(page.getByRole('button', { name: 'Hide panel' })).toBeVisible();
      }
      await context.close();
    });

    test(`the top bar is one row and the headings stay clear of Hide panel: ${size.name}${present ? ', presenting' : ''}`, async ({ browser }) => {
      test.setTimeout(EVERY_SCENE_MS);
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      for (const scene of scenes) {
        // A bad value, so the link notice shows too.
        await page.goto(`/#/${scene.id}?${BAD[scene.id] ?? ''}&${present ? 'present=1' : ''}`);
        const heading = page.getByRole('heading', { name: scene.title, exact: true });
        await expect(heading).toBeVisible();
        const banner = page.getByRole('banner');
        const bar = (await banner.boundingBox())!;
        // One row: no taller than a button and its padding (two rows were ~135 px presenting).
        const button = (await banner.getByRole('button').first().boundingBox())!;
        expect(bar.height, `${scene.id}: top bar height`).toBeLessThan(button.height * 1.6);
        const hide = (await page.getByRole('button', { name: 'Hide panel' }).boundingBox())!;
        expect(overlaps(hide, (await heading.boundingBox())!), `${scene.id}: heading under Hide panel`).toBe(false);
        // The title's text fits its column: a long word would run on under the button.
        expect(await heading.evaluate((h) => h.scrollWidth <= h.clientWidth + 1), `${scene.id}: the title runs out of its column`).toBe(true);
        const notice = page.getByText('Some of this link could not be used:');
        if (BAD[scene.id]) await expect(notice).toBeVisible();
        if (await notice.count()) expect(overlaps(hide, (await notice.boundingBox())!), `${scene.id}: notice under Hide panel`).toBe(false);
      }
      await context.close();
    });
  }
}

test('what does not fit the top bar is in a menu that works from the keyboard', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
  const page = await context.newPage();
  await page.goto('/#/vectors?present=1');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: 'Transform' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presentation' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Vectors' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(page.getByRole('link', { name: 'Transform' })).toBeHidden();
  // A scene link in the menu goes there and closes the menu.
  await menu.click();
  await page.getByRole('link', { name: 'Transform' }).click();
  await expect(page.getByRole('heading', { name: 'Transform', exact: true })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await context.close();
});

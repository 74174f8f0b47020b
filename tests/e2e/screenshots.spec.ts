// Saves what a learner and a teacher see, for people to look at: every scene in
// normal and presentation mode, light and dark, at laptop, projector and tablet sizes,
// each showing the scene's first example: its richest picture.
// The folder is git-ignored; the assertions only check that nothing overflows.
import { expect, test } from '@playwright/test';
import { scenes } from '../../src/scenes/index';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

for (const scene of scenes) {
  for (const size of SIZES) {
    test(`screenshots: ${scene.id} at ${size.name}`, async ({ browser }) => {
      // Reduced motion: nothing moves on its own, so the pictures are the same on every run
      // (the Field's particles show the still of a seeded run).
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const theme of ['light', 'dark'] as const) {
        for (const present of [false, true]) {
          const q = [scene.examples[0]?.query ?? '', `theme=${theme}`, present ? 'present=1' : ''].filter(Boolean).join('&');
          await page.goto(`/#/${scene.id}?${q}`);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(250);
          const name = `${scene.id}-${size.name}-${theme}${present ? '-present' : ''}`;
          await page.screenshot({ path: `screenshots/${name}.png` });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
        }
      }
      await context.close();
    });
  }
}

// The pages that are not scenes: a lesson step, the challenges list, and a challenge solved (its
// explanation over the plane) and one not yet (the meter part-way).
const PAGES = [
  { name: 'lesson', hash: '#/lesson?title=First%20matrices&step=transform:m=1,2,3,4%26x=5,6%26show=square,x:A%20sends%20x%20to%20[17,%2039]' },
  { name: 'challenges', hash: '#/challenges' },
  { name: 'challenge-solved', hash: '#/challenge?title=Squash%20the%20plane&in=transform:m=2,4,1,2%26show=square&goal=det&keep=i&hint=Move%20j' },
  { name: 'challenge-open', hash: '#/challenge?title=Capture%2090%20%25&in=pca:preset=line%26n=80%26angle=60%26show=axes,candidate&goal=variance' },
];
for (const size of SIZES) {
  test(`screenshots: lesson and challenge pages at ${size.name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const p of PAGES)
      for (const theme of ['light', 'dark'] as const)
        for (const present of [false, true]) {
          await page.goto(`/${p.hash}${p.hash.includes('?') ? '&' : '?'}theme=${theme}${present ? '&present=1' : ''}`);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(250);
          const name = `${p.name}-${size.name}-${theme}${present ? '-present' : ''}`;
          await page.screenshot({ path: `screenshots/${name}.png` });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
        }
    await context.close();
  });
}

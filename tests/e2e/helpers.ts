import { expect, type Locator, type Page } from '@playwright/test';

export type Vec2 = readonly [number, number];

/** The centre of an element in page pixels. */
export async function centre(locator: Locator): Promise<Vec2> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box: is it visible?');
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/**
 * The world→page map, read off two handles whose world positions are known,
 * so tests aim at world points without knowing the zoom.
 */
export async function worldToPage(page: Page, p: { locator: Locator; world: Vec2 }, q: { locator: Locator; world: Vec2 }) {
  const [ps, qs] = [await centre(p.locator), await centre(q.locator)];
  const k = (ps[0] - qs[0]) / (p.world[0] - q.world[0]);
  const ox = ps[0] - k * p.world[0];
  const oy = ps[1] + k * p.world[1];
  return (w: Vec2): Vec2 => [ox + k * w[0], oy - k * w[1]];
}

export async function mouseDrag(page: Page, from: Vec2, to: Vec2, steps = 12): Promise<void> {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps });
  await page.mouse.up();
}

/** A one-finger drag through Chromium's touch input: real touch events, pointerType "touch". */
export async function touchDrag(page: Page, from: Vec2, to: Vec2, steps = 10): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (p: Vec2) => [{ x: p[0], y: p[1], id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Fails the test on uncaught errors and console errors: nothing may throw uncaught. */
export function watchErrors(page: Page): () => void {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return () => expect(errors, 'errors in the page').toEqual([]);
}

export const hashOf = (page: Page): string => decodeURIComponent(new URL(page.url()).hash);

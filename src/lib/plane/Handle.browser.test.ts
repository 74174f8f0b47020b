import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import HandleHarness from './test/HandleHarness.svelte';
import { PlaneView } from './view.svelte';
import { onCircle } from '../interaction/constraints';
import type { Vec2 } from '../math/vec2';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

function render(start: Vec2, constrain?: (p: Vec2) => Vec2) {
  const view = new PlaneView();
  const target = document.body.appendChild(document.createElement('div'));
  const component = mount(HandleHarness, { target, props: { view, start, constrain } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  return { view, handle: page.getByRole('button', { name: /^point p:/ }) };
}

describe('a draggable handle', () => {
  it('ArrowRight moves the point one grid step at the current zoom', async () => {
    const { view, handle } = render([0, 0]);
    const step = view.gridStep.major;
    expect(step).toBeGreaterThan(0);
    (handle.element() as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(handle).toHaveAccessibleName(`point p: ${step}, 0`);
  });

  it('zoomed in, ArrowUp moves a smaller step: the same distance on screen', async () => {
    const { view, handle } = render([0, 0]);
    const before = view.gridStep.major;
    view.zoomBy(4);
    flushSync();
    const after = view.gridStep.major;
    expect(after).toBeLessThan(before);
    (handle.element() as SVGGElement).focus();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(handle).toHaveAccessibleName(`point p: 0, ${after}`);
  });

  it('Shift+ArrowLeft moves a tenth of a grid step', async () => {
    const { view, handle } = render([1, 1]);
    const tenth = Number((view.gridStep.major / 10).toFixed(10));
    (handle.element() as SVGGElement).focus();
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await expect.element(handle).toHaveAccessibleName(`point p: ${Number((1 - tenth).toFixed(10))}, 1`);
  });

  it('a point constrained to a circle stays on it when dragged', async () => {
    const { view, handle } = render([2, 0], onCircle([0, 0], 2));
    const el = handle.element() as SVGGElement;
    const box = el.getBoundingClientRect();
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const to = view.toScreen([0, 3]);
    const svg = el.ownerSVGElement!.getBoundingClientRect();
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 1, button: 0, clientX: from.x, clientY: from.y }));
    for (let k = 1; k <= 5; k++)
      el.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          pointerId: 1,
          clientX: from.x + ((svg.x + to[0] - from.x) * k) / 5,
          clientY: from.y + ((svg.y + to[1] - from.y) * k) / 5,
        }),
      );
    el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1, button: 0 }));
    // Snapped to the lattice first, then onto the circle: straight up, at radius 2.
    await expect.element(handle).toHaveAccessibleName('point p: 0, 2');
  });

  it('Enter picks the point up and Escape puts it down again', async () => {
    const { handle } = render([0, 0]);
    (handle.element() as SVGGElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(handle).toHaveAttribute('aria-pressed', 'true');
    await expect.element(page.getByText('Tap the plane where point p should go')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(handle).toHaveAttribute('aria-pressed', 'false');
  });

  it('a tap picks the point up, and a tap on the plane places it there', async () => {
    const { view, handle } = render([0, 0]);
    await handle.click();
    await expect.element(handle).toHaveAttribute('aria-pressed', 'true');
    const svg = (handle.element() as SVGGElement).ownerSVGElement!;
    const [x, y] = view.toScreen([-3, 2]);
    await userEvent.click(svg, { position: { x, y } });
    await expect.element(handle).toHaveAccessibleName('point p: -3, 2');
  });
});

import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ArrowFieldHarness from './test/ArrowFieldHarness.svelte';
import { PlaneView } from './view.svelte';
import type { ArrowMode } from './arrow-field';

type Fn = (x: number, y: number) => number;
const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

function render(p: Fn, q: Fn, mode: ArrowMode = 'fit') {
  const view = new PlaneView();
  const target = document.body.appendChild(document.createElement('div'));
  const component = mount(ArrowFieldHarness, { target, props: { view, p, q, mode } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  const canvas = target.querySelector('canvas')!;
  return { view, canvas };
}

/** Pixels of the canvas that are not transparent (the layer is cleared to transparent before each paint). */
function inked(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
  return n;
}

/** The colours drawn, as a set of "r,g,b" of opaque pixels. */
function colours(canvas: HTMLCanvasElement): Set<string> {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const out = new Set<string>();
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) out.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  return out;
}

describe('an arrow field', () => {
  it('draws the rotation field (−y, x), coloured by magnitude', async () => {
    const { canvas } = render(
      (_x, y) => -y,
      (x) => x,
    );
    await new Promise(requestAnimationFrame);
    expect(canvas.width).toBeGreaterThan(0);
    const n = inked(canvas);
    // ~625 arrows of a few px² each on a 600×600 plane.
    expect(n).toBeGreaterThan(0.03 * canvas.width * canvas.height);
    expect(n).toBeLessThan(0.5 * canvas.width * canvas.height);
    // Magnitude runs from 0 at the centre outwards: many colour bins, not one.
    expect(colours(canvas).size).toBeGreaterThan(8);
  });

  it('draws nothing for a field that is undefined everywhere', async () => {
    const { canvas } = render(
      () => NaN,
      () => 0,
    );
    await new Promise(requestAnimationFrame);
    expect(canvas.width).toBeGreaterThan(0);
    expect(inked(canvas)).toBe(0);
  });

  it('draws a zero field as dots, so the points still show', async () => {
    const { canvas } = render(
      () => 0,
      () => 0,
    );
    await new Promise(requestAnimationFrame);
    const n = inked(canvas);
    expect(n).toBeGreaterThan(0);
    // Dots only: far less ink than arrows.
    expect(n).toBeLessThan(0.05 * canvas.width * canvas.height);
  });

  it('repaints when the view pans', async () => {
    const { canvas, view } = render(
      (_x, y) => -y,
      (x) => x,
      'true',
    );
    await new Promise(requestAnimationFrame);
    const before = canvas.toDataURL();
    view.zoomBy(2);
    flushSync();
    await new Promise(requestAnimationFrame);
    expect(canvas.toDataURL()).not.toBe(before);
  });
});

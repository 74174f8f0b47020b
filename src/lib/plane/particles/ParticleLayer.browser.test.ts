import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import ParticleHarness from './test/ParticleHarness.svelte';
import { PlaneView } from '../view.svelte';
import { bin, neg, type Expr } from '../../math/expr/tree/ast';
import type { FieldData, ParticleStats } from './protocol';

const x: Expr = { kind: 'var', name: 'x', index: 0 };
const y: Expr = { kind: 'var', name: 'y', index: 1 };
/** The rotation F = (−y, x), built by hand as the engine would. */
const ROTATION: FieldData = { variables: ['x', 'y'], p: neg(y), q: x };

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

function render(props: { field: FieldData | null; replacement?: FieldData | null; count?: number; playing?: boolean }) {
  const stats: ParticleStats[] = [];
  const problems: string[] = [];
  let unsupported = 0;
  const target = document.body.appendChild(document.createElement('div'));
  const component = mount(ParticleHarness, {
    target,
    props: {
      view: new PlaneView(),
      ...props,
      onstats: (s: ParticleStats) => stats.push(s),
      onproblem: (m: string) => problems.push(m),
      onunsupported: () => unsupported++,
    },
  });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  const canvas = () => target.querySelector('canvas.particle-layer') as HTMLCanvasElement;
  const frames = () => Number(canvas()?.dataset.frames ?? 0);
  return { stats, problems, unsupported: () => unsupported, canvas, frames };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the particle layer', () => {
  it('draws the rotation field in its worker and reports frames and drawn particles', async () => {
    const r = render({ field: ROTATION, count: 5000 });
    await expect.poll(() => r.frames(), { timeout: 10_000 }).toBeGreaterThan(10);
    await expect.poll(() => Number(r.canvas().dataset.drawn)).toBeGreaterThan(0);
    const last = r.stats.at(-1)!;
    expect(last.frames).toBeGreaterThan(0);
    expect(last.drawn).toBeGreaterThan(0);
    expect(last.drawn).toBeLessThanOrEqual(5000);
    expect(last.alive).toBeGreaterThan(0);
    expect(last.workerMs).toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
    expect(r.canvas().getAttribute('aria-hidden')).toBe('true');
  });

  it('paused, frames stop advancing, and each step request advances exactly one', async () => {
    const r = render({ field: ROTATION });
    await expect.poll(() => r.frames(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause' }).click();
    // The worker answers a pause with its stats; wait for them to settle.
    let before = -1;
    await expect
      .poll(async () => {
        const f = r.frames();
        const same = f === before;
        before = f;
        await sleep(150);
        return same;
      })
      .toBe(true);
    await sleep(400);
    expect(r.frames()).toBe(before);

    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => r.frames()).toBe(before + 1);
    await page.getByRole('button', { name: 'Step' }).click();
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => r.frames()).toBe(before + 3);
    await sleep(400);
    expect(r.frames()).toBe(before + 3);
    expect(Number(r.canvas().dataset.drawn)).toBeGreaterThan(0);
  });

  it('starting paused, nothing moves until a step', async () => {
    const r = render({ field: ROTATION, playing: false });
    await sleep(600);
    expect(r.frames()).toBe(0);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => r.frames()).toBe(1);
  });

  it('a field with non-finite values (1/x, 1/y) keeps drawing and never reports a problem', async () => {
    const r = render({ field: { variables: ['x', 'y'], p: bin('/', { kind: 'num', value: 1 }, x), q: bin('/', { kind: 'num', value: 1 }, y) } });
    await expect.poll(() => r.frames(), { timeout: 10_000 }).toBeGreaterThan(10);
    await expect.poll(() => Number(r.canvas().dataset.drawn)).toBeGreaterThan(0);
    expect(r.problems).toEqual([]);
  });

  it('a tree that fails the check is reported, and the last good field carries on', async () => {
    const broken = { variables: ['x', 'y'], p: { kind: 'call', fn: 'alert', args: [x] }, q: x } as unknown as FieldData;
    const r = render({ field: ROTATION, replacement: broken });
    await expect.poll(() => r.frames(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Replace field' }).click();
    await expect.poll(() => r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatch(/keep the last good one/);
    const after = r.frames();
    await expect.poll(() => r.frames()).toBeGreaterThan(after + 5);
    expect(Number(r.canvas().dataset.drawn)).toBeGreaterThan(0);
  });

  it('without OffscreenCanvas it draws nothing and says so', async () => {
    const proto = HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown };
    const saved = proto.transferControlToOffscreen;
    proto.transferControlToOffscreen = undefined;
    try {
      const r = render({ field: ROTATION });
      await expect.poll(() => r.unsupported()).toBe(1);
      await sleep(300);
      expect(r.frames()).toBe(0);
      expect(r.problems).toEqual([]);
    } finally {
      proto.transferControlToOffscreen = saved;
    }
  });
});

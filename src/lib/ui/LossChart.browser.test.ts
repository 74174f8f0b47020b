import '../../app.css';
import axe from 'axe-core';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import LossChartHarness from './test/LossChartHarness.svelte';
import type { LossSeries } from './loss-chart';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

/** Losses that shrink by `rate` a step from `start`, for `n` steps. */
const geometric = (start: number, rate: number, n: number) => Float64Array.from({ length: n + 1 }, (_, k) => start * rate ** k);

function race(): LossSeries[] {
  const diverging = geometric(1, 3, 60);
  for (let k = 12; k <= 60; k++) diverging[k] = k === 12 ? Infinity : NaN;
  return [
    { id: 'gd', name: 'GD', color: 'var(--c-gd)', loss: geometric(2, 0.9, 60) },
    { id: 'momentum', name: 'momentum', color: 'var(--c-second)', loss: diverging, divergedAt: 12 },
    { id: 'adam', name: 'Adam', color: 'var(--c-eigen)', loss: geometric(1, 0.97, 60) },
  ];
}

async function render(series: LossSeries[], start = 0) {
  const target = document.body.appendChild(document.createElement('div'));
  const steps: number[] = [];
  const component = mount(LossChartHarness, { target, props: { series, start, steps } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  const slider = page.getByRole('slider');
  await expect.element(slider).toBeVisible();
  // The lines wait for the first measured width.
  await expect.poll(() => target.querySelectorAll('path.line').length).toBeGreaterThan(0);
  return { target, steps, slider, paths: () => [...target.querySelectorAll<SVGPathElement>('.plot path.line')] };
}

const lastPoint = (d: string) => d.split(/[ML]/).filter(Boolean).at(-1)!.split(',').map(Number);

describe('LossChart', () => {
  it('draws one line per series, with no NaN in any path', async () => {
    const { target, paths } = await render(race());
    expect(paths()).toHaveLength(3);
    for (const p of target.querySelectorAll('path')) {
      const d = p.getAttribute('d') ?? '';
      expect(d).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(paths().every((p) => (p.getAttribute('d') ?? '').length > 10)).toBe(true);
  });

  it('a diverged series ends at its last finite point, and its legend says when', async () => {
    const { target, paths } = await render(race());
    const [gd, momentum] = paths();
    // Momentum's last drawn step is 11, GD runs to 60: its line stops well short of the right edge.
    const [xEnd] = lastPoint(momentum.getAttribute('d')!);
    const [xFull] = lastPoint(gd.getAttribute('d')!);
    expect(xEnd).toBeLessThan(xFull / 2);
    expect(momentum.getAttribute('d')!.split('L')).toHaveLength(12);
    expect(target.querySelectorAll('.plot path.cross')).toHaveLength(1);
    await expect.element(page.getByRole('listitem').filter({ hasText: 'momentum' })).toHaveTextContent(/diverged at step 12/);
    await expect.element(page.getByRole('listitem').filter({ hasText: 'GD' })).not.toHaveTextContent(/diverged/);
  });

  it('is one slider whose value text names every loss; ArrowRight steps by one', async () => {
    const { slider, steps } = await render(race(), 40);
    await expect.element(slider).toHaveAttribute('aria-valuemin', '0');
    await expect.element(slider).toHaveAttribute('aria-valuemax', '60');
    await expect.element(slider).toHaveAttribute('aria-valuenow', '40');
    // 2·0.9⁴⁰ = 0.0295…, 0.97⁴⁰ = 0.2957…
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'step 40: GD loss 0.0296, momentum diverged at step 12, Adam 0.296');
    (slider.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(steps).toEqual([41]);
    await expect.element(slider).toHaveAttribute('aria-valuenow', '41');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{Home}');
    expect(steps).toEqual([41, 31, 60, 0]);
    await expect.element(slider).toHaveAttribute('aria-valuetext', 'step 0: GD loss 2, momentum 1, Adam 1');
  });

  it('the legend shows each loss at the current step', async () => {
    await render(race(), 5);
    // 2·0.9⁵ = 1.18098, 3⁵ = 243, 0.97⁵ = 0.8587…
    await expect.element(page.getByRole('listitem').filter({ hasText: 'GD' })).toHaveTextContent(/1\.18/);
    await expect.element(page.getByRole('listitem').filter({ hasText: 'momentum' })).toHaveTextContent(/243/);
    await expect.element(page.getByRole('listitem').filter({ hasText: 'Adam' })).toHaveTextContent(/0\.859/);
  });

  it('says it is on a log scale, with decade ticks', async () => {
    const { slider, target } = await render(race());
    await expect.element(slider).toHaveAccessibleName(/log scale/);
    const ticks = [...target.querySelectorAll('.ticks text')].map((t) => t.textContent);
    expect(ticks).toContain('1');
    expect(ticks.some((t) => /^10[⁻¹²³⁴⁵⁶⁷⁸⁹⁰]+$/.test(t ?? ''))).toBe(true);
  });

  it('a loss at or below zero switches the axis to linear and says so', async () => {
    // A saddle x² − y²: the loss falls through 0 and keeps going.
    const saddle = Float64Array.from({ length: 31 }, (_, k) => 1 - 0.01 * k * k);
    const { slider, target, paths } = await render([
      { id: 'gd', name: 'GD', color: 'var(--c-gd)', loss: saddle },
      { id: 'adam', name: 'Adam', color: 'var(--c-eigen)', loss: geometric(1, 0.9, 30) },
    ]);
    await expect.element(slider).toHaveAccessibleName(/linear scale/);
    await expect.element(page.getByText(/loss \(linear scale/)).toBeVisible();
    expect(paths()).toHaveLength(2);
    for (const p of target.querySelectorAll('path')) expect(p.getAttribute('d') ?? '').not.toMatch(/NaN|Infinity/);
    const ticks = [...target.querySelectorAll('.ticks text')].map((t) => t.textContent);
    expect(ticks).toContain('0');
    expect(ticks.some((t) => t?.startsWith('−'))).toBe(true);
  });

  it('scrubbing moves the rule and dots but leaves the lines alone', async () => {
    const { slider, target, paths } = await render(race(), 10);
    const rule = target.querySelector<SVGLineElement>('.rule')!;
    const before = rule.getAttribute('x1');
    const changed: string[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => changed.push(r.attributeName ?? '')));
    paths().forEach((p) => watch.observe(p, { attributes: true }));
    (slider.element() as HTMLElement).focus();
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{ArrowRight}');
    await expect.element(slider).toHaveAttribute('aria-valuenow', '15');
    expect(rule.getAttribute('x1')).not.toBe(before);
    watch.disconnect();
    expect(changed).toEqual([]);
    // GD and Adam have a value at step 15; momentum diverged at 12 and shows its ✕ instead.
    expect(target.querySelectorAll('circle.dot')).toHaveLength(2);
  });

  it('dragging across the chart picks the step under the pointer', async () => {
    const { slider, steps } = await render(race(), 0);
    const el = slider.element() as HTMLElement;
    const box = el.getBoundingClientRect();
    const at = (fx: number) => ({ bubbles: true, pointerId: 1, button: 0, clientX: box.left + box.width * fx, clientY: box.top + box.height / 2 });
    el.dispatchEvent(new PointerEvent('pointerdown', at(0.5)));
    el.dispatchEvent(new PointerEvent('pointermove', at(0.99)));
    el.dispatchEvent(new PointerEvent('pointerup', at(0.99)));
    expect(steps.length).toBe(2);
    expect(steps[0]).toBeGreaterThan(20);
    expect(steps[0]).toBeLessThan(40);
    expect(steps[1]).toBeGreaterThan(55);
  });

  for (const theme of ['light', 'dark'] as const)
    it(`passes axe in the ${theme} theme`, async () => {
      document.documentElement.dataset.theme = theme;
      try {
        const { target } = await render(race(), 20);
        const { violations } = await axe.run(target);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      } finally {
        delete document.documentElement.dataset.theme;
      }
    });
});

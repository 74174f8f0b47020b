import { describe, expect, it } from 'vitest';
import { loadEngine } from '../math/expr';
import { SurfaceSampler, type SurfaceRequest } from './surface.svelte';

const grid = { xMin: -2, xMax: 2, yMin: -2, yMax: 2, nx: 64, ny: 64 };

async function request(text: string, nx = 64): Promise<SurfaceRequest> {
  const engine = await loadEngine();
  const r = engine.compileGradient(text);
  if (!r.ok) throw new Error(r.message);
  return { expr: r.f.expr, spec: { grid: { ...grid, nx, ny: nx }, spacing: 'linear' }, text };
}

async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('SurfaceSampler', () => {
  it('samples and contours a loss in the worker', async () => {
    const sampler = new SurfaceSampler();
    sampler.request(await request('x^2 + y^2'));
    await until(() => sampler.current !== null);
    const s = sampler.current!;
    expect(s.values[0]).toBe(8);
    expect(s.path).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(s.request.text).toBe('x^2 + y^2');
    sampler.dispose();
  });

  it('ends on the newest request when several come while the worker is busy', async () => {
    const sampler = new SurfaceSampler();
    const texts = ['x^2 + y^2', 'x^2 + 2y^2', 'x^2 + 3y^2', '(x - 1)^2 + y^2'];
    const requests = await Promise.all(texts.map((t) => request(t, 240)));
    for (const r of requests) sampler.request(r);
    await until(() => sampler.current?.request.text === '(x - 1)^2 + y^2');
    // Nothing older arrives after it.
    await new Promise((r) => setTimeout(r, 300));
    expect(sampler.current!.request.text).toBe('(x - 1)^2 + y^2');
    // Column 179 of 240 in the bottom row is (≈1, −2), where f = 0 + 4.
    expect(sampler.current!.values[Math.round((3 / 4) * 239)]).toBeCloseTo(4, 1);
    sampler.dispose();
  });

  it('reports a tree that does not check and keeps the last surface', async () => {
    const sampler = new SurfaceSampler();
    sampler.request(await request('x^2 + y^2'));
    await until(() => sampler.current !== null);
    const good = sampler.current;
    sampler.request({ expr: { kind: 'call', name: 'alert', args: [] } as never, spec: { grid, spacing: 'linear' }, text: 'bad' });
    await until(() => sampler.problem !== null);
    expect(sampler.problem).toMatch(/valid formula/);
    expect(sampler.current).toBe(good);
    sampler.dispose();
  });
});

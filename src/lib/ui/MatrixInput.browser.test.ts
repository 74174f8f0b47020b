import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { loadEngine } from '../math/expr';
import type { Mat2 } from '../math/mat2';
import MatrixHarness from './test/MatrixHarness.svelte';

await loadEngine();

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

const c = Math.cos(Math.PI / 6);
const ROTATION_30: Mat2 = [
  [c, -0.5],
  [0.5, c],
];

function render(start: Mat2, width?: number) {
  const target = document.body.appendChild(document.createElement('div'));
  const changes: Mat2[] = [];
  const component = mount(MatrixHarness, { target, props: { start, changes, width } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  const entry = (name: string) => page.getByRole('textbox', { name: `A ${name}` });
  return { changes, entry, name: page.getByTestId('name'), matrix: page.getByRole('group', { name: 'matrix A, row by row' }) };
}

const box = (l: { element(): Element }) => l.element().getBoundingClientRect();

describe('MatrixInput', () => {
  it('typing 2e3 into an entry applies nothing: not 2, and the error names the whole number', async () => {
    const { changes, entry } = render([
      [1, 0],
      [0, 1],
    ]);
    const a = entry('row 1, column 1 (a)');
    await userEvent.tripleClick(a);
    await userEvent.keyboard('{Control>}a{/Control}2e3{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('A row 1, column 1 (a): “2e3” is outside the range −1000 to 1000. Keeping 1.');
    expect(changes).toEqual([]);
  });

  it('an entry reads an expression', async () => {
    const { changes, entry } = render([
      [1, 0],
      [0, 1],
    ]);
    await userEvent.fill(entry('row 2, column 1 (c)'), 'sin(pi/6)');
    await userEvent.keyboard('{Enter}');
    expect(changes.at(-1)?.[1][0]).toBeCloseTo(0.5, 15);
  });

  it('an error goes under the whole matrix and leaves the row as it was', async () => {
    const { entry, name, matrix } = render(ROTATION_30);
    const before = { name: box(name), matrix: box(matrix) };
    await userEvent.fill(entry('row 2, column 2 (d)'), 'abc');
    await userEvent.keyboard('{Enter}');
    const alert = page.getByRole('alert').getByText(/A row 2, column 2 \(d\): .*abc/);
    await expect.element(alert).toBeVisible();
    const after = { name: box(name), matrix: box(matrix), error: box(alert) };
    // "A =" keeps its one line and its place beside the matrix; the matrix keeps its place.
    expect(after.name.height).toBe(before.name.height);
    expect(after.name.width).toBe(before.name.width);
    expect(after.name.x).toBe(before.name.x);
    expect(after.name.y).toBe(before.name.y);
    expect(after.matrix.y).toBe(before.matrix.y);
    expect(after.matrix.x).toBe(before.matrix.x);
    expect(after.error.top).toBeGreaterThanOrEqual(after.matrix.bottom);
    expect(after.error.left).toBeGreaterThanOrEqual(after.name.left);
  });

  it.each([[360], [240]])('rotation entries are rounded, never clipped, at %d px; focus shows every digit', async (width) => {
    const { entry } = render(ROTATION_30, width);
    for (const n of ['row 1, column 1 (a)', 'row 1, column 2 (b)', 'row 2, column 1 (c)', 'row 2, column 2 (d)']) {
      const input = entry(n).element() as HTMLInputElement;
      expect(input.scrollWidth, n).toBeLessThanOrEqual(input.clientWidth);
    }
    await expect.element(entry('row 1, column 1 (a)')).toHaveValue('0.866');
    await expect.element(entry('row 1, column 2 (b)')).toHaveValue('−0.5');
    (entry('row 1, column 1 (a)').element() as HTMLInputElement).focus();
    await expect.element(entry('row 1, column 1 (a)')).toHaveValue('0.866025403784');
  });
});

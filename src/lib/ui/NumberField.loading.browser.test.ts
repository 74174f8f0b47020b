// Before the expression engine has loaded: its loading is held back here until a test releases it.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Engine } from '../math/expr';
import NumberFieldHarness from './test/NumberFieldHarness.svelte';

const gate = vi.hoisted(() => {
  let release!: () => void;
  const opened = new Promise<void>((r) => (release = r));
  return { opened, release, requested: 0 };
});

vi.mock('../math/expr/load', async (importOriginal) => {
  const real = await importOriginal<typeof import('../math/expr/load')>();
  let ready: Engine | undefined;
  return {
    loadEngine: () => {
      gate.requested++;
      return gate.opened.then(() => real.loadEngine()).then((e) => (ready = e));
    },
    peekEngine: () => ready,
  };
});

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

function render(start: number) {
  const target = document.body.appendChild(document.createElement('div'));
  const changes: number[] = [];
  const component = mount(NumberFieldHarness, { target, props: { start, changes } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  return { changes, field: page.getByRole('textbox', { name: 'vector a, x component' }) };
}

describe('NumberField before the engine has loaded', () => {
  it('plain numbers apply at once, without asking for the engine', async () => {
    const { changes, field } = render(3);
    await userEvent.fill(field, '−2.5');
    await userEvent.keyboard('{Enter}');
    expect(changes).toEqual([-2.5]);
    await userEvent.fill(field, '1e2');
    await userEvent.keyboard('{Enter}');
    expect(changes).toEqual([-2.5, 100]);
    expect(gate.requested).toBe(0);
  });

  it('an expression waits for the engine; newer text wins over it, and the last one applies', async () => {
    const a = render(0);
    await userEvent.fill(a.field, '1/4');
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(a.field, '6');
    await userEvent.keyboard('{Enter}');
    expect(gate.requested).toBeGreaterThan(0);
    expect(a.changes).toEqual([6]);
    await userEvent.fill(a.field, 'sqrt(9)+1');
    await userEvent.keyboard('{Enter}');
    // No message while it waits: the text is not wrong, only not read yet.
    await expect.element(a.field).toHaveAttribute('aria-invalid', 'false');
    expect(a.changes).toEqual([6]);
    gate.release();
    // mathjs arrives cold here: give it time.
    await expect.poll(() => a.changes, { timeout: 15_000 }).toEqual([6, 4]);
    await expect.element(a.field).toHaveValue('4');
  });
});

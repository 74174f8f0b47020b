import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { loadEngine } from '../math/expr';
import NumberFieldHarness from './test/NumberFieldHarness.svelte';

await loadEngine();

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

// Longer than the field's pause (600 ms), so a paused text has been read.
const PAUSED = { timeout: 2000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function render(start: number, scrub = false) {
  const target = document.body.appendChild(document.createElement('div'));
  const changes: number[] = [];
  const component = mount(NumberFieldHarness, { target, props: { start, changes, scrub } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  const field = page.getByRole('textbox', { name: 'vector a, x component' });
  return { changes, field, input: () => field.element() as HTMLInputElement };
}

/** Types into the field as a learner does, key by key, replacing what was there. */
async function typeInto(field: ReturnType<typeof render>['field'], text: string) {
  await userEvent.tripleClick(field);
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(text);
}

describe('NumberField: typed text counts once it is complete', () => {
  it('typing 5000 applies nothing on the way and names the whole number on Enter', async () => {
    const { changes, field } = render(3);
    await typeInto(field, '5000');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('vector a, x component: “5000” is outside the range −1000 to 1000. Keeping 3.');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    expect(changes).toEqual([]);
  });

  it('half-typed text is no error: no message and no aria-invalid, even after a pause', async () => {
    const { changes, field } = render(3);
    await typeInto(field, '1/');
    await expect.element(field).toHaveAttribute('aria-invalid', 'false');
    await sleep(900);
    await expect.element(field).toHaveAttribute('aria-invalid', 'false');
    expect(page.getByRole('alert').query()).toBeNull();
    expect(changes).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/missing after "\/"/);
  });

  it('a finished number applies after a pause, without Enter, and the text stays as typed', async () => {
    const { changes, field } = render(3);
    await typeInto(field, '4.5');
    expect(changes).toEqual([]);
    await expect.poll(() => changes, PAUSED).toEqual([4.5]);
    await expect.element(field).toHaveValue('4.5');
  });

  it('fixing bad text clears the message as soon as the learner types', async () => {
    const { field } = render(3);
    await typeInto(field, 'abc');
    await userEvent.keyboard('{Enter}');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('{Backspace}');
    await expect.element(field).toHaveAttribute('aria-invalid', 'false');
    expect(page.getByRole('alert').query()).toBeNull();
  });

  it('blur commits, and a bad text stays named with the last good value kept', async () => {
    const { changes, field } = render(3);
    await typeInto(field, '7');
    await userEvent.click(page.getByRole('button', { name: 'elsewhere' }));
    expect(changes).toEqual([7]);
    await typeInto(field, '7..');
    await userEvent.click(page.getByRole('button', { name: 'elsewhere' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Keeping 7\.$/);
    expect(changes).toEqual([7]);
  });
});

describe('NumberField: expressions', () => {
  it('reads pi/4 as Desmos does, shows what it means while focused, then the number', async () => {
    const { changes, field } = render(3);
    await typeInto(field, 'pi/4');
    await expect.element(page.getByText('= 0.785398')).toBeVisible();
    await expect.element(field).toHaveAccessibleDescription('= 0.785398');
    await userEvent.keyboard('{Enter}');
    expect(changes.at(-1)).toBeCloseTo(Math.PI / 4, 15);
    // Focused: every digit, which is also what a screen reader reads.
    await expect.element(field).toHaveValue('0.785398163397');
    expect(page.getByText('= 0.785398').query()).toBeNull();
    await userEvent.click(page.getByRole('button', { name: 'elsewhere' }));
    await expect.element(field).toHaveValue('0.7854');
  });

  it.each([
    ['1/2', 0.5],
    ['sqrt(2)', Math.SQRT2],
    ['-3e-2', -0.03],
    ['2^9', 512],
    ['−2', -2],
    ['cos(pi/3)', 0.5],
  ])('%s applies as %d', async (text, expected) => {
    const { changes, field } = render(3);
    await typeInto(field, text);
    await userEvent.keyboard('{Enter}');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toBeCloseTo(expected, 14);
  });

  it('names a variable: a number is expected here', async () => {
    const { changes, field } = render(3);
    await typeInto(field, '2x');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('vector a, x component: a number is expected here: x is a variable. Keeping 3.');
    expect(changes).toEqual([]);
  });

  it('2^10 is named with its value when out of range', async () => {
    const { field } = render(3);
    await typeInto(field, '2^10');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('“2^10” = 1024 is outside the range −1000 to 1000. Keeping 3.');
  });
});

describe('NumberField: keys, digits and width', () => {
  it('arrows step by 1, Shift by 0.1', async () => {
    const { changes, field } = render(3);
    (field.element() as HTMLInputElement).focus();
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(changes).toEqual([4, 3.9]);
    await expect.element(field).toHaveValue('3.9');
  });

  it('Escape restores the value from before the edit, even after a pause applied the text', async () => {
    const { changes, field } = render(3);
    await typeInto(field, '8');
    await expect.poll(() => changes, PAUSED).toEqual([8]);
    await userEvent.keyboard('{Escape}');
    expect(changes).toEqual([8, 3]);
    await expect.element(field).toHaveValue('3');
  });

  it('shows a few digits at rest and every digit on focus, and focusing alone changes nothing', async () => {
    const { changes, field, input } = render(Math.sqrt(3) / 2);
    await expect.element(field).toHaveValue('0.866');
    await expect.element(field).toHaveAccessibleDescription('0.866025403784');
    input().focus();
    await expect.element(field).toHaveValue('0.866025403784');
    input().blur();
    await expect.element(field).toHaveValue('0.866');
    expect(changes).toEqual([]);
  });

  it.each([[-1000], [Math.sqrt(3) / 2], [-999.5]])('%d fits its field without clipping', async (v) => {
    const { input } = render(v);
    expect(input().scrollWidth).toBeLessThanOrEqual(input().clientWidth);
  });
});

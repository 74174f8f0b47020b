import katex from 'katex';
import { flushSync, mount, unmount, type ComponentProps } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { loadEngine, type CompiledExpression, type CompiledField, type Engine } from '../math/expr';
import ExpressionInput from './ExpressionInput.svelte';
import { Formula, type Compiled } from './formula.svelte';

const engine: Engine = await loadEngine();

// Mounted with Svelte's own mount(): @testing-library/svelte's legacy wrapper
// does not compile under this project's global `runes: true`.
const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

const expression = (e: Engine, text: string) => e.compileExpression(text, { variables: ['x', 'y'] });

/** A formula as a scene's state holds one, starting from `text`. */
function formulaOf<T extends Compiled>(text: string, compile: (e: Engine, text: string) => T | import('../math/expr').Failure): Formula<T> {
  const f = new Formula<T>(compile, text);
  flushSync();
  return f;
}

function render<T extends Compiled>(props: ComponentProps<typeof ExpressionInput<T>>) {
  const container = document.body.appendChild(document.createElement('div'));
  const component = mount(ExpressionInput<T>, { target: container, props });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    container.remove();
  });
  return { container };
}

/** The TeX KaTeX typeset in the preview, read back from its MathML annotation. */
function previewTex(container: HTMLElement): string | undefined {
  return container.querySelector('.preview annotation')?.textContent ?? undefined;
}

describe('ExpressionInput', () => {
  it('typesets what is typed and puts each good formula in force', async () => {
    const formula = formulaOf<CompiledExpression>('x', expression);
    const onedit = vi.fn();
    const { container } = render<CompiledExpression>({ label: 'f(x, y)', formula, onedit, texPrefix: 'f(x,y) = ' });
    const input = page.getByRole('textbox', { name: 'f(x, y)' });
    await expect.element(input).toHaveValue('x');
    expect(formula.inForce?.text).toBe('x');

    await input.fill('x^2 + 3y');
    await vi.waitFor(() => expect(previewTex(container)).toBe('f(x,y) = x^{2} + 3y'));
    const { result, text } = formula.inForce!;
    expect(text).toBe('x^2 + 3y');
    expect(result.fn(2, 1)).toBe(7);
    // The scene hears of the edit before the text changes (to make a history entry).
    expect(onedit).toHaveBeenCalled();
    await expect.element(input).not.toHaveAttribute('aria-invalid');
  });

  it('names an error under the text, underlines it, and keeps the last good formula', async () => {
    const formula = formulaOf<CompiledExpression>('x^2', expression);
    const { container } = render({ label: 'Loss', formula });
    const input = page.getByRole('textbox', { name: 'Loss' });
    await input.fill('x + z');

    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(input)
      .toHaveAccessibleDescription('unknown name "z" at column 5 — use x or y. Still showing the last formula that worked (Escape brings it back).');
    expect(container.querySelector('.mirror .bad')?.textContent).toBe('z');
    // The message sits in a live region, so a screen reader hears it without leaving the input.
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('unknown name "z"');
    expect(previewTex(container)).toBe('x^{2}');
    expect(formula.inForce?.text).toBe('x^2');

    await userEvent.keyboard('{Escape}');
    await expect.element(input).toHaveValue('x^2');
    await expect.element(input).not.toHaveAttribute('aria-invalid');
  });

  it('walks the history of accepted formulas with ↑ and ↓', async () => {
    render({ label: 'g', formula: formulaOf<CompiledExpression>('', expression) });
    const input = page.getByRole('textbox', { name: 'g' });
    await input.fill('x^2');
    await userEvent.keyboard('{Enter}');
    await input.fill('y^2');
    await userEvent.keyboard('{Enter}');
    await input.fill('x y');

    await userEvent.keyboard('{ArrowUp}');
    await expect.element(input).toHaveValue('y^2');
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(input).toHaveValue('x^2');
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(input).toHaveValue('x^2');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(input).toHaveValue('y^2');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(input).toHaveValue('x y');
  });

  it('offers examples to pick, as buttons named by their text', async () => {
    const formula = formulaOf<CompiledField>('(2x, x^2)', (e: Engine, text: string) => e.compileField(text));
    const { container } = render<CompiledField>({
      label: 'Vector field F(x, y)',
      formula,
      examples: ['(-y, x)', '(x, y)'],
    });
    await vi.waitFor(() => expect(previewTex(container)).toBe('F(x,y) = \\begin{pmatrix}2x\\\\x^{2}\\end{pmatrix}'));

    await page.getByText('Examples').click();
    await page.getByRole('button', { name: '(-y, x)' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Vector field F(x, y)' })).toHaveValue('(-y, x)');
    await expect.element(page.getByRole('textbox', { name: 'Vector field F(x, y)' })).toHaveFocus();
    expect(formula.inForce!.result.curl.fn(0, 0)).toBe(2);
    // Changes are typeset in idle time, a frame or two later (Tex.svelte).
    await vi.waitFor(() => expect(previewTex(container)).toBe('F(x,y) = \\begin{pmatrix}-y\\\\x\\end{pmatrix}'));
  });
});

describe('every TeX the engine writes is valid KaTeX', () => {
  const typeset = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, strict: 'error' });
  it.each([
    'x^2 + 3y',
    'sin(x*y) + exp(-(x^2+y^2))',
    '(1-x)^2 + 100(y-x^2)^2',
    '2pi x e^y',
    'atan2(y, x) + mod(x, 3) + sign(x)',
    'floor(x) ceil(y) abs(x - y)',
    'sqrt(x^2+y^2) / ln(x) + log(x, 2)',
    'sin(x)^2 + tanh(y)^3',
    '1e21 x + 1.5e-7',
    'asin(x) acos(y) atan(x) sinh(x) cosh(y)',
    'min(x, y, 1) - max(x, 2)',
    '-(-x)^-2^3',
    'x/y/2 * -3',
  ])('%s, its gradient and its field', (text) => {
    const g = engine.compileGradient(text);
    if (!g.ok) throw new Error(g.message);
    for (const tex of [g.f.tex, g.tex, ...g.partials.map((p) => p.tex)]) expect(() => typeset(tex)).not.toThrow();
    const f = engine.compileField([text, `${text} + x y`]);
    if (!f.ok) throw new Error(f.message);
    for (const tex of [f.tex, f.jacobian.tex, f.divergence.equation, f.curl.equation]) expect(() => typeset(tex)).not.toThrow();
  });

  it('multi-letter variable names', () => {
    const r = engine.compileExpression('speed^2 t_0', { variables: ['speed', 't_0'] });
    if (!r.ok) throw new Error(r.message);
    expect(() => typeset(r.tex)).not.toThrow();
  });
});

describe('Formula', () => {
  it('a text from a link that does not read is named, and the fallback used', () => {
    const formula = formulaOf<CompiledExpression>('x^2', expression);
    formula.load('constructor.constructor("alert(1)")()');
    flushSync();
    expect(formula.text).toBe('x^2');
    expect(formula.problem).toMatch(/using x\^2$/);
    formula.load('y^2');
    flushSync();
    expect(formula.problem).toBeNull();
    expect(formula.inForce?.text).toBe('y^2');
  });
});

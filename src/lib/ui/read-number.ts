// What a number field's text means: a plain number (read at once, no engine
// needed), or a constant expression such as pi/4 or sqrt(2), read by the
// expression engine once it has loaded. Never throws, never evals.
import { evaluate, type Engine, type Expr } from '../math/expr';
import { fmt } from '../text/format';
import { parseNumber, quote } from '../text/parse-number';

export type Reading =
  | { readonly kind: 'value'; readonly value: number; /** typed as an expression, not a plain number */ readonly expression: boolean }
  | { readonly kind: 'error'; readonly why: string }
  /** An expression, and the engine has not loaded yet: read it again once it has. */
  | { readonly kind: 'needs-engine' };

// The shapes parseNumber reads: 3, -2, 0.5, .5, 1e3, −2 (a true minus).
const PLAIN = /^\s*[+\-\u2212]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** Names the learner might use as unknowns: compiled as variables so we can say what they are. */
const VARIABLES = ['x', 'y', 't'];

const EXPECTED = 'a number is expected here';

function firstVariable(e: Expr): string | undefined {
  switch (e.kind) {
    case 'var':
      return e.name;
    case 'neg':
      return firstVariable(e.arg);
    case 'bin':
      return firstVariable(e.left) ?? firstVariable(e.right);
    case 'call':
      for (const a of e.args) {
        const v = firstVariable(a);
        if (v) return v;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Whether the text needs the engine: anything but a plain number or blank. */
export const isExpression = (text: string): boolean => text.trim() !== '' && !PLAIN.test(text);

export function readNumber(text: string, limit: number, engine: Engine | undefined): Reading {
  if (!isExpression(text)) {
    const r = parseNumber(text, limit);
    return r.ok ? { kind: 'value', value: r.value, expression: false } : { kind: 'error', why: r.why };
  }
  if (!engine) return { kind: 'needs-engine' };
  const r = engine.compileExpression(text, { variables: VARIABLES });
  if (!r.ok) {
    const unknown = /^unknown name "([^"]*)"/.exec(r.message);
    if (!unknown) return { kind: 'error', why: r.message };
    const name = unknown[1];
    // xy, x2: the engine hints at a product of variables; here the point is that x is one.
    const v = /^[xyt\d.]+$/.test(name) ? /[xyt]/.exec(name)?.[0] : undefined;
    if (v) return { kind: 'error', why: `${EXPECTED}: ${v} is a variable` };
    return { kind: 'error', why: `${EXPECTED}: ${name} is not a known name (use numbers, pi, e and functions such as sqrt(2))` };
  }
  const v = firstVariable(r.expr);
  if (v) return { kind: 'error', why: `${EXPECTED}: ${v} is a variable` };
  const value = evaluate(r.expr, []);
  if (Number.isNaN(value)) return { kind: 'error', why: `${quote(text)} has no real value` };
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    const shown = Number.isFinite(value) ? ` = ${fmt(value, 6)}` : '';
    return { kind: 'error', why: `${quote(text)}${shown} is outside the range ${fmt(-limit)} to ${fmt(limit)}` };
  }
  return { kind: 'value', value: value === 0 ? 0 : value, expression: true };
}

// Algebraic tidying for derivatives, which arrive from the chain and product
// rules as 2 * (-1 * (1 - x) ^ (2 - 1)). Local rules, bottom-up, one pass:
// fold numbers that print short, drop 0s and 1s, pull numeric coefficients and
// signs to the front of products, and turn a + (-b) into a - b. mathjs's full
// `simplify` does more but costs 10–15 ms per partial derivative when warm
// (measured in Node 20), five times the whole budget for a gradient.

import { bin, call, isNum, neg, num, type Expr } from '../tree/ast';
import { evaluate } from '../tree/evaluate';

/** Numbers a learner reads at a glance: 200, 0.5; 1/3 stays a fraction. */
function nice(v: number): boolean {
  return Number.isFinite(v) && (Number.isInteger(v) ? Math.abs(v) <= 2 ** 53 : String(v).length <= 8);
}

const isNegative = (e: Expr): boolean => e.kind === 'neg' || (e.kind === 'num' && e.value < 0);

function negate(e: Expr): Expr {
  if (e.kind === 'num') return num(e.value === 0 ? 0 : -e.value);
  if (e.kind === 'neg') return e.arg;
  return neg(e);
}

/** The same tree, juxtaposed or not: 2x and 2*x are one term. */
function same(a: Expr, b: Expr): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'num':
      return a.value === (b as typeof a).value;
    case 'var':
      return a.index === (b as typeof a).index;
    case 'const':
      return a.name === (b as typeof a).name;
    case 'neg':
      return same(a.arg, (b as typeof a).arg);
    case 'bin': {
      const c = b as typeof a;
      return a.op === c.op && same(a.left, c.left) && same(a.right, c.right);
    }
    case 'call': {
      const c = b as typeof a;
      return a.fn === c.fn && a.args.length === c.args.length && a.args.every((x, k) => same(x, c.args[k]));
    }
  }
}

/** A term as coefficient × the rest: 2x is (2, [x]), −y is (−1, [y]). */
function term(e: Expr): { coefficient: number; rest: Expr[] } {
  const parts = emptyParts();
  factors(e, parts, false);
  return { coefficient: parts.sign * parts.numbers.reduce((p, v) => p * v, 1), rest: parts.rest };
}

/** a·t ± b·t as (a ± b)·t when both are multiples of the same t (2x + 2x is 4x), else null. */
function combine(l: Expr, r: Expr, sign: 1 | -1): Expr | null {
  const a = term(l);
  const b = term(r);
  if (a.rest.length === 0 || a.rest.length !== b.rest.length || !a.rest.every((f, k) => same(f, b.rest[k]))) return null;
  const c = a.coefficient + sign * b.coefficient;
  if (!nice(c)) return null;
  if (c === 0) return num(0);
  const body = product([Math.abs(c)], a.rest);
  return c < 0 ? negate(body) : body;
}

function add(l: Expr, r: Expr): Expr {
  if (isNum(r, 0)) return l;
  if (isNum(l, 0)) return r;
  if (l.kind === 'num' && r.kind === 'num' && nice(l.value + r.value)) return num(l.value + r.value);
  const like = combine(l, r, 1);
  if (like) return like;
  if (isNegative(r)) return sub(l, negate(r));
  return bin('+', l, r);
}

function sub(l: Expr, r: Expr): Expr {
  if (isNum(r, 0)) return l;
  if (isNum(l, 0)) return negate(r);
  if (l.kind === 'num' && r.kind === 'num' && nice(l.value - r.value)) return num(l.value - r.value);
  const like = combine(l, r, -1);
  if (like) return like;
  if (isNegative(r)) return add(l, negate(r));
  return bin('-', l, r);
}

interface Parts {
  sign: number;
  numbers: number[];
  rest: Expr[];
  /** Denominators of fractions among the factors: a·(b/c) is collected as (a·b)/c. */
  below: Expr[];
}

const emptyParts = (): Parts => ({ sign: 1, numbers: [], rest: [], below: [] });

/** Splits a tidy product into its sign, numeric factors, other factors and denominators, in order. */
function factors(e: Expr, into: Parts, fractions: boolean): void {
  if (e.kind === 'bin' && e.op === '*') {
    factors(e.left, into, fractions);
    factors(e.right, into, fractions);
  } else if (fractions && e.kind === 'bin' && e.op === '/') {
    factors(e.left, into, fractions);
    into.below.push(e.right);
  } else if (e.kind === 'neg') {
    into.sign = -into.sign;
    factors(e.arg, into, fractions);
  } else if (e.kind === 'num') {
    if (e.value < 0) into.sign = -into.sign;
    into.numbers.push(Math.abs(e.value));
  } else {
    into.rest.push(e);
  }
}

/** Coefficient first, then the other factors; the sign is left to the caller. */
function product(numbers: readonly number[], rest: readonly Expr[]): Expr {
  const c = numbers.reduce((p, v) => p * v, 1);
  const coefficients = nice(c) ? (c === 1 ? [] : [c]) : numbers;
  const all = [...coefficients.map(num), ...rest];
  return all.length === 0 ? num(1) : all.reduce((acc, f) => bin('*', acc, f));
}

function mul(l: Expr, r: Expr): Expr {
  const parts = emptyParts();
  factors(l, parts, true);
  factors(r, parts, true);
  if (parts.numbers.includes(0)) return num(0);
  const top = product(parts.numbers, parts.rest);
  const body =
    parts.below.length === 0
      ? top
      : div(
          top,
          parts.below.reduce((acc, d) => mul(acc, d)),
        );
  return parts.sign < 0 ? negate(body) : body;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function div(l: Expr, r: Expr): Expr {
  if (isNum(r, 1)) return l;
  if (isNum(l, 0) && !isNum(r, 0)) return num(0);
  if (l.kind === 'num' && r.kind === 'num' && nice(l.value / r.value)) return num(l.value / r.value);
  if (isNegative(l)) return negate(div(negate(l), r));
  if (isNegative(r)) return negate(div(l, negate(r)));
  // Cancel common integer coefficients: 2x / (2·√u) is x / √u.
  const a = emptyParts();
  const b = emptyParts();
  factors(l, a, false);
  factors(r, b, false);
  const ca = a.numbers.reduce((p, v) => p * v, 1);
  const cb = b.numbers.reduce((p, v) => p * v, 1);
  if (Number.isSafeInteger(ca) && Number.isSafeInteger(cb) && ca > 0 && cb > 0 && a.sign > 0 && b.sign > 0) {
    const g = gcd(ca, cb);
    if (g > 1) {
      const top = product([ca / g], a.rest);
      const bottom = product([cb / g], b.rest);
      return isNum(bottom, 1) ? top : bin('/', top, bottom);
    }
  }
  return bin('/', l, r);
}

function pow(l: Expr, r: Expr): Expr {
  if (isNum(r, 1)) return l;
  if (isNum(r, 0) || isNum(l, 1)) return num(1);
  if (l.kind === 'num' && r.kind === 'num' && nice(Math.pow(l.value, r.value))) return num(Math.pow(l.value, r.value));
  return bin('^', l, r);
}

export function tidyDerivative(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'var':
    case 'const':
      return e;
    case 'neg':
      return negate(tidyDerivative(e.arg));
    case 'call': {
      const args = e.args.map(tidyDerivative);
      if (e.fn === 'log' && args.length === 1 && args[0].kind === 'const' && args[0].name === 'e') return num(1);
      if (args.every((a) => a.kind === 'num')) {
        const v = evaluate(call(e.fn, args), []);
        if (nice(v)) return num(v);
      }
      return call(e.fn, args);
    }
    case 'bin': {
      const l = tidyDerivative(e.left);
      const r = tidyDerivative(e.right);
      switch (e.op) {
        case '+':
          return add(l, r);
        case '-':
          return sub(l, r);
        case '*':
          return mul(l, r);
        case '/':
          return div(l, r);
        case '^':
          return pow(l, r);
      }
    }
  }
}

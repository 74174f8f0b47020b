// Compiles a folded tree into nested closures: no eval, no new Function (the
// app runs under a CSP without 'unsafe-eval'), and no dispatch on node kind
// per point. Each closure is a literal written for one operation, with the
// common leaf cases (a variable or a number as an operand, x^2 as x*x) fused
// into their parent so a typical formula makes a handful of calls per point.

import type { BinaryOp, Expr } from '../tree/ast';
import { mod } from '../tree/functions';

/** Arguments are the caller's variables in order: (x, y) or (x, y, t). */
export type Closure = (a: number, b: number, c: number) => number;

const constant =
  (k: number): Closure =>
  () =>
    k;

function variable(index: number): Closure {
  return index === 0 ? (a) => a : index === 1 ? (_a, b) => b : (_a, _b, c) => c;
}

function square(e: Expr): Closure {
  if (e.kind === 'var') {
    if (e.index === 0) return (a) => a * a;
    if (e.index === 1) return (_a, b) => b * b;
  }
  const f = compile(e);
  return (a, b, c) => {
    const v = f(a, b, c);
    return v * v;
  };
}

/** Small integer powers by multiplication (the shape learners type most), the rest by Math.pow. */
function power(base: Expr, exponent: Expr): Closure {
  if (exponent.kind === 'num') {
    const n = exponent.value;
    if (n === 2) return square(base);
    const f = compile(base);
    if (n === 1) return f;
    if (n === 3)
      return (a, b, c) => {
        const v = f(a, b, c);
        return v * v * v;
      };
    if (n === 4)
      return (a, b, c) => {
        const v = f(a, b, c);
        const s = v * v;
        return s * s;
      };
    if (n === -1) return (a, b, c) => 1 / f(a, b, c);
    if (n === -2)
      return (a, b, c) => {
        const v = f(a, b, c);
        return 1 / (v * v);
      };
    if (n === 0.5) return (a, b, c) => Math.pow(f(a, b, c), 0.5);
    return (a, b, c) => Math.pow(f(a, b, c), n);
  }
  const f = compile(base);
  const g = compile(exponent);
  return (a, b, c) => Math.pow(f(a, b, c), g(a, b, c));
}

/** x op y and friends: both operands among the first two variables, the commonest leaf pair. */
function variables(op: BinaryOp, i: number, j: number): Closure | undefined {
  if (i > 1 || j > 1) return undefined;
  const k = i * 2 + j;
  switch (op) {
    case '+':
      return [(a: number) => a + a, (a: number, b: number) => a + b, (a: number, b: number) => b + a, (_a: number, b: number) => b + b][k];
    case '-':
      return [(a: number) => a - a, (a: number, b: number) => a - b, (a: number, b: number) => b - a, (_a: number, b: number) => b - b][k];
    case '*':
      return [(a: number) => a * a, (a: number, b: number) => a * b, (a: number, b: number) => b * a, (_a: number, b: number) => b * b][k];
    case '/':
      return [(a: number) => a / a, (a: number, b: number) => a / b, (a: number, b: number) => b / a, (_a: number, b: number) => b / b][k];
    default:
      return undefined;
  }
}

function binary(op: BinaryOp, left: Expr, right: Expr): Closure {
  if (op === '^') return power(left, right);
  if (left.kind === 'var' && right.kind === 'var') {
    const fused = variables(op, left.index, right.index);
    if (fused) return fused;
  }
  if (right.kind === 'num') {
    const k = right.value;
    if (left.kind === 'var' && left.index === 0) {
      switch (op) {
        case '+':
          return (a) => a + k;
        case '-':
          return (a) => a - k;
        case '*':
          return (a) => a * k;
        case '/':
          return (a) => a / k;
      }
    }
    const f = compile(left);
    switch (op) {
      case '+':
        return (a, b, c) => f(a, b, c) + k;
      case '-':
        return (a, b, c) => f(a, b, c) - k;
      case '*':
        return (a, b, c) => f(a, b, c) * k;
      case '/':
        return (a, b, c) => f(a, b, c) / k;
    }
  }
  if (left.kind === 'num') {
    const k = left.value;
    if (right.kind === 'var' && right.index < 2) {
      const second = right.index === 1;
      switch (op) {
        case '+':
          return second ? (_a, b) => k + b : (a) => k + a;
        case '-':
          return second ? (_a, b) => k - b : (a) => k - a;
        case '*':
          return second ? (_a, b) => k * b : (a) => k * a;
        case '/':
          return second ? (_a, b) => k / b : (a) => k / a;
      }
    }
    const g = compile(right);
    switch (op) {
      case '+':
        return (a, b, c) => k + g(a, b, c);
      case '-':
        return (a, b, c) => k - g(a, b, c);
      case '*':
        return (a, b, c) => k * g(a, b, c);
      case '/':
        return (a, b, c) => k / g(a, b, c);
    }
  }
  const f = compile(left);
  const g = compile(right);
  switch (op) {
    case '+':
      return (a, b, c) => f(a, b, c) + g(a, b, c);
    case '-':
      return (a, b, c) => f(a, b, c) - g(a, b, c);
    case '*':
      return (a, b, c) => f(a, b, c) * g(a, b, c);
    case '/':
      return (a, b, c) => f(a, b, c) / g(a, b, c);
  }
}

function unary(fn: string, f: Closure): Closure {
  switch (fn) {
    case 'sin':
      return (a, b, c) => Math.sin(f(a, b, c));
    case 'cos':
      return (a, b, c) => Math.cos(f(a, b, c));
    case 'tan':
      return (a, b, c) => Math.tan(f(a, b, c));
    case 'asin':
      return (a, b, c) => Math.asin(f(a, b, c));
    case 'acos':
      return (a, b, c) => Math.acos(f(a, b, c));
    case 'atan':
      return (a, b, c) => Math.atan(f(a, b, c));
    case 'sinh':
      return (a, b, c) => Math.sinh(f(a, b, c));
    case 'cosh':
      return (a, b, c) => Math.cosh(f(a, b, c));
    case 'tanh':
      return (a, b, c) => Math.tanh(f(a, b, c));
    case 'exp':
      return (a, b, c) => Math.exp(f(a, b, c));
    case 'log':
      return (a, b, c) => Math.log(f(a, b, c));
    case 'sqrt':
      return (a, b, c) => Math.sqrt(f(a, b, c));
    case 'abs':
      return (a, b, c) => Math.abs(f(a, b, c));
    case 'sign':
      return (a, b, c) => Math.sign(f(a, b, c));
    case 'floor':
      return (a, b, c) => Math.floor(f(a, b, c));
    case 'ceil':
      return (a, b, c) => Math.ceil(f(a, b, c));
    case 'sec':
      return (a, b, c) => 1 / Math.cos(f(a, b, c));
    case 'sech':
      return (a, b, c) => 1 / Math.cosh(f(a, b, c));
  }
  throw new Error(`no one-argument compiler for ${fn}`);
}

function binaryCall(fn: string, f: Closure, g: Closure): Closure {
  switch (fn) {
    case 'atan2':
      return (a, b, c) => Math.atan2(f(a, b, c), g(a, b, c));
    case 'log':
      return (a, b, c) => Math.log(f(a, b, c)) / Math.log(g(a, b, c));
    case 'mod':
      return (a, b, c) => mod(f(a, b, c), g(a, b, c));
    case 'min':
      return (a, b, c) => Math.min(f(a, b, c), g(a, b, c));
    case 'max':
      return (a, b, c) => Math.max(f(a, b, c), g(a, b, c));
  }
  throw new Error(`no two-argument compiler for ${fn}`);
}

export function compile(e: Expr): Closure {
  switch (e.kind) {
    case 'num':
      return constant(e.value);
    case 'const':
      return constant(e.name === 'pi' ? Math.PI : Math.E);
    case 'var':
      return variable(e.index);
    case 'neg': {
      if (e.arg.kind === 'var' && e.arg.index === 0) return (a) => -a;
      const f = compile(e.arg);
      return (a, b, c) => -f(a, b, c);
    }
    case 'bin':
      return binary(e.op, e.left, e.right);
    case 'call': {
      const fs = e.args.map(compile);
      if (fs.length === 1) return unary(e.fn, fs[0]);
      // min and max of many arguments nest pairwise: min(a, b, c) = min(min(a, b), c).
      return fs.slice(1).reduce((acc, g) => binaryCall(e.fn, acc, g), fs[0]);
    }
  }
}

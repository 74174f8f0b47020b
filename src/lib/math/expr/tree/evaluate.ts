// The reference meaning of a tree: a plain recursive interpreter. compile/closure.ts
// must agree with it (tests check that); constant folding uses it directly.

import type { BinaryOp, Expr } from './ast';
import { CONSTANTS, FUNCTIONS } from './functions';

export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return Math.pow(a, b);
  }
}

export function evaluate(e: Expr, values: readonly number[]): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return values[e.index];
    case 'const':
      return CONSTANTS[e.name];
    case 'neg':
      return -evaluate(e.arg, values);
    case 'bin':
      return applyBinary(e.op, evaluate(e.left, values), evaluate(e.right, values));
    case 'call':
      return FUNCTIONS[e.fn].impl(...e.args.map((a) => evaluate(a, values)));
  }
}

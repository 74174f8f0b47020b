// Symbolic partial derivatives with mathjs's `derivative`, on our validated
// tree, for fields and gradients alike. mathjs has no rule for sign, floor,
// ceil, mod, min, max or atan2, so before differentiating each such call
// f(a, b) is replaced by a placeholder sum F + G·a + H·b, where F, G, H are
// symbols mathjs treats as constants. Afterwards the sum is put back as
// f(a, b) wherever it survived unchanged, and G, H become the partial
// derivatives ∂f/∂a, ∂f/∂b: the chain rule done by mathjs's own product and
// sum rules. Functions with derivative 0 almost everywhere (sign, floor,
// ceil) need only F.

import type { MathNode } from 'mathjs';
import { MAX_DERIVATIVE_SIZE } from '../limits';
import type { MathEngine } from '../mathjs-types';
import { bin, call, neg, num, type Expr } from '../tree/ast';
import { FUNCTIONS, type FunctionName } from '../tree/functions';
import { derivativeSize } from './derivative-size';
import { tidyDerivative } from './tidy-derivative';

interface Placeholder {
  readonly original: Expr;
  readonly partials: readonly Expr[];
}

const half = (e: Expr) => bin('/', e, num(2));

/** ∂f/∂(argument i) of the calls mathjs cannot differentiate, in terms of their arguments. */
function placeholderPartials(fn: FunctionName, [a, b]: readonly Expr[]): readonly Expr[] | undefined {
  const r2 = () => bin('+', bin('^', a, num(2)), bin('^', b, num(2)));
  const s = () => call('sign', [bin('-', a, b)]);
  switch (fn) {
    case 'sign':
    case 'floor':
    case 'ceil':
      return [];
    case 'atan2':
      return [bin('/', b, r2()), neg(bin('/', a, r2()))];
    case 'min':
      return [half(bin('-', num(1), s())), half(bin('+', num(1), s()))];
    case 'max':
      return [half(bin('+', num(1), s())), half(bin('-', num(1), s()))];
    case 'mod':
      return [num(1), neg(call('floor', [bin('/', a, b)]))];
    default:
      return undefined;
  }
}

const BINARY_FN = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '^': 'pow' } as const;

function toMath(m: MathEngine, e: Expr, table: Placeholder[]): MathNode {
  const recur = (x: Expr) => toMath(m, x, table);
  switch (e.kind) {
    case 'num':
      return new m.ConstantNode(e.value);
    case 'var':
    case 'const':
      return new m.SymbolNode(e.name);
    case 'neg':
      return new m.OperatorNode('-', 'unaryMinus', [recur(e.arg)]);
    case 'bin':
      return new m.OperatorNode(e.op, BINARY_FN[e.op], [recur(e.left), recur(e.right)]);
    case 'call': {
      if ((e.fn === 'min' || e.fn === 'max') && e.args.length > 2) {
        // min(a, b, c) = min(min(a, b), c): the placeholder rules are binary.
        return recur(e.args.slice(1).reduce((acc, x) => call(e.fn, [acc, x]), e.args[0]));
      }
      const ds = placeholderPartials(e.fn, e.args);
      if (!ds) return new m.FunctionNode(e.fn, e.args.map(recur));
      const i = table.push({ original: e, partials: ds }) - 1;
      const f = new m.SymbolNode(`__f${i}`);
      if (ds.length === 0) return f;
      const terms = e.args.map((a, j) => new m.OperatorNode('*', 'multiply', [new m.SymbolNode(`__g${i}_${j}`), recur(a)]));
      return new m.OperatorNode('+', 'add', [f, ...terms]);
    }
  }
}

type Loose = MathNode & Record<string, unknown>;

function fromMath(node: Loose, variables: readonly string[], table: readonly Placeholder[]): Expr {
  const recur = (x: unknown) => fromMath(x as Loose, variables, table);
  const chain = (op: '+' | '*', args: Loose[]) => args.map(recur).reduce((acc, x) => bin(op, acc, x));
  switch (node.type) {
    case 'ConstantNode':
      if (typeof node.value !== 'number') break;
      return num(node.value);
    case 'ParenthesisNode':
      return recur(node.content);
    case 'SymbolNode': {
      const name = String(node.name);
      const index = variables.indexOf(name);
      if (index >= 0) return { kind: 'var', name, index };
      if (name === 'pi' || name === 'e') return { kind: 'const', name };
      const f = /^__f(\d+)$/.exec(name);
      if (f) return table[Number(f[1])].original;
      const g = /^__g(\d+)_(\d+)$/.exec(name);
      if (g) return table[Number(g[1])].partials[Number(g[2])];
      break;
    }
    case 'OperatorNode': {
      const args = node.args as Loose[];
      const first = args[0];
      if (node.fn === 'add' && first?.type === 'SymbolNode' && /^__f\d+$/.test(String(first.name))) {
        return recur(first); // the placeholder sum, undifferentiated: the original call again
      }
      switch (node.fn) {
        case 'add':
          return chain('+', args);
        case 'multiply':
          return chain('*', args);
        case 'subtract':
          return bin('-', recur(args[0]), recur(args[1]));
        case 'divide':
          return bin('/', recur(args[0]), recur(args[1]));
        case 'pow':
          return bin('^', recur(args[0]), recur(args[1]));
        case 'unaryMinus':
          return neg(recur(args[0]));
        case 'unaryPlus':
          return recur(args[0]);
      }
      break;
    }
    case 'FunctionNode': {
      const name = String((node.fn as Loose | undefined)?.name ?? node.name);
      if (Object.hasOwn(FUNCTIONS, name)) return call(name as FunctionName, (node.args as Loose[]).map(recur));
      break;
    }
  }
  throw new Error(`derivative produced an unexpected ${String(node.type)}`);
}

/** ∂e/∂(variables[index]), tidied. Throws only on an engine bug (partials turns that into a message). */
function partial(m: MathEngine, e: Expr, variables: readonly string[], index: number): Expr {
  const table: Placeholder[] = [];
  const tree = toMath(m, e, table);
  const d = m.derivative(tree, variables[index], { simplify: false });
  return tidyDerivative(fromMath(d as Loose, variables, table));
}

export type Partials = { readonly ok: true; readonly d: readonly [Expr, Expr] } | { readonly ok: false; readonly message: string };

/** [∂e/∂v0, ∂e/∂v1] as trees, or why not: the size budget and the engine-bug guard in one place. */
export function partials(m: MathEngine, e: Expr, variables: readonly string[]): Partials {
  const n = derivativeSize(e);
  if (n > MAX_DERIVATIVE_SIZE) {
    const about = Number(n.toPrecision(2)).toLocaleString('en');
    return {
      ok: false,
      message: `too complex to differentiate: its derivative would have about ${about} terms (the limit is ${MAX_DERIVATIVE_SIZE.toLocaleString('en')})`,
    };
  }
  try {
    return { ok: true, d: [partial(m, e, variables, 0), partial(m, e, variables, 1)] };
  } catch (error) {
    // Only an engine bug lands here; the learner still gets a message, not a crash.
    return { ok: false, message: `could not differentiate this (${error instanceof Error ? error.message : String(error)})` };
  }
}

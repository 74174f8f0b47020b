// The evaluator: a switch over node kinds. Names resolve only in the
// notebook's own Map; attributes and functions only through the tables in
// ./functions (by way of ./members). No text ever reaches a JavaScript
// property lookup or eval.
import { binary, unary } from './arith';
import type { Expr, Subscript } from './ast';
import { fail, raise } from './failure';
import { BUILTINS, closest } from './hints';
import { index, type Index } from './indexing';
import { attribute, call } from './members';
import { matmul } from './products';
import { WORK_BUDGET, type NotebookValue, type Operand, type Provenance, type Span } from './types';
import { describe, intOf, makeList, scalar, shapeOf, tuple, typeName, type Val } from './values';

/** A variable, or the cell whose failed assignment left it undefined. */
export type Binding = { readonly value: NotebookValue; readonly cell: number } | { readonly failedCell: number; readonly shadowed: boolean };

export interface Scope {
  readonly vars: Map<string, Binding>;
  /** Multiply-adds done so far in this run, against WORK_BUDGET. */
  readonly work: { used: number };
  /** The name each cell assigns (from its text, even when it does not parse), to explain names used too early. */
  readonly targets: readonly (string | null)[];
}

export class Evaluator {
  readonly warnings: string[] = [];
  constructor(
    private readonly scope: Scope,
    private readonly cell: number,
    private readonly text: string,
  ) {}

  private readonly warn = (m: string): void => {
    if (!this.warnings.includes(m)) this.warnings.push(m);
  };

  private readonly charge = (units: number, span: Span): void => {
    this.scope.work.used += Number.isFinite(units) ? units : 0;
    if (this.scope.work.used > WORK_BUDGET)
      fail('limit', 'this notebook computes too much to re-run on every keystroke', span, {
        hint: `the budget is ${WORK_BUDGET.toLocaleString('en')} multiply-adds (a 64×64 @ 64×64 takes 262,144): use smaller matrices or fewer products`,
      });
  };

  /** A node's value, which must be data: a function or NumPy itself is refused here. */
  value(node: Expr): NotebookValue {
    return this.data(this.eval(node), node.span);
  }

  private data(v: Val, span: Span): NotebookValue {
    if (v.kind === 'module')
      fail('type', `${v.path} is NumPy itself, not a value`, span, {
        hint: v.path === 'np' ? 'use one of its functions, e.g. np.array([1, 2])' : `e.g. ${v.path}.inv(A)`,
      });
    if (v.kind === 'function') {
      const shown = v.self ? `${v.self.name ?? '…'}.${v.name}` : v.name;
      fail('type', `${shown} is a function: call it with brackets, ${shown}(…)`, span);
    }
    return v;
  }

  private source(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  operand(node: Expr): Operand {
    return { value: this.value(node), span: node.span, name: node.kind === 'name' ? node.name : null };
  }

  eval(node: Expr): Val {
    switch (node.kind) {
      case 'number':
        return this.number(node);
      case 'name':
        return this.resolve(node.name, node.span);
      case 'list':
        return makeList(
          node.items.map((item) => this.value(item)),
          node.span,
        );
      case 'tuple':
        return this.tuple(node);
      case 'unary':
        return unary(node.op, this.value(node.operand), node.span);
      case 'binary':
        return this.binary(node, this.operand(node.left), this.operand(node.right)).value;
      case 'call':
        return this.call(
          node,
          this.eval(node.callee),
          node.args.map((a) => this.operand(a)),
        );
      case 'attribute':
        return this.attribute(node, this.eval(node.object));
      case 'index':
        return this.index(node, this.operand(node.object)).value;
    }
  }

  /** The cell's top expression, with how it was made. */
  top(node: Expr): { value: NotebookValue; provenance: Provenance } {
    switch (node.kind) {
      case 'number':
      case 'list':
      case 'tuple':
        return { value: this.value(node), provenance: { op: 'literal' } };
      case 'name':
        return { value: this.value(node), provenance: { op: 'name', name: node.name } };
      case 'unary': {
        const input = this.operand(node.operand);
        return { value: unary(node.op, input.value, node.span), provenance: { op: 'call', name: `unary ${node.op}`, args: [input] } };
      }
      case 'binary': {
        const [left, right] = [this.operand(node.left), this.operand(node.right)];
        const { value, sequence } = this.binary(node, left, right);
        if (node.op === '@') return { value, provenance: { op: 'matmul', via: '@', left, right } };
        if (sequence)
          return {
            value,
            provenance: {
              op: 'call',
              name: `${typeName(left.value.kind === 'tuple' || left.value.kind === 'array' ? left.value : right.value)} ${node.op}`,
              args: [left, right],
            },
          };
        return { value, provenance: { op: 'elementwise', operator: node.op, left, right, shape: shapeOf(value) } };
      }
      case 'call': {
        const callee = this.eval(node.callee);
        const args = node.args.map((a) => this.operand(a));
        const value = this.data(this.call(node, callee, args), node.span);
        return { value, provenance: callProvenance(callee, args) };
      }
      case 'attribute': {
        const object = this.eval(node.object);
        const value = this.data(this.attribute(node, object), node.span);
        if (object.kind === 'module' || object.kind === 'function') return { value, provenance: { op: 'literal' } };
        const input: Operand = { value: object, span: node.object.span, name: node.object.kind === 'name' ? node.object.name : null };
        return { value, provenance: node.name === 'T' ? { op: 'transpose', input } : { op: 'call', name: node.name, args: [input] } };
      }
      case 'index': {
        const object = this.operand(node.object);
        const r = this.index(node, object);
        return { value: r.value, provenance: { op: 'call', name: 'index', args: [object], indices: r.selections } };
      }
    }
  }

  private number(node: Extract<Expr, { kind: 'number' }>): NotebookValue {
    if (node.isInt && !Number.isSafeInteger(node.value))
      fail('limit', 'whole numbers here are exact only below 2**53 = 9007199254740992', node.span, { hint: `write it as a float: ${node.text}.0` });
    return scalar(node.value, node.isInt ? 'int' : 'float');
  }

  private tuple(node: Extract<Expr, { kind: 'tuple' }>): NotebookValue {
    const items = node.items.map((item) => {
      const v = this.value(item);
      const n = intOf(v);
      if (n === null)
        fail('type', `tuples here hold whole numbers, as shapes do, and this item is ${describe(v)}`, item.span, {
          hint: 'for a list of numbers or arrays, use square brackets: [1.5, 2]',
          // What NumPy says when such a tuple is a shape, as in np.zeros((2.5, 2)).
          ...(v.kind === 'scalar' && v.type === 'float'
            ? { numpy: "'float' object cannot be interpreted as an integer", exception: 'TypeError' }
            : {}),
        });
      return n;
    });
    return tuple(items);
  }

  private resolve(name: string, span: Span): Val {
    if (name === 'np') return { kind: 'module', path: 'np' };
    const b = this.scope.vars.get(name);
    if (b && 'value' in b) return b.value;
    const nameError = { numpy: `name '${name}' is not defined`, exception: 'NameError' };
    if (b && b.shadowed)
      // Python would carry on with the old value; a learner editing that cell expects the new one, so the notebook waits for it.
      fail('name', `${name} is waiting for cell ${b.failedCell + 1}, which gives it a new value and has an error`, span, {
        hint: `fix cell ${b.failedCell + 1} first: until then this cell does not use the ${name} from before`,
      });
    if (b)
      fail('name', `${name} is not defined: its cell (cell ${b.failedCell + 1}) has an error`, span, {
        hint: `fix cell ${b.failedCell + 1} first`,
        ...nameError,
      });
    const later = this.scope.targets.findIndex((t, i) => i > this.cell && t === name);
    if (later >= 0)
      fail('name', `${name} is not defined yet: cell ${later + 1}, below this one, assigns it`, span, {
        hint: 'cells run from top to bottom: move this cell below that one',
        ...nameError,
      });
    const builtin = BUILTINS.get(name);
    if (BUILTINS.has(name)) fail('name', `Python's ${name} is not available here`, span, { hint: builtin ?? undefined });
    if (name === 'numpy')
      fail('name', `numpy is not defined: NumPy is np here`, span, { hint: 'write np.array(…), after import numpy as np', ...nameError });
    const near = closest(name, this.scope.vars.keys());
    fail('name', `${name} is not defined`, span, {
      hint: near ? `did you mean ${near}?` : `define it first in a cell of its own, e.g. ${name} = np.array([1, 2])`,
      ...nameError,
    });
  }

  private binary(node: Extract<Expr, { kind: 'binary' }>, left: Operand, right: Operand): { value: NotebookValue; sequence: boolean } {
    const ctx = { span: node.span, leftSpan: left.span, rightSpan: right.span, warn: this.warn, charge: this.charge };
    if (node.op === '@') return { value: matmul(left.value, right.value, { ...ctx, operator: true }), sequence: false };
    return binary(node.op, left.value, right.value, ctx);
  }

  private call(node: Extract<Expr, { kind: 'call' }>, callee: Val, args: Operand[]): Val {
    return call(node, callee, args, { source: (span: Span) => this.source(span), warn: this.warn, charge: this.charge });
  }

  private attribute(node: Extract<Expr, { kind: 'attribute' }>, object: Val): Val {
    return attribute(node, object, this.charge);
  }

  private index(node: Extract<Expr, { kind: 'index' }>, object: Operand) {
    const subs = node.indices.map((s) => this.subscript(s));
    // A[(0, 1)] is A[0, 1].
    const only = subs.length === 1 ? subs[0] : null;
    const expanded =
      only && only.kind === 'other' && only.value.kind === 'tuple'
        ? only.value.items.map((value): Index => ({ kind: 'int', value, span: only.span }))
        : subs;
    return index(object.value, expanded, node.span);
  }

  private subscript(s: Subscript): Index {
    if (s.kind !== 'slice') {
      const value = this.value(s);
      const n = intOf(value);
      return n !== null ? { kind: 'int', value: n, span: s.span } : { kind: 'other', value, span: s.span };
    }
    const bound = (e: Expr | null): number | null => {
      if (!e) return null;
      const n = intOf(this.value(e));
      if (n === null)
        raise(
          'type',
          'TypeError',
          'slice indices must be integers or None or have an __index__ method',
          'the ends and step of a slice must be whole numbers',
          e.span,
        );
      return n;
    };
    return { kind: 'slice', start: bound(s.start), stop: bound(s.stop), step: bound(s.step), span: s.span };
  }
}

function callProvenance(callee: Val, args: Operand[]): Provenance {
  if (callee.kind !== 'function') return { op: 'literal' };
  const self = callee.self;
  if (self) {
    if (callee.name === 'dot') return { op: 'matmul', via: '.dot', left: self, right: args[0] };
    if (callee.name === 'transpose') return { op: 'transpose', input: self };
    return { op: 'call', name: callee.name, args: [self, ...args] };
  }
  if (callee.name === 'np.dot' || callee.name === 'np.matmul') return { op: 'matmul', via: callee.name, left: args[0], right: args[1] };
  if (callee.name === 'np.transpose') return { op: 'transpose', input: args[0] };
  if (callee.name === 'np.linalg.inv') return { op: 'inv', input: args[0] };
  return { op: 'call', name: callee.name, args };
}

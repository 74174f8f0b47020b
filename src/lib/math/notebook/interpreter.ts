// The evaluator: a switch over node kinds. Names resolve only in the
// notebook's own Map; attributes and functions only through the tables in
// ./functions. No text ever reaches a JavaScript property lookup or eval.
import { binary, unary } from './arith';
import type { Expr, Subscript } from './ast';
import { fail, raise } from './failure';
import { ATTRIBUTE_NAMES, arrayAttribute, METHODS, NP_FUNCTIONS } from './functions';
import { BUILTINS, closest, LINALG_NAMES, NDARRAY_ATTRIBUTES } from './hints';
import { index, type Index } from './indexing';
import { matmul } from './products';
import { pyRepr } from './repr';
import { WORK_BUDGET, type NotebookValue, type Operand, type Provenance, type Span } from './types';
import { describe, intOf, isNumpy, isPython, makeList, scalar, shapeOf, tuple, typeName, type Callable, type Val } from './values';

/** A variable, or the cell whose failed assignment left it undefined. */
export type Binding = { readonly value: NotebookValue; readonly cell: number } | { readonly failedCell: number; readonly shadowed: boolean };

export interface Scope {
  readonly vars: Map<string, Binding>;
  /** Multiply-adds done so far in this run, against WORK_BUDGET. */
  readonly work: { used: number };
  /** The name each cell assigns (from its text, even when it does not parse), to explain names used too early. */
  readonly targets: readonly (string | null)[];
}

const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
  ['inf', Infinity],
  ['nan', NaN],
]);

const available = (prefix: string): string =>
  [...NP_FUNCTIONS.keys()]
    .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
    .map((k) => `${k}(…)`)
    .join(', ');

const ARRAY_MEMBERS = [...ATTRIBUTE_NAMES.map((a) => `.${a}`), ...[...METHODS.keys()].map((m) => `.${m}(…)`)].join(', ');

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
    if (b)
      fail('name', `${name} is not defined: its cell (cell ${b.failedCell + 1}) has an error`, span, {
        hint: `fix cell ${b.failedCell + 1} first`,
        ...(b.shadowed ? {} : nameError),
      });
    const later = this.scope.targets.findIndex((t, i) => i > this.cell && t === name);
    if (later >= 0)
      fail('name', `${name} is not defined yet: cell ${later + 1}, below this one, assigns it`, span, {
        hint: 'cells run from top to bottom: move this cell below that one',
        ...nameError,
      });
    const builtin = BUILTINS.get(name);
    if (builtin) fail('name', `Python's ${name} is not available here`, span, { hint: builtin });
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
    if (callee.kind === 'module')
      raise('type', 'TypeError', "'module' object is not callable", `${callee.path} is NumPy itself, not a function`, node.callee.span, {
        hint: `call one of its functions: ${available(`${callee.path}.`)}`,
      });
    if (callee.kind !== 'function') {
      const [f, x] = [this.source(node.callee.span), node.args.length === 1 ? this.source(node.args[0].span) : 'x'];
      raise(
        'type',
        'TypeError',
        `'${typeName(callee)}' object is not callable`,
        `${describe(callee)} is not a function, so it cannot be called with (…)`,
        node.span,
        {
          hint:
            callee.kind === 'scalar'
              ? `to multiply by a number, write ${f} * ${x}`
              : `to multiply, write ${f} @ ${x} (matrix product) or ${f} * ${x} (elementwise)`,
        },
      );
    }
    const fn = callee.self ? METHODS.get(callee.name) : NP_FUNCTIONS.get(callee.name);
    if (!fn) return fail('name', `${callee.name} is not available here`, node.callee.span);
    const all = callee.self ? [callee.self, ...args] : args;
    if (all.length < fn.min || all.length > fn.max) this.arity(node, callee, args, fn);
    return fn.run(all, { span: node.span, warn: this.warn, charge: this.charge });
  }

  private arity(node: Extract<Expr, { kind: 'call' }>, callee: Callable, args: Operand[], fn: { usage: string; min: number; max: number }): never {
    const shown = callee.self ? `.${callee.name}` : callee.name;
    const own = callee.self ? 1 : 0;
    const [lo, hi] = [fn.min - own, fn.max - own];
    const wanted = lo === hi ? `${lo} argument${lo === 1 ? '' : 's'}` : `${lo} to ${hi} arguments`;
    const second = args[1];
    if (args.length === 2 && second.value.kind === 'scalar' && ['np.array', 'np.zeros', 'np.ones'].includes(callee.name)) {
      const listed = args.map((a) => this.source(a.span)).join(', ');
      raise(
        'type',
        'TypeError',
        `Cannot interpret '${pyRepr(second.value)}' as a data type`,
        `${shown} takes one argument here; NumPy reads a second one as a data type`,
        second.span,
        {
          hint: callee.name === 'np.array' ? `wrap the numbers in brackets: np.array([${listed}])` : `the shape is one tuple: ${shown}((${listed}))`,
        },
      );
    }
    fail('type', `${shown} takes ${wanted} here, and was given ${args.length}`, node.span, { hint: `write ${fn.usage}` });
  }

  private attribute(node: Extract<Expr, { kind: 'attribute' }>, object: Val): Val {
    const name = node.name;
    if (object.kind === 'module') {
      const path = `${object.path}.${name}`;
      if (object.path === 'np' && name === 'linalg') return { kind: 'module', path: 'np.linalg' };
      if (object.path === 'np' && CONSTANTS.has(name)) return scalar(CONSTANTS.get(name) as number, 'float');
      if (NP_FUNCTIONS.has(path)) return { kind: 'function', name: path };
      const names = [...NP_FUNCTIONS.keys()].filter((k) => k.startsWith(`${object.path}.`)).map((k) => k.slice(object.path.length + 1));
      const near = closest(name, names);
      const absent = object.path === 'np.linalg' && !LINALG_NAMES.has(name);
      fail('name', `${path} is not available here`, node.nameSpan, {
        hint: near
          ? `did you mean ${object.path}.${near}?`
          : `available: ${available(`${object.path}.`)}${object.path === 'np' ? ', np.linalg.inv(…), np.linalg.det(…), np.linalg.norm(…), np.linalg.solve(…), np.pi, np.e, np.inf' : ''}`,
        ...(absent ? { numpy: `module 'numpy.linalg' has no attribute '${name}'`, exception: 'AttributeError' } : {}),
      });
    }
    if (object.kind === 'function') fail('type', `${object.name} is a function: call it before using .${name}`, node.span);
    const who = node.object.kind === 'name' ? node.object.name : '';
    const ours = ATTRIBUTE_NAMES.includes(name) || METHODS.has(name);
    if (isNumpy(object)) {
      if (ours) {
        if (METHODS.has(name))
          return {
            kind: 'function',
            name,
            self: { value: object, span: node.object.span, name: node.object.kind === 'name' ? node.object.name : null },
          };
        return arrayAttribute(name, object, node.span, this.charge) as NotebookValue;
      }
      const near = closest(name, [...ATTRIBUTE_NAMES, ...METHODS.keys()]);
      fail(
        'name',
        NDARRAY_ATTRIBUTES.has(name) ? `${who}.${name} is not available here` : `${who || 'this array'} has no attribute ${name}`,
        node.nameSpan,
        {
          hint: near ? `did you mean ${who}.${near}?` : `available: ${ARRAY_MEMBERS}`,
          ...(NDARRAY_ATTRIBUTES.has(name) ? {} : { numpy: `'${typeName(object)}' object has no attribute '${name}'`, exception: 'AttributeError' }),
        },
      );
    }
    const sequence = object.kind === 'tuple' || (object.kind === 'array' && object.list);
    fail('name', `${describe(object)} has no .${name}${isPython(object) ? ': it is a plain Python number' : ''}`, node.nameSpan, {
      hint: sequence ? `make it an array first: np.array(${who || '…'}).${name}` : undefined,
      ...(ours ? { numpy: `'${typeName(object)}' object has no attribute '${name}'`, exception: 'AttributeError' } : {}),
    });
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

import { describe, expect, it } from 'vitest';
import { bin, call, neg, num, type Expr } from './ast';
import { exprFromData, MAX_NODES, MAX_TREE_DEPTH } from './from-data';
import { evaluate } from './evaluate';

const x: Expr = { kind: 'var', name: 'x', index: 0 };
const y: Expr = { kind: 'var', name: 'y', index: 1 };
const t: Expr = { kind: 'var', name: 't', index: 2 };

/** What postMessage does to a tree: a structured clone. */
const cloned = (e: unknown): unknown => structuredClone(e);

describe('exprFromData', () => {
  it('gives back every shape the engine makes, equal to the original', () => {
    const trees: Expr[] = [
      num(2.5),
      x,
      t,
      { kind: 'const', name: 'pi' },
      { kind: 'const', name: 'e' },
      neg(y),
      bin('*', num(2), x, true),
      bin('^', x, num(2)),
      call('sin', [bin('*', x, y)]),
      call('atan2', [y, x]),
      call('log', [x]),
      call('log', [x, num(10)]),
      call('min', [x, y, num(0), t]),
      bin('+', call('sin', [bin('*', x, y)]), call('exp', [bin('-', neg(bin('^', x, num(2))), bin('^', y, num(2)))])),
    ];
    for (const e of trees) expect(exprFromData(cloned(e))).toEqual(e);
  });

  it('drops fields the engine never sets, and a false implicit', () => {
    const got = exprFromData({ kind: 'bin', op: '+', left: { kind: 'num', value: 1, extra: 'x' }, right: x, implicit: false, evil: () => 0 });
    expect(got).toEqual({ kind: 'bin', op: '+', left: { kind: 'num', value: 1 }, right: x });
  });

  it('the rebuilt tree means the same', () => {
    const e = bin('/', call('sqrt', [bin('+', bin('^', x, num(2)), bin('^', y, num(2)))]), num(3));
    expect(evaluate(exprFromData(cloned(e))!, [3, 4])).toBe(5 / 3);
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['a string', 'x + 1'],
    ['an array', [x]],
    ['an unknown kind', { kind: 'eval', code: 'alert(1)' }],
    ['no kind', { value: 1 }],
    ['NaN', { kind: 'num', value: NaN }],
    ['Infinity', { kind: 'num', value: Infinity }],
    ['a numeric string', { kind: 'num', value: '1' }],
    ['a variable index of 3', { kind: 'var', name: 'z', index: 3 }],
    ['a negative variable index', { kind: 'var', name: 'x', index: -1 }],
    ['a fractional variable index', { kind: 'var', name: 'x', index: 0.5 }],
    ['a variable without a name', { kind: 'var', index: 0 }],
    ['an unknown constant', { kind: 'const', name: 'tau' }],
    ['an unknown operator', { kind: 'bin', op: '%', left: x, right: y }],
    ['a missing operand', { kind: 'bin', op: '+', left: x }],
    ['a non-boolean implicit', { kind: 'bin', op: '*', left: num(2), right: x, implicit: 'yes' }],
    ['a neg without argument', { kind: 'neg' }],
    ['an unknown function', { kind: 'call', fn: 'alert', args: [x] }],
    ['an inherited property as function', { kind: 'call', fn: 'constructor', args: [x] }],
    ['__proto__ as function', { kind: 'call', fn: '__proto__', args: [x] }],
    ['sin of two arguments', { kind: 'call', fn: 'sin', args: [x, y] }],
    ['atan2 of one argument', { kind: 'call', fn: 'atan2', args: [x] }],
    ['min of one argument', { kind: 'call', fn: 'min', args: [x] }],
    ['args that are not an array', { kind: 'call', fn: 'sin', args: { 0: x, length: 1 } }],
    ['a bad node deep inside', bin('+', x, call('cos', [bin('*', y, { kind: 'num', value: NaN } as unknown as Expr)]))],
  ])('refuses %s', (_name, data) => {
    expect(exprFromData(cloned(data))).toBeNull();
  });

  it(`accepts a chain ${MAX_TREE_DEPTH} deep and refuses one level deeper`, () => {
    const chain = (depth: number): unknown => {
      let e: unknown = x;
      for (let i = 0; i < depth; i++) e = { kind: 'neg', arg: e };
      return e;
    };
    expect(exprFromData(chain(MAX_TREE_DEPTH))).not.toBeNull();
    expect(exprFromData(chain(MAX_TREE_DEPTH + 1))).toBeNull();
  });

  it(`refuses more than ${MAX_NODES} nodes, even shallow ones`, () => {
    const wide = (n: number) => ({ kind: 'call', fn: 'max', args: Array.from({ length: n }, () => x) });
    expect(exprFromData(wide(MAX_NODES - 1))).not.toBeNull();
    expect(exprFromData(wide(MAX_NODES))).toBeNull();
  });

  it('refuses a cycle (structured clone keeps them) without looping', () => {
    const a: { kind: string; arg?: unknown } = { kind: 'neg' };
    a.arg = a;
    expect(exprFromData(cloned(a))).toBeNull();
  });
});

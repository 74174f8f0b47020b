// The lexer and parser: Python's precedence, exact spans, and a message with
// a span inside the text for every kind of bad input.
import { describe, expect, it } from 'vitest';
import type { Expr, Statement, Subscript } from './ast';
import { tokenize } from './lexer';
import { parseCell, type NotebookError } from './index';

/** The tree as an s-expression, so precedence reads at a glance: (- (** 2 2)). */
function show(e: Expr | Subscript): string {
  switch (e.kind) {
    case 'number':
      return e.text;
    case 'name':
      return e.name;
    case 'list':
      return `[${e.items.map(show).join(' ')}]`;
    case 'tuple':
      return `(tuple ${e.items.map(show).join(' ')})`;
    case 'unary':
      return `(${e.op} ${show(e.operand)})`;
    case 'binary':
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'call':
      return `(call ${show(e.callee)}${e.args.map((a) => ' ' + show(a)).join('')})`;
    case 'attribute':
      return `(. ${show(e.object)} ${e.name})`;
    case 'index':
      return `(index ${show(e.object)}${e.indices.map((a) => ' ' + show(a)).join('')})`;
    case 'slice':
      return `${e.start ? show(e.start) : ''}:${e.stop ? show(e.stop) : ''}${e.step ? ':' + show(e.step) : ''}`;
  }
}

function parse(text: string): Statement {
  const r = parseCell(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.ast;
}

const expr = (text: string): string => {
  const s = parse(text);
  if (s.kind === 'expr' || s.kind === 'assign') return show(s.value);
  return s.kind;
};

function error(text: string): NotebookError {
  const r = parseCell(text);
  if (r.ok) throw new Error(`${text} parsed`);
  return r.error;
}

/** The text an error underlines. */
const underlined = (text: string): string => {
  const { span } = error(text);
  return text.slice(span.start, span.end);
};

describe('tokens', () => {
  it('reads Python numbers: ints, floats, exponents, underscores', () => {
    const t = tokenize('1 2.5 .5 1. 1e-3 2E+4 1_000');
    expect(t.filter((x) => x.kind === 'number').map((x) => [x.value, x.isInt])).toEqual([
      [1, true],
      [2.5, false],
      [0.5, false],
      [1, false],
      [0.001, false],
      [20000, false],
      [1000, true],
    ]);
  });
  it('keeps exact offsets', () => {
    expect(tokenize('A @ x').map((t) => [t.text, t.start, t.end])).toEqual([
      ['A', 0, 1],
      ['@', 2, 3],
      ['x', 4, 5],
      ['', 5, 5],
    ]);
  });
  it('reads ** as one operator and skips comments', () => {
    expect(tokenize('a**b # power').map((t) => t.text)).toEqual(['a', '**', 'b', '']);
  });
  it('joins lines inside brackets, as Python does', () => {
    expect(tokenize('[1,\n 2]').some((t) => t.kind === 'newline')).toBe(false);
    expect(tokenize('a\nb').some((t) => t.kind === 'newline')).toBe(true);
  });
});

describe('precedence, as in Python', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['A @ B @ C', '(@ (@ A B) C)'],
    ['A + B @ C', '(+ A (@ B C))'],
    ['A * B @ C', '(@ (* A B) C)'],
    ['-2**2', '(- (** 2 2))'],
    ['2**-1', '(** 2 (- 1))'],
    ['2**3**2', '(** 2 (** 3 2))'],
    ['-2*3', '(* (- 2) 3)'],
    ['2**-1*3', '(* (** 2 (- 1)) 3)'],
    ['--x', '(- (- x))'],
    ['-A.T', '(- (. A T))'],
    ['A.T @ x', '(@ (. A T) x)'],
    ['2 * A ** 2', '(* 2 (** A 2))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['np.linalg.inv(A) @ b', '(@ (call (. (. np linalg) inv) A) b)'],
    ['A[0][1]', '(index (index A 0) 1)'],
    ['A[0, 1]', '(index A 0 1)'],
    ['A[:, 1]', '(index A : 1)'],
    ['A[1:, ::-1]', '(index A 1: ::(- 1))'],
    ['A[a:b:c]', '(index A a:b:c)'],
    ['x.reshape(1, -1)', '(call (. x reshape) 1 (- 1))'],
    ['x.reshape((1, 2))', '(call (. x reshape) (tuple 1 2))'],
    ['[[1, 2], [3, 4]]', '[[1 2] [3 4]]'],
    ['[1, 2,]', '[1 2]'],
    ['(2,)', '(tuple 2)'],
    ['()', '(tuple )'],
    ['(2)', '2'],
  ])('%s', (text, tree) => expect(expr(text)).toBe(tree));
});

describe('statements', () => {
  it('assignment, import, expression, blank', () => {
    expect(parse('B = A @ x')).toMatchObject({ kind: 'assign', target: 'B', targetSpan: { start: 0, end: 1 }, span: { start: 0, end: 9 } });
    expect(parse('import numpy as np').kind).toBe('import');
    expect(parse('  A  # the matrix').kind).toBe('expr');
    expect(parse('').kind).toBe('empty');
    expect(parse('# only a note').kind).toBe('empty');
    expect(parse('\n\nA\n').kind).toBe('expr');
  });
});

describe('spans are exact', () => {
  const spanText = (text: string, pick: (s: Statement) => Expr): string => {
    const e = pick(parse(text));
    return text.slice(e.span.start, e.span.end);
  };
  const value = (s: Statement): Expr => (s.kind === 'expr' || s.kind === 'assign' ? s.value : (null as never));
  it('of a binary expression and its operands', () => {
    const text = 'C = A  @  x';
    expect(spanText(text, value)).toBe('A  @  x');
    const b = value(parse(text));
    if (b.kind !== 'binary') throw new Error('not binary');
    expect(text.slice(b.opSpan.start, b.opSpan.end)).toBe('@');
    expect(text.slice(b.left.span.start, b.left.span.end)).toBe('A');
  });
  it('of brackets, calls, attributes and indexing', () => {
    expect(spanText('(A + b) * 2', (s) => (value(s) as Extract<Expr, { kind: 'binary' }>).left)).toBe('(A + b)');
    expect(spanText(' np.linalg.inv(A) ', value)).toBe('np.linalg.inv(A)');
    expect(spanText('A.T', value)).toBe('A.T');
    expect(spanText('A[:, 1]', value)).toBe('A[:, 1]');
    expect(spanText('x = -2**2', value)).toBe('-2**2');
  });
});

describe('errors name the problem and where it is', () => {
  it.each([
    ['A^T', '^T', /\^ is not a power/, 'NumPy has no A^T: write A.T (and ^ is not a power: use **)'],
    ['A ^ B', '^', /\^ is not a power/, 'NumPy has no A^T: write A.T (and ^ is not a power: use **)'],
    ['x^2', '^', /\^/, 'NumPy has no A^T: write A.T (and ^ is not a power: use **)'],
    ['A x', 'x', /side by side/, 'write A @ x for matrix multiplication; * multiplies elementwise'],
    ['2A', 'A', /side by side/, 'write 2 * A to multiply by a number'],
    ['2 x', 'x', /side by side/, 'write 2 * x to multiply by a number'],
    ['A == B', '==', /comparisons/, undefined],
    ['A // 2', '//', /floor division/, undefined],
    ['lambda x: x', 'lambda', /lambda/, undefined],
    ['for i in x', 'for', /for is not supported/, undefined],
    ["np.linalg.norm(x, 'fro')", "'fro'", /strings/, undefined],
    ['np.zeros((2, 3), dtype=int)', 'dtype=', /keyword arguments/, undefined],
    ['A[0] = 1', '=', /in place/, undefined],
    ['a = b = 2', '=', /one name per assignment/, 'assign one name a cell: b = … here, then a = b in the next cell'],
    ['B += 1', '+=', /\+= is not supported/, 'write it out: B = B + …'],
    ['a = 1; b = 2', ';', /one statement per cell/, 'put the next statement in a new cell'],
    ['a = 1\nb = 2', 'b', /one statement per cell/, 'put the next statement in a new cell'],
    ['np.array([1, 2', '[', /'\[' was never closed/, undefined],
    ['(1, 2]', ']', /does not match/, undefined],
    ['A + ', '+', /ends after '\+'/, undefined],
    ['A)', ')', /unmatched '\)'/, undefined],
    ['2, 3', ',', /tuple needs brackets/, 'write (2, 3)'],
    ['import numpy', 'import numpy', /calls NumPy np/, 'write import numpy as np'],
    ['import numpy as foo', 'import numpy as foo', /calls NumPy np/, 'write import numpy as np'],
    ['import math', 'import math', /only NumPy/, 'write import numpy as np (np is always available)'],
    ['from numpy import *', 'from', /only NumPy/, 'write import numpy as np (np is always available)'],
    ['A.', '.', /expected a name after '.'/, undefined],
    ['A[]', '[]', /need an index/, 'write A[0] for a row, A[:, 0] for a column'],
    ['A − B', '−', /unexpected character/, 'use the plain minus sign -'],
    ['A × B', '×', /unexpected character/, 'write A @ B for the matrix product, or A * B to multiply entry by entry'],
    ['Aᵀ', 'ᵀ', /unexpected/, 'NumPy writes the transpose as A.T'],
    ['λ = 2', 'λ', /names here use/, undefined],
    ['1j', '1j', /complex numbers/, undefined],
    ['007', '007', /leading zeros/, 'write 7'],
    ['1e', '1e', /needs digits/, 'write an exponent such as 1e-3'],
    ['0x1F', '0x1F', /hexadecimal/, 'write the number in decimal'],
    ['None', 'None', /True, False and None/, undefined],
    ['A[...]', '...', /Ellipsis/, undefined],
    ['f(*a)', '*', /unpacking/, undefined],
    ['x = ', '=', /ends after '='/, undefined],
  ])('%j', (text, under, message, hint) => {
    const e = error(text);
    expect(e.kind === 'syntax' || e.kind === 'limit').toBe(true);
    expect(e.message).toMatch(message);
    expect(underlined(text)).toBe(under);
    if (hint !== undefined) expect(e.hint).toBe(hint);
  });

  it('limits nesting to 32 levels', () => {
    expect(parseCell('('.repeat(30) + '1' + ')'.repeat(30)).ok).toBe(true);
    const e = error('('.repeat(40) + '1' + ')'.repeat(40));
    expect(e.kind).toBe('limit');
    expect(e.message).toMatch(/32 levels/);
    expect(error('-'.repeat(60) + '1').kind).toBe('limit');
  });

  it('refuses cells over 500 characters, underlining the excess', () => {
    const text = 'A + ' + '1 + '.repeat(130) + '1';
    const e = error(text);
    expect(e.kind).toBe('limit');
    expect(e.span).toEqual({ start: 500, end: text.length });
  });

  it('gives every error a non-empty span inside the text', () => {
    for (const text of ['A +', '(', '[', 'A[', 'np.', '1 +* 2', ')', '=', 'A = = 1', '"', "'abc", 'x y z', '\\', '$', '@']) {
      const e = error(text);
      expect(e.span.start).toBeGreaterThanOrEqual(0);
      expect(e.span.end).toBeLessThanOrEqual(text.length);
      expect(e.span.end).toBeGreaterThan(e.span.start);
    }
  });
});

// A Pratt parser for one cell, with Python's precedence: + - below * / @,
// then unary - and +, then ** (right-associative, and binding tighter than a
// unary minus on its left: -2**2 is -4, 2**-1 is 0.5), then calls, indexing
// and attributes. It builds the tree or throws a Failure naming the first
// problem in the text, with a hint where a learner's habit explains it.
import type { BinaryOperator, Expr, Statement, Subscript } from './ast';
import { fail, spanOf } from './failure';
import type { Token } from './lexer';
import { tokenize } from './lexer';
import { CARET_HINT, caretSpan, invalid, juxtaposed, keyword, stringLiteral, unsupportedOperator } from './parse-errors';
import { MAX_DEPTH, type Span } from './types';

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

const INFIX: ReadonlyMap<string, number> = new Map([
  ['+', 10],
  ['-', 10],
  ['*', 20],
  ['/', 20],
  ['@', 20],
  ['**', 40],
]);
const UNARY_BP = 30;
const POSTFIX_BP = 50;

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

const span = (t: Token): Span => spanOf(t.start, t.end);
const quote = (t: Token): string => (t.kind === 'eof' ? 'the end of the cell' : t.kind === 'newline' ? 'a new line' : `'${t.text}'`);

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }
  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }
  private isOp(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'op' && t.text === text;
  }
  private atEnd(): boolean {
    const t = this.peek();
    return t.kind === 'eof' || t.kind === 'newline';
  }

  statement(): Statement {
    while (this.peek().kind === 'newline') this.next();
    const first = this.peek();
    if (first.kind === 'eof') return { kind: 'empty', span: spanOf(0, 0) };
    if (first.kind === 'name' && first.text === 'import') return this.finish(this.importStatement());
    if (first.kind === 'name' && first.text === 'from')
      fail('syntax', 'only NumPy can be imported here, and as np', span(first), { hint: 'write import numpy as np (np is always available)' });
    if (first.kind === 'name' && !KEYWORDS.has(first.text) && this.isOp('=', 1)) {
      this.pos += 2;
      const value = this.expression(0);
      return this.finish({ kind: 'assign', target: first.text, targetSpan: span(first), value, span: spanOf(first.start, value.span.end) });
    }
    const value = this.expression(0);
    return this.finish({ kind: 'expr', value, span: value.span });
  }

  /** After the statement only blank lines may follow; anything else is named. */
  private finish(s: Statement): Statement {
    let newLine = false;
    while (this.peek().kind === 'newline') {
      this.next();
      newLine = true;
    }
    const t = this.peek();
    if (t.kind === 'eof') return s;
    if (newLine || (t.kind === 'op' && t.text === ';'))
      fail('syntax', 'one statement per cell', span(t), { hint: 'put the next statement in a new cell' });
    if (t.kind === 'op') {
      const inPlace = s.kind === 'expr' && s.value.kind === 'index';
      // Python's a = b = 2 gives both names one value; here a cell assigns one name.
      if (t.text === '=' && s.kind === 'assign' && s.value.kind === 'name')
        fail('syntax', 'one name per assignment here: a = b = … is not supported', span(t), {
          hint: `assign one name a cell: ${s.value.name} = … here, then ${s.target} = ${s.value.name} in the next cell`,
        });
      if (t.text === '=')
        fail('syntax', inPlace ? 'changing entries of an array in place is not supported here' : 'only a name can be assigned to', span(t), {
          hint: inPlace ? 'make a new array instead, e.g. B = A * 2' : 'write a name on the left: B = A @ x',
        });
      if (t.text.length >= 2 && t.text.endsWith('=') && !['==', '!=', '<=', '>='].includes(t.text)) {
        const name = s.kind === 'expr' && s.value.kind === 'name' ? s.value.name : 'A';
        fail('syntax', `${t.text} is not supported here`, span(t), { hint: `write it out: ${name} = ${name} ${t.text.slice(0, -1)} …` });
      }
      if (t.text === ')' || t.text === ']' || t.text === '}') fail('syntax', `unmatched '${t.text}'`, span(t));
      if (t.text === ',') fail('syntax', 'a tuple needs brackets here', span(t), { hint: 'write (2, 3)' });
    }
    fail('syntax', `unexpected ${quote(t)}`, span(t));
  }

  private importStatement(): Statement {
    const kw = this.next();
    const parts: Token[] = [];
    while (!this.atEnd() && parts.length < 8) parts.push(this.next());
    const words = parts.map((p) => p.text).join(' ');
    const end = parts.length ? parts[parts.length - 1].end : kw.end;
    const whole = spanOf(kw.start, end);
    if (words === 'numpy as np') return { kind: 'import', span: whole };
    if (parts[0]?.text === 'numpy' && (parts.length === 1 || parts[1]?.text === 'as' || parts[1]?.text === '.'))
      fail('syntax', 'this notebook calls NumPy np', whole, { hint: 'write import numpy as np' });
    fail('syntax', 'only NumPy can be imported here', whole, { hint: 'write import numpy as np (np is always available)' });
  }

  expression(minBp: number): Expr {
    if (++this.depth > MAX_DEPTH) fail('limit', `this cell nests more than ${MAX_DEPTH} levels deep`, span(this.peek()));
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op') {
        const bp = INFIX.get(t.text);
        if (bp !== undefined) {
          if (bp <= minBp) break;
          this.next();
          // ** is right-associative: its right side may hold another **.
          const right = this.expression(t.text === '**' ? bp - 1 : bp);
          left = { kind: 'binary', op: t.text as BinaryOperator, left, right, opSpan: span(t), span: spanOf(left.span.start, right.span.end) };
          continue;
        }
        if (t.text === '(' || t.text === '[' || t.text === '.') {
          if (POSTFIX_BP <= minBp) break;
          left = this.postfix(left);
          continue;
        }
        unsupportedOperator(t, this.peek(1));
        break;
      }
      if (t.kind === 'name') {
        if (KEYWORDS.has(t.text)) keyword(t);
        juxtaposed(left, t);
      }
      if (t.kind === 'number') juxtaposed(left, t);
      if (t.kind === 'string') stringLiteral(t);
      if (t.kind === 'invalid') invalid(t);
      break;
    }
    this.depth--;
    return left;
  }

  private prefix(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return { kind: 'number', value: t.value as number, isInt: t.isInt as boolean, text: t.text, span: span(t) };
      case 'name':
        if (KEYWORDS.has(t.text)) keyword(t);
        this.next();
        return { kind: 'name', name: t.text, span: span(t) };
      case 'string':
        return stringLiteral(t);
      case 'invalid':
        return invalid(t);
      case 'eof':
      case 'newline': {
        const before = this.tokens[this.pos - 1];
        const where = before ? span(before) : spanOf(0, 0);
        fail('syntax', before ? `the cell ends after '${before.text}' before the expression is complete` : 'the cell is empty', where);
      }
    }
    if (t.text === '-' || t.text === '+') {
      this.next();
      const operand = this.expression(UNARY_BP);
      return { kind: 'unary', op: t.text, operand, span: spanOf(t.start, operand.span.end) };
    }
    if (t.text === '(') return this.group();
    if (t.text === '[') return this.list();
    if (t.text === '^') fail('syntax', '^ is not a power or a transpose in Python', caretSpan(t, this.peek(1)), { hint: CARET_HINT });
    if (t.text === '...') fail('syntax', '... (Ellipsis) is not supported here', span(t), { hint: 'write : for each axis, as in A[:, 0]' });
    if (t.text === '~') fail('syntax', '~ is not supported here', span(t));
    fail('syntax', `unexpected ${quote(t)}`, span(t), t.text === ')' || t.text === ']' ? { hint: 'a value is missing before it' } : {});
  }

  private postfix(object: Expr): Expr {
    const open = this.next();
    if (open.text === '.') {
      const name = this.peek();
      if (name.kind !== 'name') fail('syntax', `expected a name after '.', found ${quote(name)}`, name.kind === 'eof' ? span(open) : span(name));
      this.next();
      return { kind: 'attribute', object, name: name.text, nameSpan: span(name), span: spanOf(object.span.start, name.end) };
    }
    if (open.text === '(') {
      const args: Expr[] = [];
      const close = this.sequence(open, () => {
        const t = this.peek();
        if (t.kind === 'name' && this.isOp('=', 1))
          fail('syntax', `keyword arguments (${t.text}=…) are not supported here`, spanOf(t.start, this.peek(1).end), {
            hint: t.text === 'dtype' ? 'write the numbers as floats, e.g. [1.0, 2.0], for a float array' : 'pass the values in order, without names',
          });
        if (t.kind === 'op' && (t.text === '*' || t.text === '**')) fail('syntax', `unpacking with ${t.text} is not supported here`, span(t));
        args.push(this.expression(0));
      });
      return { kind: 'call', callee: object, args, span: spanOf(object.span.start, close.end) };
    }
    if (this.isOp(']'))
      fail('syntax', 'the brackets need an index', spanOf(open.start, this.peek().end), { hint: 'write A[0] for a row, A[:, 0] for a column' });
    const indices: Subscript[] = [];
    const close = this.sequence(open, () => indices.push(this.subscript()));
    return { kind: 'index', object, indices, span: spanOf(object.span.start, close.end) };
  }

  private subscript(): Subscript {
    const first = this.peek();
    const start = this.isOp(':') ? null : this.expression(0);
    if (!this.isOp(':')) return start as Expr;
    const colon = this.next();
    const ends = (): boolean => this.isOp(':') || this.isOp(',') || this.isOp(']') || this.atEnd();
    const stop = ends() ? null : this.expression(0);
    let step: Expr | null = null;
    let last = stop ? stop.span.end : colon.end;
    if (this.isOp(':')) {
      last = this.next().end;
      step = this.isOp(',') || this.isOp(']') || this.atEnd() ? null : this.expression(0);
      if (step) last = step.span.end;
    }
    return { kind: 'slice', start, stop, step, span: spanOf(first.start, last) };
  }

  /** ( … ) as a parenthesised expression or a tuple; the brackets widen the inner span. */
  private group(): Expr {
    const open = this.next();
    const items: Expr[] = [];
    let comma = false;
    const close = this.sequence(open, () => {
      items.push(this.expression(0));
      if (this.isOp(',')) comma = true;
    });
    const whole = spanOf(open.start, close.end);
    if (items.length === 1 && !comma) return { ...items[0], span: whole };
    return { kind: 'tuple', items, span: whole };
  }

  private list(): Expr {
    const open = this.next();
    const items: Expr[] = [];
    const close = this.sequence(open, () => items.push(this.expression(0)));
    return { kind: 'list', items, span: spanOf(open.start, close.end) };
  }

  /** Comma-separated items up to the bracket that closes `open` (a trailing comma is fine, as in Python). */
  private sequence(open: Token, item: () => void): Token {
    const closer = CLOSER[open.text];
    for (;;) {
      if (this.isOp(closer)) return this.next();
      item();
      if (this.isOp(',')) {
        this.next();
        continue;
      }
      if (this.isOp(closer)) return this.next();
      const t = this.peek();
      if (t.kind === 'eof' || t.kind === 'newline') fail('syntax', `'${open.text}' was never closed`, span(open));
      if (t.kind === 'op' && (t.text === ')' || t.text === ']' || t.text === '}'))
        fail('syntax', `closing parenthesis '${t.text}' does not match opening parenthesis '${open.text}'`, span(t));
      if (t.kind === 'op' && t.text === '=')
        fail('syntax', "unexpected '='", span(t), { hint: 'one = assigns, at the start of a cell; comparisons (==) are not supported' });
      fail('syntax', `expected ',' or '${closer}' here, found ${quote(t)}`, span(t));
    }
  }
}

/** The statement of one cell, or throws a Failure; parseCell in ./index wraps it. */
export function parseStatement(text: string): Statement {
  return new Parser(tokenize(text)).statement();
}

// Tokens of the notebook's Python subset. The lexer never fails: a character
// or number it cannot use becomes an 'invalid' token carrying its message, so
// the parser reports problems in the order they occur in the text.
export type TokenKind = 'number' | 'name' | 'op' | 'string' | 'newline' | 'invalid' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** number: its value; isInt: written without '.' or exponent, so a Python int. */
  readonly value?: number;
  readonly isInt?: boolean;
  /** invalid: why, and what to write instead. */
  readonly message?: string;
  readonly hint?: string;
}

// Longest first, so '**' wins over '*'. Several are Python operators the
// notebook does not support; the parser names them.
const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '**',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '+=',
  '-=',
  '*=',
  '/=',
  '@=',
  '%=',
  '^=',
  '&=',
  '|=',
  '->',
  ':=',
  '<<',
  '>>',
  ...'+-*/@()[]{},:.=^%<>&|~;!'.split(''),
];

const NUMBER = /(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

/** Characters people paste from textbooks, with what Python wants instead. */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u2212', 'use the plain minus sign -'],
  ['\u2013', 'use the plain minus sign -'],
  ['×', 'write A @ B for the matrix product, or A * B to multiply entry by entry'],
  ['·', 'write A @ B for the matrix product, or A * B to multiply entry by entry'],
  ['⋅', 'write A @ B for the matrix product, or A * B to multiply entry by entry'],
  ['÷', 'use / to divide'],
  ['²', 'write x**2 for a square'],
  ['³', 'write x**3 for a cube'],
  ['ᵀ', 'NumPy writes the transpose as A.T'],
  ['⊤', 'NumPy writes the transpose as A.T'],
  ['√', 'write x**0.5 for a square root'],
  ['‘', 'quotes make strings, which this notebook does not use'],
  ['’', 'quotes make strings, which this notebook does not use'],
  ['“', 'quotes make strings, which this notebook does not use'],
  ['”', 'quotes make strings, which this notebook does not use'],
  ['{', 'Python braces make sets and dicts; arrays are written with square brackets'],
]);

const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let i = 0;
  const push = (t: Token): void => {
    tokens.push(t);
    i = t.end;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      // Inside brackets Python joins lines, so a long literal may span several.
      if (depth === 0) push({ kind: 'newline', text: c, start: i, end: i + 1 });
      else i++;
      continue;
    }
    if (c === "'" || c === '"') {
      push(stringToken(text, i, i));
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      push(numberToken(text, i));
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(text);
    if (name) {
      const end = i + name[0].length;
      if (STRING_PREFIX.test(name[0]) && (text[end] === "'" || text[end] === '"')) push(stringToken(text, i, end));
      else push({ kind: 'name', text: name[0], start: i, end });
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op && op !== '{') {
      if (op === '(' || op === '[') depth++;
      if ((op === ')' || op === ']') && depth > 0) depth--;
      push({ kind: 'op', text: op, start: i, end: i + op.length });
      continue;
    }
    // One UTF-16 unit may be half of a character; keep the pair together.
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    const hint = LOOKALIKES.get(ch);
    const letter = /\p{L}/u.test(ch);
    push({
      kind: 'invalid',
      text: ch,
      start: i,
      end: i + ch.length,
      message: letter ? `unexpected letter '${ch}': names here use a–z, A–Z, digits and _` : `unexpected character '${printable(ch)}'`,
      ...(hint ? { hint } : {}),
    });
  }
  tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length });
  return tokens;
}

const printable = (ch: string): string =>
  /[\p{Cc}\p{Cf}\p{Z}]/u.test(ch) ? `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}` : ch;

/** A string literal up to its closing quote (or the end of the line): the parser refuses it as a whole. */
function stringToken(text: string, start: number, quoteAt: number): Token {
  const q = text.startsWith(text[quoteAt].repeat(3), quoteAt) ? text[quoteAt].repeat(3) : text[quoteAt];
  let end = text.indexOf(q, quoteAt + q.length);
  const eol = text.indexOf('\n', quoteAt);
  if (end < 0 || (q.length === 1 && eol >= 0 && eol < end)) end = eol < 0 ? text.length : eol;
  else end += q.length;
  return { kind: 'string', text: text.slice(start, end), start, end };
}

function numberToken(text: string, start: number): Token {
  if (/^0[xXoObB]/.test(text.slice(start, start + 2)) && isNameChar(text[start + 2])) {
    NAME.lastIndex = start + 1;
    const end = start + 1 + (NAME.exec(text)?.[0].length ?? 1);
    return invalid(text, start, end, 'hexadecimal, octal and binary numbers are not supported here', 'write the number in decimal');
  }
  NUMBER.lastIndex = start;
  const raw = (NUMBER.exec(text) as RegExpExecArray)[0];
  let end = start + raw.length;
  const exponent = /^[eE][+-]?/.exec(text.slice(end));
  if (exponent && !/[0-9]/.test(text[end + exponent[0].length] ?? '')) {
    end += exponent[0].length;
    return invalid(text, start, end, `the number '${text.slice(start, end)}' needs digits after its e`, 'write an exponent such as 1e-3');
  }
  if (text[end] === 'j' || text[end] === 'J')
    return invalid(text, start, end + 1, 'complex numbers are not supported here: this notebook works with real numbers');
  if (text[end] === '_')
    return invalid(text, start, end + 1, `the number '${text.slice(start, end + 1)}' ends with _`, 'an underscore may only stand between digits');
  const isInt = !/[.eE]/.test(raw);
  if (isInt && /^0+[1-9]/.test(raw.replaceAll('_', '')))
    return invalid(
      text,
      start,
      end,
      'leading zeros in decimal integer literals are not permitted',
      `write ${raw.replaceAll('_', '').replace(/^0+/, '')}`,
    );
  return { kind: 'number', text: raw, start, end, value: Number(raw.replaceAll('_', '')), isInt };
}

const invalid = (text: string, start: number, end: number, message: string, hint?: string): Token => ({
  kind: 'invalid',
  text: text.slice(start, end),
  start,
  end,
  message,
  ...(hint ? { hint } : {}),
});

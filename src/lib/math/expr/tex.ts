// TeX for KaTeX from a tree. Only our own strings and formatted numbers reach
// the output (names are the caller's variables), so no learner text can
// inject a TeX command. Brackets come from precedence, not from what was typed.

import type { Expr } from './tree/ast';

const SUM = 1;
const PRODUCT = 2;
const POWER = 3;
const ATOM = 4;

interface Printed {
  readonly tex: string;
  readonly prec: number;
  /** A leading minus: needs brackets as a right operand or a power base. */
  readonly negative?: boolean;
  /** A fraction: juxtaposing a number in front would read as a mixed number. */
  readonly fraction?: boolean;
}

const paren = (tex: string) => `\\left(${tex}\\right)`;

export function texNumber(v: number): string {
  if (Number.isNaN(v)) return '\\mathrm{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const s = String(Math.abs(v));
  const m = /^(\d+(?:\.\d+)?)e([+-])(\d+)$/.exec(s);
  const body = m ? `${m[1]} \\times 10^{${m[2] === '-' ? '-' : ''}${m[3]}}` : s;
  return v < 0 || Object.is(v, -0) ? '-' + body : body;
}

function variableTex(name: string): string {
  return name.length === 1 ? name : `\\mathit{${name.replace(/_/g, '\\_')}}`;
}

const FUNCTION_TEX: Readonly<Record<string, string>> = {
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  asin: '\\arcsin',
  acos: '\\arccos',
  atan: '\\arctan',
  sinh: '\\sinh',
  cosh: '\\cosh',
  tanh: '\\tanh',
  sec: '\\sec',
  sech: '\\operatorname{sech}',
  sign: '\\operatorname{sgn}',
  min: '\\min',
  max: '\\max',
  atan2: '\\operatorname{atan2}',
  mod: '\\operatorname{mod}',
};

/** Functions whose positive integer powers are written sin²(x). */
const POWER_PREFIX: ReadonlySet<string> = new Set(['sin', 'cos', 'tan', 'sec', 'sinh', 'cosh', 'tanh', 'sech']);

function printCall(fn: string, args: readonly Expr[]): Printed {
  const a = args.map((x) => print(x).tex);
  switch (fn) {
    case 'sqrt':
      return { tex: `\\sqrt{${a[0]}}`, prec: ATOM };
    case 'abs':
      return { tex: `\\left|${a[0]}\\right|`, prec: ATOM };
    case 'floor':
      return { tex: `\\left\\lfloor ${a[0]}\\right\\rfloor`, prec: ATOM };
    case 'ceil':
      return { tex: `\\left\\lceil ${a[0]}\\right\\rceil`, prec: ATOM };
    case 'exp':
      return { tex: `e^{${a[0]}}`, prec: POWER };
    case 'log':
      return { tex: (a.length === 2 ? `\\log_{${a[1]}}` : '\\ln') + paren(a[0]), prec: ATOM };
    default:
      return { tex: FUNCTION_TEX[fn] + paren(a.join(', ')), prec: ATOM };
  }
}

function needsDot(left: Printed, right: Printed): boolean {
  return right.negative === true || right.fraction === true || /^[\d.]/.test(right.tex) || (left.fraction === true && /^\d/.test(right.tex));
}

function print(e: Expr): Printed {
  switch (e.kind) {
    case 'num':
      return { tex: texNumber(e.value), prec: e.value < 0 ? PRODUCT : ATOM, negative: e.value < 0 || Object.is(e.value, -0) };
    case 'var':
      return { tex: variableTex(e.name), prec: ATOM };
    case 'const':
      return { tex: e.name === 'pi' ? '\\pi' : 'e', prec: ATOM };
    case 'neg': {
      const a = print(e.arg);
      const inner = a.prec <= PRODUCT && (a.prec === SUM || a.negative) ? paren(a.tex) : a.tex;
      return { tex: '-' + inner, prec: PRODUCT, negative: true };
    }
    case 'call':
      return printCall(e.fn, e.args);
    case 'bin': {
      const l = print(e.left);
      const r = print(e.right);
      switch (e.op) {
        case '+':
        case '-': {
          const rightTex = r.prec === SUM && e.op === '-' ? paren(r.tex) : r.negative ? paren(r.tex) : r.tex;
          return { tex: `${l.tex} ${e.op} ${rightTex}`, prec: SUM, negative: l.negative };
        }
        case '*': {
          const lt = l.prec === SUM ? paren(l.tex) : l.tex;
          const rt = r.prec === SUM || r.negative ? paren(r.tex) : r.tex;
          const rp: Printed = { ...r, tex: rt, negative: r.negative && rt === r.tex };
          const sep = needsDot(l, rp) ? ' \\cdot ' : lt.endsWith('}') || /[a-zA-Z]$/.test(lt) ? ' ' : '';
          return { tex: lt + sep + rt, prec: PRODUCT, negative: l.negative };
        }
        case '/': {
          return { tex: `\\frac{${l.tex}}{${r.tex}}`, prec: PRODUCT, fraction: true };
        }
        case '^': {
          // sin²(x), as textbooks write it, rather than the ambiguous sin(x)².
          if (
            e.left.kind === 'call' &&
            POWER_PREFIX.has(e.left.fn) &&
            e.right.kind === 'num' &&
            Number.isInteger(e.right.value) &&
            e.right.value > 0
          ) {
            return { tex: `${FUNCTION_TEX[e.left.fn]}^{${r.tex}}${paren(print(e.left.args[0]).tex)}`, prec: ATOM };
          }
          const plainBase =
            e.left.kind === 'var' ||
            e.left.kind === 'const' ||
            (e.left.kind === 'num' && l.prec === ATOM && !l.tex.includes('\\')) ||
            (e.left.kind === 'call' && ['abs', 'floor', 'ceil'].includes(e.left.fn));
          const base = plainBase ? l.tex : paren(l.tex);
          return { tex: `${base}^{${r.tex}}`, prec: POWER };
        }
      }
    }
  }
}

export function tex(e: Expr): string {
  return print(e).tex;
}

export { texColumn, texMatrix } from '../tex-arrays';

/** "(x,y)" for the caller's variables. */
export const texArguments = (names: readonly string[]): string => `(${names.map(variableTex).join(',')})`;

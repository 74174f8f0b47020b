// Python (NumPy) source from a tree, for the "In NumPy" code beside a scene:
// `(1 - x)**2 + 100*(y - x**2)**2`. Like ./tex, only our own strings and
// formatted numbers reach the output. Brackets come from the tree, so Python
// evaluates the operations in the same order as our evaluator does.
import type { Expr } from './tree/ast';
import type { FunctionName } from './tree/functions';

const SUM = 1;
const PRODUCT = 2;
const UNARY = 3;
const POWER = 4;
const ATOM = 5;

interface Printed {
  readonly py: string;
  readonly prec: number;
}

/** Shortest round-trip digits in Python's float syntax: `0.5`, `1e-05`; integers as ints. */
export function pyLiteral(v: number): string {
  if (Number.isNaN(v)) return 'np.nan';
  if (!Number.isFinite(v)) return v > 0 ? 'np.inf' : '-np.inf';
  if (Number.isSafeInteger(v) && Math.abs(v) < 1e16) return String(v === 0 ? 0 : v);
  const [m, e] = v.toExponential().split('e');
  const exp = Number(e);
  if (exp >= -4 && exp < 16) return String(v);
  return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** NumPy's name for each of our functions; sec and sech have none and are written as reciprocals. */
const NP: Readonly<Record<Exclude<FunctionName, 'log' | 'min' | 'max' | 'sec' | 'sech'>, string>> = {
  sin: 'np.sin',
  cos: 'np.cos',
  tan: 'np.tan',
  asin: 'np.arcsin',
  acos: 'np.arccos',
  atan: 'np.arctan',
  atan2: 'np.arctan2',
  sinh: 'np.sinh',
  cosh: 'np.cosh',
  tanh: 'np.tanh',
  exp: 'np.exp',
  sqrt: 'np.sqrt',
  abs: 'np.abs',
  sign: 'np.sign',
  floor: 'np.floor',
  ceil: 'np.ceil',
  // np.mod, like mathjs's mod, takes the sign of the divisor.
  mod: 'np.mod',
};

const atom = (py: string): Printed => ({ py, prec: ATOM });
const wrap = (p: Printed, min: number): string => (p.prec >= min ? p.py : `(${p.py})`);

function printCall(fn: FunctionName, args: readonly Expr[]): Printed {
  const a = args.map((x) => print(x).py);
  switch (fn) {
    case 'log':
      return a.length === 2 ? { py: `np.log(${a[0]})/np.log(${a[1]})`, prec: PRODUCT } : atom(`np.log(${a[0]})`);
    case 'min':
    case 'max':
      // np.minimum takes two arguments; more are folded left, as Math.min reads them.
      return atom(a.slice(1).reduce((acc, x) => `np.${fn === 'min' ? 'minimum' : 'maximum'}(${acc}, ${x})`, a[0]));
    case 'sec':
      return { py: `1/np.cos(${a[0]})`, prec: PRODUCT };
    case 'sech':
      return { py: `1/np.cosh(${a[0]})`, prec: PRODUCT };
    default:
      return atom(`${NP[fn]}(${a.join(', ')})`);
  }
}

function print(e: Expr): Printed {
  switch (e.kind) {
    case 'num':
      return { py: pyLiteral(e.value), prec: e.value < 0 || Object.is(e.value, -0) ? UNARY : ATOM };
    case 'var':
      return atom(e.name);
    case 'const':
      return atom(e.name === 'pi' ? 'np.pi' : 'np.e');
    case 'neg':
      return { py: '-' + wrap(print(e.arg), POWER), prec: UNARY };
    case 'call':
      return printCall(e.fn, e.args);
    case 'bin': {
      const l = print(e.left);
      const r = print(e.right);
      switch (e.op) {
        case '+':
        case '-':
          // A right operand that is itself a sum keeps its brackets: a - (b - c), a + (b + c) evaluate in that order;
          // a negative one gets them too: x - (-y), not x - -y.
          return { py: `${wrap(l, SUM)} ${e.op} ${r.prec === UNARY ? `(${r.py})` : wrap(r, PRODUCT)}`, prec: SUM };
        case '*':
        case '/':
          return { py: `${wrap(l, PRODUCT)}${e.op}${wrap(r, POWER)}`, prec: PRODUCT };
        case '^':
          // ** binds tighter than a unary minus on its left (-x**2 is -(x**2)) and is right-associative.
          return { py: `${wrap(l, ATOM)}**${wrap(r, UNARY)}`, prec: POWER };
      }
    }
  }
}

/** The expression as Python with `np.` functions, in the caller's variable names. */
export function python(e: Expr): string {
  return print(e).py;
}

// The Descent scene in NumPy: f as a Python function (printed from the
// engine's validated tree), its value at p, and the gradient at p. NumPy has
// no automatic differentiation, so grad_f is the app's own symbolic
// derivative, printed the same way, and the code says so.
import { children, type Expr } from '../../lib/math/expr/tree/ast';
import { python } from '../../lib/math/expr/python';
import type { Vec2 } from '../../lib/math/vec2';
import { array1, arrayRepr, pyFloat, pyNumber, scalarRepr } from '../../lib/ui/numpy-repr';
import type { Step } from '../../lib/ui/numpy-session';

export interface GradientNumbers {
  readonly variables: readonly string[];
  readonly f: Expr;
  readonly partials: readonly [Expr, Expr];
  readonly p: Vec2;
  readonly value: number;
  readonly gradient: Vec2;
}

const hasVariable = (e: Expr): boolean => e.kind === 'var' || children(e).some(hasVariable);
const allIntegers = (e: Expr): boolean => (e.kind === 'num' ? Number.isSafeInteger(e.value) : e.kind !== 'const' && children(e).every(allIntegers));

/** What Python gives back for an expression evaluated at np.float64 arguments: np.float64, unless no argument reaches it. */
function result(e: Expr, value: number): { float: boolean; repr: string } {
  if (hasVariable(e)) return { float: true, repr: scalarRepr(value, 'float64') };
  const int = allIntegers(e) && Number.isSafeInteger(value);
  return { float: !int, repr: int ? pyNumber(value) : pyFloat(value) };
}

export const GRADIENT_NOTE = 'grad_f is the app’s own derivative of f, written as Python: NumPy has no automatic differentiation.';

export function gradientSession({ variables, f, partials, p, value, gradient }: GradientNumbers): Step[] {
  const args = variables.slice(0, 2).join(', ');
  const float = partials.some((d) => result(d, 0).float);
  return [
    { code: `p = np.array([${p.map(pyFloat).join(', ')}])` },
    { code: [`def f(${args}):`, `    return ${python(f)}`] },
    { code: 'f(*p)', out: result(f, value).repr },
    { code: '# ∇f by the app: NumPy has no autograd' },
    { code: [`def grad_f(${args}):`, `    return np.array([${python(partials[0])}, ${python(partials[1])}])`] },
    { code: 'grad = grad_f(*p)' },
    { code: 'grad', out: arrayRepr(array1(gradient, float ? 'float64' : 'int64')) },
  ];
}

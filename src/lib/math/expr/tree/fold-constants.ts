// Constant folding before compiling: every subtree without a variable becomes
// one number, so 2*pi*x costs one multiply per point and 9^9^9^9 costs nothing.

import { children, type Expr } from './ast';
import { evaluate } from './evaluate';

export function foldConstants(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'var':
      return e;
    case 'const':
      return { kind: 'num', value: evaluate(e, []) };
    case 'neg': {
      const arg = foldConstants(e.arg);
      return arg.kind === 'num' ? { kind: 'num', value: -arg.value } : { kind: 'neg', arg };
    }
    case 'bin': {
      const left = foldConstants(e.left);
      const right = foldConstants(e.right);
      const folded: Expr = { ...e, left, right };
      return left.kind === 'num' && right.kind === 'num' ? { kind: 'num', value: evaluate(folded, []) } : folded;
    }
    case 'call': {
      const args = e.args.map(foldConstants);
      const folded: Expr = { ...e, args };
      return children(folded).every((a) => a.kind === 'num') ? { kind: 'num', value: evaluate(folded, []) } : folded;
    }
  }
}

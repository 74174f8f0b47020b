// The functions a learner may call, with their arities and real-valued
// meanings. Outside a function's real domain the value is NaN (a hole in the
// picture), never a complex number as in mathjs.

export type FunctionName =
  | 'sin'
  | 'cos'
  | 'tan'
  | 'asin'
  | 'acos'
  | 'atan'
  | 'atan2'
  | 'sinh'
  | 'cosh'
  | 'tanh'
  | 'exp'
  | 'log'
  | 'sqrt'
  | 'abs'
  | 'sign'
  | 'min'
  | 'max'
  | 'floor'
  | 'ceil'
  | 'mod'
  // Not typable: mathjs's derivative writes tan' as sec² and tanh' as sech².
  | 'sec'
  | 'sech';

interface Spec {
  readonly min: number;
  readonly max: number;
  readonly impl: (...args: number[]) => number;
}

// mathjs's own definition (modNumber): the result takes the sign of b, and mod(a, 0) = a.
export const mod = (a: number, b: number): number => (b === 0 ? a : a - b * Math.floor(a / b));
export const log = (a: number, base?: number): number => (base === undefined ? Math.log(a) : Math.log(a) / Math.log(base));

const one = (impl: (a: number) => number): Spec => ({ min: 1, max: 1, impl });

export const FUNCTIONS: Readonly<Record<FunctionName, Spec>> = {
  sin: one(Math.sin),
  cos: one(Math.cos),
  tan: one(Math.tan),
  asin: one(Math.asin),
  acos: one(Math.acos),
  atan: one(Math.atan),
  atan2: { min: 2, max: 2, impl: Math.atan2 },
  sinh: one(Math.sinh),
  cosh: one(Math.cosh),
  tanh: one(Math.tanh),
  exp: one(Math.exp),
  log: { min: 1, max: 2, impl: log },
  sqrt: one(Math.sqrt),
  abs: one(Math.abs),
  sign: one(Math.sign),
  min: { min: 2, max: Infinity, impl: Math.min },
  max: { min: 2, max: Infinity, impl: Math.max },
  floor: one(Math.floor),
  ceil: one(Math.ceil),
  mod: { min: 2, max: 2, impl: mod },
  sec: one((a) => 1 / Math.cos(a)),
  sech: one((a) => 1 / Math.cosh(a)),
};

/** What a learner may type, mapped to the engine's name (`ln` is natural log, as is mathjs's `log`). */
export const TYPABLE: ReadonlyMap<string, FunctionName> = new Map<string, FunctionName>([
  ...(
    [
      'sin',
      'cos',
      'tan',
      'asin',
      'acos',
      'atan',
      'atan2',
      'sinh',
      'cosh',
      'tanh',
      'exp',
      'log',
      'sqrt',
      'abs',
      'sign',
      'min',
      'max',
      'floor',
      'ceil',
      'mod',
    ] as const
  ).map((n) => [n, n] as const),
  ['ln', 'log'],
]);

/** Arity of a typed name: `ln` takes one argument although `log` also accepts a base. */
export function arity(typed: string): { min: number; max: number } {
  if (typed === 'ln') return { min: 1, max: 1 };
  const name = TYPABLE.get(typed);
  return name ? FUNCTIONS[name] : { min: 0, max: 0 };
}

export const CONSTANTS = { pi: Math.PI, e: Math.E } as const;

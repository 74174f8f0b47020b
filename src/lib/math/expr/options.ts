// The caller's variable names. A wrong name is a programmer's bug, not a
// learner's, so it throws with the fix (STYLE.md §9).

import { TYPABLE } from './tree/functions';

export interface CompileOptions {
  /**
   * Names the learner may use, in the order the compiled function takes them:
   * ['x', 'y'] gives fn(x, y); ['x', 'y', 't'] gives fn(x, y, t). At most three.
   * Fields and gradients differentiate by the first two. Default ['x', 'y'].
   */
  readonly variables?: readonly string[];
}

export const DEFAULT_VARIABLES: readonly string[] = ['x', 'y'];

export function checkVariables(options: CompileOptions | undefined, minimum = 1): readonly string[] {
  const variables = options?.variables ?? DEFAULT_VARIABLES;
  if (variables.length < minimum || variables.length > 3) {
    throw new Error(`variables must name ${minimum} to 3 variables, got [${variables.join(', ')}]`);
  }
  for (const v of variables) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(v) || v === 'pi' || v === 'e' || TYPABLE.has(v)) {
      throw new Error(`invalid variable name "${v}": use letters such as x, y, t (not pi, e or a function name)`);
    }
  }
  if (new Set(variables).size !== variables.length) throw new Error(`duplicate variable in [${variables.join(', ')}]`);
  return variables;
}

// A scene's NumPy session as a script to run: what the session shows as output is printed.
import { script, type Step } from '../ui/numpy-session';

/** The session's code as a file: `A @ x` becomes `print(A @ x)`, so running it shows what the panel shows. */
export const printedScript = (steps: readonly Step[]): string =>
  script(steps.map((s) => (s.out !== undefined && typeof s.code === 'string' ? { code: `print(${s.code})` } : s)));

import { describe, expect, it } from 'vitest';
import { script, transcript, type Step } from './numpy-session';

const steps: Step[] = [
  { code: 'A = np.array([[1, 2], [3, 4]])' },
  { code: 'A @ np.array([5, 6])', out: 'array([17, 39])' },
  { code: ['def f(x, y):', '    return x**2 + 3*y**2'] },
  { code: 'f(2.0, 1.0)', out: '7.0' },
];

describe('a NumPy session', () => {
  it('reads like the interpreter: prompts, continuation lines, outputs', () => {
    const text = transcript(steps).map((l) => (l.kind === 'prompt' ? '>>> ' : l.kind === 'more' ? '... ' : '') + l.text);
    expect(text).toEqual([
      '>>> import numpy as np',
      '>>> A = np.array([[1, 2], [3, 4]])',
      '>>> A @ np.array([5, 6])',
      'array([17, 39])',
      '>>> def f(x, y):',
      '...     return x**2 + 3*y**2',
      '... ',
      '>>> f(2.0, 1.0)',
      '7.0',
    ]);
  });

  it('copies as a script: code only, starting with the import', () => {
    expect(script(steps)).toBe(
      'import numpy as np\nA = np.array([[1, 2], [3, 4]])\nA @ np.array([5, 6])\ndef f(x, y):\n    return x**2 + 3*y**2\n\nf(2.0, 1.0)\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { printedScript } from './numpy';

describe('a NumPy session as a script', () => {
  it('prints what the session shows, and leaves assignments and blocks alone', () => {
    const steps = [{ code: 'a = np.array([3, -2])' }, { code: 'a * 2', out: 'array([ 6, -4])' }, { code: ['def f(x):', '    return x'], out: '' }];
    expect(printedScript(steps)).toBe('import numpy as np\na = np.array([3, -2])\nprint(a * 2)\ndef f(x):\n    return x\n');
  });
});

import { describe, expect, it } from 'vitest';
import { add, dot, hadamard, scale, sub, type Vec2 } from '../../lib/math/vec2';
import { vectorsSession } from './numpy';

const session = (a: Vec2, b: Vec2, k: number) =>
  vectorsSession({
    a,
    b,
    k,
    sum: add(a, b),
    diff: sub(a, b),
    scaled: scale(a, k),
    dot: dot(a, b),
    hadamard: hadamard(a, b),
  });
const outputs = (a: Vec2, b: Vec2, k: number) => Object.fromEntries(session(a, b, k).map((s) => [s.code, s.out]));

describe('the Vectors scene in NumPy', () => {
  it('prints what NumPy prints for the default vectors', () => {
    // /usr/bin/python3 -c 'import numpy as np; a = np.array([3, -2]); b = np.array([-2, 5]); k = 2
    //   print(repr(a + b), repr(a - b), repr(k * a), repr(np.dot(a, b)), repr(a * b),
    //         repr(np.linalg.norm(a)), repr(np.linalg.norm(a, 1)), repr(np.linalg.norm(a, np.inf)))'
    // -> array([1, 3]) array([ 5, -7]) array([ 6, -4]) -16 array([ -6, -10]) 3.605551275463989 5.0 3.0
    // (NumPy 1.24's scalars; NumPy 2 prints np.int64(-16), np.float64(3.605551275463989), …)
    expect(outputs([3, -2], [-2, 5], 2)).toEqual({
      'a = np.array([3, -2])': undefined,
      'b = np.array([-2, 5])': undefined,
      'a + b': 'array([1, 3])',
      'a - b': 'array([ 5, -7])',
      'k = 2': undefined,
      'k * a': 'array([ 6, -4])',
      'np.dot(a, b)': 'np.int64(-16)',
      'a * b': 'array([ -6, -10])',
      'np.linalg.norm(a)': 'np.float64(3.605551275463989)',
      'np.linalg.norm(a, 1)': 'np.float64(5.0)',
      'np.linalg.norm(a, np.inf)': 'np.float64(3.0)',
    });
  });

  it('turns to floats where NumPy does', () => {
    // a = np.array([1.5, -2]); b = np.array([1, 1]); k = 0.5 ->
    // a + b: array([ 2.5, -1. ]), k * a: array([ 0.75, -1.  ]), np.dot(a, b): -0.5
    const o = outputs([1.5, -2], [1, 1], 0.5);
    expect(o['a + b']).toBe('array([ 2.5, -1. ])');
    expect(o['k = 0.5']).toBeUndefined();
    expect(o['k * a']).toBe('array([ 0.75, -1.  ])');
    expect(o['np.dot(a, b)']).toBe('np.float64(-0.5)');
    // int vectors scaled by a float k: a = np.array([3, -2]); 0.5 * a -> array([ 1.5, -1. ])
    expect(outputs([3, -2], [1, 1], 0.5)['k * a']).toBe('array([ 1.5, -1. ])');
  });
});

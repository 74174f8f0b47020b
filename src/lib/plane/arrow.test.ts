import { describe, expect, it } from 'vitest';
import { arrow, labelBeyond } from './arrow';

describe('arrow', () => {
  it('puts the head point exactly on the tip and stops the shaft at the head', () => {
    const a = arrow([0, 0], [100, 0], 3);
    expect(a.head.split(' ')[0]).toBe('100.00,0.00');
    expect(a.shaftEnd[0]).toBeCloseTo(100 - 14 + 0.5, 9);
    expect(a.shaftEnd[1]).toBe(0);
  });
  it('scales the head with the stroke', () => {
    const thin = arrow([0, 0], [100, 0], 3);
    const thick = arrow([0, 0], [100, 0], 5);
    expect(100 - thick.shaftEnd[0]).toBeGreaterThan(100 - thin.shaftEnd[0]);
  });
  it('shortens the head on short arrows and draws nothing for a zero vector', () => {
    expect(10 - arrow([0, 0], [10, 0], 3).shaftEnd[0]).toBeLessThan(7);
    expect(arrow([5, 5], [5, 5], 3).head).toBe('');
  });
});

describe('labelBeyond', () => {
  it('anchors labels away from the arrow', () => {
    expect(labelBeyond([0, 0], [1, 0], 10)).toMatchObject({ x: 10, anchor: 'start', baseline: 'middle' });
    expect(labelBeyond([0, 0], [0, -1], 10)).toMatchObject({ y: -10, anchor: 'middle', baseline: 'auto' });
  });
});

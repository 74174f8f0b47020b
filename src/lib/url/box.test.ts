import { describe, expect, it } from 'vitest';
import { readBox, writeBox } from './box';

describe('box=', () => {
  it('reads a region and writes one back, rounded', () => {
    expect(readBox('a=1,2&box=-2,8,-1,4.5')).toEqual({ box: { xMin: -2, xMax: 8, yMin: -1, yMax: 4.5 }, problems: [] });
    expect(writeBox({ xMin: -2.123456, xMax: 7.98765, yMin: -1, yMax: 4.5 })).toBe('box=-2.1,8,-1,4.5');
    expect(readBox('a=1,2')).toEqual({ box: null, problems: [] });
  });
  it('names a bad region and fits the view instead', () => {
    for (const q of ['box=1,2,3', 'box=5,1,0,1', 'box=a,b,c,d', 'box=0,1e9,0,1']) {
      const { box, problems } = readBox(q);
      expect(box).toBeNull();
      expect(problems[0].key).toBe('box');
      expect(problems[0].message).toMatch(/fitting the view instead/);
    }
  });
});

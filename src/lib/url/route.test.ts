import { describe, expect, it } from 'vitest';
import { formatHash, joinQuery, parseHash, splitQuery } from './route';

describe('hash routes', () => {
  it('reads the scene and its query', () => {
    expect(parseHash('#/vectors?a=3,-2&show=sum')).toEqual({ scene: 'vectors', query: 'a=3,-2&show=sum' });
    expect(parseHash('#/transform')).toEqual({ scene: 'transform', query: '' });
    expect(parseHash('')).toEqual({ scene: '', query: '' });
  });
  it('reads a hand-typed name in capitals or with a trailing slash as the scene', () => {
    expect(parseHash('#/Descent?f=x^2')).toEqual({ scene: 'descent', query: 'f=x^2' });
    expect(parseHash('#/descent/')).toEqual({ scene: 'descent', query: '' });
    expect(parseHash('#/TRANSFORM//?m=1,0,0,1')).toEqual({ scene: 'transform', query: 'm=1,0,0,1' });
  });
  it('refuses scene names that are not plain words', () => {
    expect(parseHash('#/<script>?a=1').scene).toBe('');
    expect(parseHash('#/../../etc').scene).toBe('');
    expect(parseHash('#/constructor').scene).toBe('constructor'); // looked up in a Map, never on an object
  });
  it('round-trips', () => {
    const r = { scene: 'vectors', query: 'a=1,2' };
    expect(parseHash(formatHash(r))).toEqual(r);
  });
  it('separates app keys from scene keys', () => {
    expect(splitQuery('a=1,2&present=1&show=sum&theme=dark')).toEqual({ scene: 'a=1,2&show=sum', app: 'present=1&theme=dark' });
    expect(joinQuery('a=1', '', 'present=1')).toBe('a=1&present=1');
  });
});

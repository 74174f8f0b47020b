import { describe, expect, it } from 'vitest';
import { decodeApp, encodeApp } from './app-params';
import { splitQuery } from './route';

describe('app params', () => {
  it('reads presentation, theme and embedding', () => {
    expect(decodeApp('present=1&theme=dark').value).toEqual({ present: true, theme: 'dark', embed: false });
    expect(decodeApp('embed=1').value).toEqual({ present: false, theme: null, embed: true });
    expect(decodeApp('').value).toEqual({ present: false, theme: null, embed: false });
  });
  it('reports bad values and keeps defaults', () => {
    const { value, problems } = decodeApp('present=yes&theme=purple&embed=2');
    expect(value).toEqual({ present: false, theme: null, embed: false });
    expect(problems.map((p) => p.key)).toEqual(['present', 'theme', 'embed']);
  });
  it('round-trips', () => {
    for (const v of [
      { present: true, theme: 'light' as const, embed: true },
      { present: false, theme: null, embed: false },
      { present: false, theme: 'dark' as const, embed: true },
    ])
      expect(decodeApp(encodeApp(v)).value).toEqual(v);
  });
  it('keeps embed=1 out of the scene’s query', () => {
    expect(splitQuery('m=1,2,3,4&embed=1&present=1')).toEqual({ scene: 'm=1,2,3,4', app: 'embed=1&present=1' });
  });
});

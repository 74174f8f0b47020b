import { describe, expect, it } from 'vitest';
import { decodeApp, encodeApp } from './app-params';

describe('app params', () => {
  it('reads presentation and theme', () => {
    expect(decodeApp('present=1&theme=dark').value).toEqual({ present: true, theme: 'dark' });
    expect(decodeApp('').value).toEqual({ present: false, theme: null });
  });
  it('reports bad values and keeps defaults', () => {
    const { value, problems } = decodeApp('present=yes&theme=purple');
    expect(value).toEqual({ present: false, theme: null });
    expect(problems.map((p) => p.key)).toEqual(['present', 'theme']);
  });
  it('round-trips', () => {
    for (const v of [
      { present: true, theme: 'light' as const },
      { present: false, theme: null },
    ])
      expect(decodeApp(encodeApp(v)).value).toEqual(v);
  });
});

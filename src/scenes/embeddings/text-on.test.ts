import { describe, expect, it } from 'vitest';
import { textOn } from './text-on';

describe('textOn', () => {
  it('black on light colours, white on dark ones', () => {
    expect(textOn('#ffffff')).toBe('#000000');
    expect(textOn('#f7f7f7')).toBe('#000000');
    expect(textOn('#053061')).toBe('#ffffff');
    expect(textOn('#000000')).toBe('#ffffff');
  });
  it('the text colour for what is not a colour', () => {
    expect(textOn('transparent')).toBe('var(--text)');
  });
});

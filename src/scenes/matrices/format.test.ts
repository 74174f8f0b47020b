import { describe, expect, it } from 'vitest';
import { entryText, hintSentence, sentence, shapeText, termText, textOn } from './format';

describe('how the Matrices scene writes numbers and shapes', () => {
  it('entries: whole numbers as they are, others to 4 significant digits, round-off kept visible', () => {
    expect(entryText(17)).toBe('17');
    expect(entryText(-2)).toBe('−2');
    expect(entryText(1 / 3)).toBe('0.3333');
    expect(entryText(4.440892098500626e-16)).toBe('4.441e−16');
    expect(entryText(1e-10)).toBe('1e−10');
    expect(entryText(12345.678)).toBe('1.235e4');
    expect(entryText(2 / 3)).toBe('0.6667');
    expect(entryText(-0.5)).toBe('−0.5');
    expect(entryText(NaN)).toBe('nan');
    expect(entryText(-Infinity)).toBe('−inf');
  });
  it('a negative entry inside a sum or product is bracketed, so no two signs touch', () => {
    expect(termText(-1)).toBe('(−1)');
    expect(termText(-0.5)).toBe('(−0.5)');
    expect(termText(-Infinity)).toBe('(−inf)');
    expect(termText(6)).toBe('6');
    expect(termText(0)).toBe('0');
  });
  it('a hint is a sentence of its own after the message: a capital and a full stop', () => {
    expect(hintSentence('sizes must be equal or 1 on each axis, counting from the right')).toBe(
      'Sizes must be equal or 1 on each axis, counting from the right.',
    );
    expect(hintSentence('did you mean A.T?')).toBe('Did you mean A.T?');
  });
  it('shapes as Python prints them', () => {
    expect(shapeText([2, 1])).toBe('(2, 1)');
    expect(shapeText([3])).toBe('(3,)');
    expect(shapeText([])).toBe('()');
  });
  it('messages end as sentences, and Python names keep their case', () => {
    expect(sentence('sizes must be equal')).toBe('sizes must be equal.');
    expect(sentence('np.foo is not available')).toBe('np.foo is not available.');
  });
  it('text on a colour: white on dark red, black on pale', () => {
    expect(textOn('#67001f')).toBe('#ffffff');
    expect(textOn('#fddbc7')).toBe('#111111');
  });
});

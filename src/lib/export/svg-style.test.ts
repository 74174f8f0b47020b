import { describe, expect, it } from 'vitest';
import { attributeValue, escapeXml, keepAttribute, presentation, splitAlpha } from './svg-style';

const styles = (values: Record<string, string>) => (prop: string) => values[prop] ?? '';

describe('computed styles as SVG attributes', () => {
  it('writes what differs from what the element inherits, and its geometry', () => {
    const root = presentation('svg', styles({ fill: 'rgb(0, 0, 0)', 'font-family': 'system-ui, "Segoe UI"', 'font-size': '15px' }), null);
    expect(root.attrs).toEqual([
      ['font-family', 'system-ui, "Segoe UI"'],
      ['font-size', '15'],
    ]);
    const dot = presentation(
      'circle',
      styles({ fill: 'rgb(0, 114, 178)', 'font-size': '15px', 'font-family': 'system-ui, "Segoe UI"', r: '14px', cx: '10px', cy: '20px' }),
      root.inherits,
    );
    expect(dot.attrs).toEqual([
      ['fill', 'rgb(0, 114, 178)'],
      ['cx', '10'],
      ['cy', '20'],
      ['r', '14'],
    ]);
  });
  it('folds a colour’s alpha into the paint’s opacity, and a child opaque again says so', () => {
    const g = presentation('g', styles({ fill: 'rgba(0, 0, 0, 0)', stroke: 'rgba(10, 20, 30, 0.5)', 'stroke-opacity': '0.8' }), null);
    expect(g.attrs).toEqual([
      ['stroke', 'rgb(10, 20, 30)'],
      ['stroke-opacity', '0.4'],
      ['fill-opacity', '0'],
    ]);
    const child = presentation(
      'path',
      styles({ fill: 'rgb(255, 0, 0)', 'fill-opacity': '1', stroke: 'rgba(10, 20, 30, 0.5)', 'stroke-opacity': '0.8' }),
      g.inherits,
    );
    expect(child.attrs).toEqual([
      ['fill', 'rgb(255, 0, 0)'],
      ['fill-opacity', '1'],
    ]);
  });
  it('writes opacity and non-scaling strokes, never the initial values', () => {
    expect(presentation('path', styles({ opacity: '0.7', 'vector-effect': 'non-scaling-stroke' }), null).attrs).toEqual([
      ['opacity', '0.7'],
      ['vector-effect', 'non-scaling-stroke'],
    ]);
    expect(presentation('path', styles({ opacity: '1', 'vector-effect': 'none', stroke: 'none' }), null).attrs).toEqual([]);
  });
  it('reads lengths as user units and dash lists without commas', () => {
    expect(attributeValue('stroke-dasharray', '5px, 4px')).toBe('5 4');
    expect(attributeValue('stroke-width', '1.5px')).toBe('1.5');
    expect(attributeValue('font-family', 'Arial, "12px Font"')).toBe('Arial, "12px Font"');
  });
  it('splits rgba in both syntaxes', () => {
    expect(splitAlpha('rgba(1, 2, 3, 0.25)')).toEqual({ color: 'rgb(1, 2, 3)', alpha: 0.25 });
    expect(splitAlpha('rgb(1 2 3 / 50%)')).toEqual({ color: 'rgb(1, 2, 3)', alpha: 0.5 });
    expect(splitAlpha('rgb(1, 2, 3)')).toEqual({ color: 'rgb(1, 2, 3)', alpha: 1 });
    expect(splitAlpha('color(srgb 0.1 0.2 0.3)')).toEqual({ color: 'color(srgb 0.1 0.2 0.3)', alpha: 1 });
  });
  it('drops what only the live page needs, and escapes markup', () => {
    expect(['class', 'style', 'tabindex', 'role', 'aria-label', 'data-handle', 'onclick', 'd', 'transform', 'x1'].filter(keepAttribute)).toEqual([
      'd',
      'transform',
      'x1',
    ]);
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});

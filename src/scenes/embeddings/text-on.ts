// Black or white text, whichever reads better on a cell's colour (WCAG relative luminance).
import { rgb } from 'd3-color';

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export function textOn(background: string): string {
  const c = rgb(background);
  if (!Number.isFinite(c.r)) return 'var(--text)';
  const l = 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  // Contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05): equal at l ≈ 0.179.
  return l > 0.179 ? '#000000' : '#ffffff';
}

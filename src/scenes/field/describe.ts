// Words for what the Field scene shows: fixed-point kinds, divergence and curl at a point.
import type { FixedPointKind } from '../../lib/math/field';
import { fmt } from '../../lib/text/format';

export const KIND_NAMES: Record<FixedPointKind, string> = {
  saddle: 'saddle',
  source: 'source',
  sink: 'sink',
  'spiral-out': 'spiral out',
  'spiral-in': 'spiral in',
  centre: 'centre',
  degenerate: 'degenerate',
};

/** What div F says at a point, in words. */
export function divergenceWords(div: number): string {
  if (Number.isNaN(div)) return 'div F is undefined here.';
  if (!Number.isFinite(div)) return 'div F is infinite here: F blows up at this point.';
  if (Math.abs(div) < 1e-9) return 'div F = 0: as much flows out of the small circle as flows in.';
  return div > 0
    ? `div F = ${fmt(div, 3)} > 0: more flows out of the small circle than in, as from a source.`
    : `div F = ${fmt(div, 3)} < 0: more flows in than out, as into a sink.`;
}

/** What curl F says at a point, in words (a paddle wheel's turn). */
export function curlWords(curl: number): string {
  if (Number.isNaN(curl)) return 'curl F is undefined here.';
  if (!Number.isFinite(curl)) return 'curl F is infinite here: F blows up at this point.';
  if (Math.abs(curl) < 1e-9) return 'curl F = 0: a paddle wheel here would not turn.';
  const way = curl > 0 ? 'counter-clockwise' : 'clockwise';
  return `curl F = ${fmt(curl, 3)}: a paddle wheel here turns ${way}, at ${fmt(Math.abs(curl) / 2, 3)} radians per unit of time.`;
}

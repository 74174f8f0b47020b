// `box=xMin,xMax,yMin,yMax`: the region of the plane a shared link opens on, when
// the sharer had panned or zoomed. Read by the scene kit for every scene, beside
// the scene's own keys.
import type { Box } from '../math/box';
import { WORLD_LIMIT } from '../math/world';
import { ParamReader, writeNumbers, type Problem } from './params';

export const BOX_KEY = 'box';

export function readBox(query: string): { box: Box | null; problems: Problem[] } {
  const r = new ParamReader(query);
  if (!r.has(BOX_KEY)) return { box: null, problems: [] };
  const v = r.numbers(BOX_KEY, 4, [], WORLD_LIMIT);
  if (v.length !== 4)
    return { box: null, problems: r.problems.map((p) => ({ ...p, message: p.message.replace(/; using $/, '; fitting the view instead') })) };
  const [xMin, xMax, yMin, yMax] = v;
  if (!(xMax > xMin && yMax > yMin))
    return { box: null, problems: [{ key: BOX_KEY, message: 'needs xMin < xMax and yMin < yMax; fitting the view instead' }] };
  return { box: { xMin, xMax, yMin, yMax }, problems: [] };
}

/** `box=…` for a region, rounded to what a person would type. */
export function writeBox(b: Box): string {
  const span = Math.max(b.xMax - b.xMin, b.yMax - b.yMin);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(span)));
  const round = (v: number) => Number(v.toFixed(Math.min(6, digits)));
  return `${BOX_KEY}=${writeNumbers([b.xMin, b.xMax, b.yMin, b.yMax].map(round))}`;
}

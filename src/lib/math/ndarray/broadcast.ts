// NumPy's broadcasting rule: line the shapes up from the right; on each axis
// the sizes must be equal or one of them 1 (a missing axis counts as 1), and
// the 1 is stretched to the other size.
import { ShapeError } from '../errors';
import { formatShape, formatShapeSpaced, type Shape } from './shape';

/** One axis of a two-shape broadcast, counted from the right (−1 is the last axis). */
export interface BroadcastStep {
  readonly axis: number;
  /** Size in each shape, or null where that shape has no such axis. */
  readonly a: number | null;
  readonly b: number | null;
  /** The broadcast size, or null where the sizes clash. */
  readonly result: number | null;
}

/** Axis names as a learner reads them; U+2212 so "−1" is not mistaken for a hyphenated word. */
const axisName = (axis: number): string => `axis ${axis < 0 ? `\u2212${-axis}` : axis}`;

/** The axes of two shapes from the right, stopping at the first clash. */
export function broadcastSteps(sa: Shape, sb: Shape): BroadcastStep[] {
  const steps: BroadcastStep[] = [];
  for (let axis = -1; axis >= -Math.max(sa.length, sb.length); axis--) {
    const a = sa.length + axis >= 0 ? sa[sa.length + axis] : null;
    const b = sb.length + axis >= 0 ? sb[sb.length + axis] : null;
    const x = a ?? 1;
    const y = b ?? 1;
    const result = x === y || y === 1 ? x : x === 1 ? y : null;
    steps.push({ axis, a, b, result });
    if (result === null) break;
  }
  return steps;
}

/** The first clash in plain words: "aligned from the right, axis −1 has 3 vs 2 and neither is 1". */
function clashWords(step: BroadcastStep): string {
  return `aligned from the right, ${axisName(step.axis)} has ${step.a} vs ${step.b} and neither is 1`;
}

/** The shape of `a op b`, or a ShapeError with NumPy's operand message and the clashing axis. */
export function broadcastPair(sa: Shape, sb: Shape): number[] {
  const steps = broadcastSteps(sa, sb);
  const last = steps.at(-1);
  if (last && last.result === null)
    throw new ShapeError(`operands could not be broadcast together with shapes ${formatShape(sa)} ${formatShape(sb)}: ${clashWords(last)}`);
  return steps.map((s) => s.result as number).reverse();
}

/**
 * np.broadcast_shapes. On a clash, names the same two arguments NumPy does: it
 * scans axes left to right and compares each shape with the first one that
 * fixed that axis's size.
 */
export function broadcastShapes(...shapes: Shape[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    let size = 1;
    let owner = -1;
    shapes.forEach((s, j) => {
      const k = i + s.length - nd;
      if (k < 0 || s[k] === 1) return;
      if (size === 1) {
        size = s[k];
        owner = j;
      } else if (s[k] !== size) {
        throw new ShapeError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between ` +
            `arg ${owner} with shape ${formatShapeSpaced(shapes[owner])} and arg ${j} with shape ${formatShapeSpaced(s)}.` +
            ` In plain words: ${clashWords({ axis: i - nd, a: size, b: s[k], result: null })}.`,
        );
      }
    });
    out.push(size);
  }
  return out;
}

/** How two shapes broadcast, axis by axis, as a sentence for the learner. */
export function explainBroadcast(sa: Shape, sb: Shape): string {
  const A = formatShape(sa);
  const B = formatShape(sb);
  const steps = broadcastSteps(sa, sb);
  if (steps.length === 0) return `${A} and ${B} are both single numbers, so the result is a single number, shape ().`;
  const parts = steps.map((s) => {
    const head = `${axisName(s.axis)}: `;
    if (s.result === null) return `${head}${s.a} vs ${s.b} and neither is 1`;
    if (s.a === null) return `${head}only ${B} has this axis, so ${A} is repeated along it: ${s.result}`;
    if (s.b === null) return `${head}only ${A} has this axis, so ${B} is repeated along it: ${s.result}`;
    if (s.a === s.b) return `${head}${s.a} and ${s.b} are equal: ${s.result}`;
    return `${head}${s.a} and ${s.b}, the 1 is stretched to ${s.result}`;
  });
  const last = steps.at(-1) as BroadcastStep;
  const ending =
    last.result === null
      ? `so ${A} and ${B} cannot be broadcast together.`
      : `so the result has shape ${formatShape(steps.map((s) => s.result as number).reverse())}.`;
  return `Aligning ${A} and ${B} from the right: ${parts.join('; ')}; ${ending}`;
}

// The whole path a dye point takes through a plane field: classical RK4 with
// a step chosen so each move is about a fixed fraction of the box, so a path
// is drawn with the same detail where the flow is slow and where it is fast.
import type { Box } from '../box';
import type { Vec2 } from '../vec2';

export type ScalarField = (x: number, y: number) => number;

/** Why a path ends. */
export type TraceStop =
  /** It left the box (with its margin); the last point is just outside. */
  | 'left-box'
  /** The flow came to rest: it crept into a fixed point. */
  | 'stalled'
  /** F is undefined there or grows without bound (1/x near x = 0); every point returned is finite. */
  | 'singular'
  /** It came back to where it started: a closed orbit. The last point is the start again. */
  | 'closed'
  | 'max-points';

export interface Trace {
  /** x0, y0, x1, y1, … in time order: the backward part (if any) first, then the forward part. */
  readonly points: Float64Array;
  /** Which point (not which array index) is the start: 0 unless traced both ways. */
  readonly start: number;
  /** Why the path ended at its last point. */
  readonly stop: TraceStop;
  /** With direction 'both', why it ended at its first point; else null. */
  readonly backStop: TraceStop | null;
  readonly closed: boolean;
  /** Field time from the start to the last point: for a closed orbit, its period. */
  readonly time: number;
}

export interface TraceOptions {
  /**
   * Default 'forward'. 'backward' alone follows −F, its points in the order
   * traced (the start first); 'both' lays the two out in time order.
   */
  readonly direction?: 'forward' | 'backward' | 'both';
  /** At most this many points in all (default 4000). */
  readonly maxPoints?: number;
  /** Each move is about this fraction of the box's larger side (default 1/400). */
  readonly step?: number;
  /** How far past the box, as a fraction of its larger side, a path goes before it stops (default 0.05). */
  readonly margin?: number;
}

// A step is accepted when the RK4 stages agree to this fraction of |F|: the
// field turns or changes speed by little over the step. Near a fixed point or
// a singularity this forces the step down, which is how both are noticed.
const AGREE = 0.3;
const HALVINGS = 30;
/** A move this fraction of the usual one means the path has stopped getting anywhere. */
const CREEP = 0.01;
/** A loop closes when it passes this close to the start (a fraction of a move). */
const CLOSE = 0.1;

interface Half {
  readonly xy: Float64Array;
  readonly n: number;
  readonly stop: TraceStop;
  readonly time: number;
}

export function tracePath(p: ScalarField, q: ScalarField, start: Vec2, box: Box, options: TraceOptions = {}): Trace {
  const { direction = 'forward', maxPoints = 4000, step = 1 / 400, margin = 0.05 } = options;
  const span = Math.max(box.xMax - box.xMin, box.yMax - box.yMin);
  if (!(span > 0) || !Number.isFinite(span)) throw new Error(`tracePath needs a box of positive finite size, got ${JSON.stringify(box)}`);
  if (!(maxPoints >= 2)) throw new Error(`tracePath needs maxPoints ≥ 2, got ${maxPoints}`);
  const m = margin * span;
  const roam: Box = { xMin: box.xMin - m, xMax: box.xMax + m, yMin: box.yMin - m, yMax: box.yMax + m };
  const ds = step * span;
  const each = direction === 'both' ? Math.max(2, Math.floor(maxPoints / 2)) : maxPoints;

  if (direction === 'backward') {
    const back = integrate(p, q, start, -1, ds, roam, maxPoints);
    return { points: back.xy.slice(0, 2 * back.n), start: 0, stop: back.stop, backStop: null, closed: back.stop === 'closed', time: back.time };
  }
  const forward = integrate(p, q, start, 1, ds, roam, each);
  const backward = direction === 'forward' || forward.stop === 'closed' ? null : integrate(p, q, start, -1, ds, roam, each);
  const nb = backward ? backward.n - 1 : 0; // the start appears once
  const points = new Float64Array(2 * (nb + forward.n));
  for (let k = 0; k < nb; k++) {
    points[2 * k] = backward!.xy[2 * (backward!.n - 1 - k)];
    points[2 * k + 1] = backward!.xy[2 * (backward!.n - 1 - k) + 1];
  }
  points.set(forward.xy.subarray(0, 2 * forward.n), 2 * nb);
  return { points, start: nb, stop: forward.stop, backStop: backward?.stop ?? null, closed: forward.stop === 'closed', time: forward.time };
}

function integrate(p: ScalarField, q: ScalarField, [x0, y0]: Vec2, sign: 1 | -1, ds: number, roam: Box, max: number): Half {
  const xy = new Float64Array(2 * max);
  xy[0] = x0;
  xy[1] = y0;
  let n = 1;
  let time = 0;
  const end = (stop: TraceStop): Half => ({ xy, n, stop, time });
  const F = (x: number, y: number): Vec2 => [sign * p(x, y), sign * q(x, y)];

  let [x, y] = [x0, y0];
  let [u, v] = F(x, y);
  let away = false;
  let cruising = Math.hypot(u, v); // |F| at the last full-length move
  if (!Number.isFinite(cruising)) return end('singular');
  while (n < max) {
    const speed = Math.hypot(u, v);
    if (speed === 0) return end('stalled');
    let h = 2 * (ds / speed);
    let undefinedNearby = false;
    let moved = false;
    let nx = x;
    let ny = y;
    for (let k = 0; k < HALVINGS && !moved; k++) {
      h /= 2;
      const [u2, v2] = F(x + (h / 2) * u, y + (h / 2) * v);
      const [u3, v3] = F(x + (h / 2) * u2, y + (h / 2) * v2);
      const [u4, v4] = F(x + h * u3, y + h * v3);
      const worst = Math.max(Math.hypot(u2 - u, v2 - v), Math.hypot(u3 - u, v3 - v), Math.hypot(u4 - u, v4 - v));
      if (!Number.isFinite(worst)) undefinedNearby = true;
      if (!(worst <= AGREE * speed)) continue;
      nx = x + (h / 6) * (u + 2 * u2 + 2 * u3 + u4);
      ny = y + (h / 6) * (v + 2 * v2 + 2 * v3 + v4);
      moved = Number.isFinite(nx) && Number.isFinite(ny);
    }
    if (!moved) return end('singular');
    const [nu, nv] = F(nx, ny);
    if (!Number.isFinite(nu) || !Number.isFinite(nv)) return end('singular');
    const move = Math.hypot(nx - x, ny - y);
    if (move < CREEP * ds) {
      // Creeping: into a fixed point if F is dying away, into a singularity if it grows.
      return end(undefinedNearby || Math.hypot(nu, nv) > cruising ? 'singular' : 'stalled');
    }
    if (move > 0.5 * ds) cruising = speed;

    if (away && distanceToSegment(x0, y0, x, y, nx, ny) <= CLOSE * ds) {
      time += h * fractionTo(x0, y0, x, y, nx, ny);
      xy[2 * n] = x0;
      xy[2 * n + 1] = y0;
      n++;
      return end('closed');
    }
    [x, y, u, v] = [nx, ny, nu, nv];
    time += h;
    xy[2 * n] = x;
    xy[2 * n + 1] = y;
    n++;
    if (!away && Math.hypot(x - x0, y - y0) > 10 * ds) away = true;
    if (x < roam.xMin || x > roam.xMax || y < roam.yMin || y > roam.yMax) return end('left-box');
  }
  return end('max-points');
}

/** How far along the segment from a to b the point nearest c lies, in [0, 1]. */
function fractionTo(cx: number, cy: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return len2 > 0 ? Math.min(1, Math.max(0, ((cx - ax) * dx + (cy - ay) * dy) / len2)) : 0;
}

function distanceToSegment(cx: number, cy: number, ax: number, ay: number, bx: number, by: number): number {
  const t = fractionTo(cx, cy, ax, ay, bx, by);
  return Math.hypot(ax + t * (bx - ax) - cx, ay + t * (by - ay) - cy);
}

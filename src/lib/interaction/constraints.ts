// Where a dragged point may go, for a Movable's `constrain`: pure functions
// from the wanted point to the allowed one.
import type { Vec2 } from '../math/vec2';

/** The nearest point on the line through `through` along `direction`. */
export function onLine(through: Vec2, direction: Vec2): (p: Vec2) => Vec2 {
  const n = Math.hypot(direction[0], direction[1]);
  if (!(n > 0)) return () => through;
  const u: Vec2 = [direction[0] / n, direction[1] / n];
  return (p) => {
    const t = (p[0] - through[0]) * u[0] + (p[1] - through[1]) * u[1];
    return [through[0] + t * u[0], through[1] + t * u[1]];
  };
}

/** The nearest point on the circle; the centre itself goes to the circle's rightmost point. */
export function onCircle(center: Vec2, radius: number): (p: Vec2) => Vec2 {
  return (p) => {
    const dx = p[0] - center[0];
    const dy = p[1] - center[1];
    const d = Math.hypot(dx, dy);
    if (!(d > 0)) return [center[0] + radius, center[1]];
    return [center[0] + (dx / d) * radius, center[1] + (dy / d) * radius];
  };
}

/** The nearest point of the lattice of multiples of `step`. */
export function toLattice(step: number): (p: Vec2) => Vec2 {
  return (p) => [Math.round(p[0] / step) * step || 0, Math.round(p[1] / step) * step || 0];
}

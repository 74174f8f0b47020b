// What the flow does near a fixed point, read from the Jacobian there: the
// trace–determinant classification of a linear system (Strogatz, "Nonlinear
// Dynamics and Chaos", §5.2). The eigenvalues come from eig2, whose sign of
// τ² − 4Δ is exact for the matrix as given.
import { det2, eig2, trace2, type Mat2 } from '../mat2';
import type { Vec2 } from '../vec2';

export type FixedPointKind = 'saddle' | 'source' | 'sink' | 'spiral-out' | 'spiral-in' | 'centre' | 'degenerate';

export type Eigenvalues =
  /** Larger first; equal for a star or a shear. */
  | { readonly kind: 'real'; readonly values: readonly [number, number] }
  /** re ± im·i, im > 0. */
  | { readonly kind: 'complex'; readonly re: number; readonly im: number };

export interface Classification {
  readonly kind: FixedPointKind;
  readonly eigenvalues: Eigenvalues;
  /** Unit eigenvector lines: two, one for a shear, none when complex or when every direction is one. */
  readonly directions: readonly Vec2[];
  /** A sentence for a learner, e.g. "a centre: the flow circles around it (eigenvalues ±1i)". */
  readonly sentence: string;
}

// Relative tolerances, so that multiplying the field by a constant changes no
// verdict. Newton's method closes in on a zero with a singular Jacobian only
// linearly, so Δ there is small but not tiny: (x², y) stops near x = 1e-11,
// where Δ = 2x.
const SINGULAR = 1e-6;
const ROTATION = 1e-7;

const fmt = (v: number): string => {
  const r = Number(v.toPrecision(3));
  return r === 0 ? '0' : String(r).replace('-', '−');
};

function complexText(re: number, im: number): string {
  const imText = `${fmt(im)}i`;
  return fmt(re) === '0' ? `±${imText}` : `${fmt(re)} ± ${imText}`;
}

/** Smaller first; an eigenvalue a millionth of `size` reads as 0, as it is up to the iterate's last digits. */
function pairText([a, b]: readonly [number, number], size: number): string {
  const [sa, sb] = [a, b].map((v) => fmt(Math.abs(v) <= 1e-6 * size ? 0 : v));
  return sa === sb ? `eigenvalue ${sa}, twice` : `eigenvalues ${sb} and ${sa}`;
}

/**
 * `scale` is the typical size |J| of the Jacobian over the view: a Jacobian
 * far smaller than that, as at the zero of (x², y²), is singular even when it
 * is well conditioned.
 */
export function classify(jacobian: Mat2, scale = 0): Classification {
  const e = eig2(jacobian);
  const eigenvalues: Eigenvalues =
    e.kind === 'complex' ? { kind: 'complex', re: e.re, im: e.im } : { kind: 'real', values: e.kind === 'distinct' ? e.values : [e.value, e.value] };
  const directions: readonly Vec2[] = e.kind === 'distinct' ? e.vectors : e.kind === 'defective' ? [e.vector] : [];
  const [[a, b], [c, d]] = jacobian;
  const size2 = Math.max(a * a + b * b + c * c + d * d, scale * scale);
  const tau = trace2(jacobian);
  const delta = det2(jacobian);
  const at = (kind: FixedPointKind, sentence: string): Classification => ({ kind, eigenvalues, directions, sentence });

  if (!(Math.abs(delta) > SINGULAR * size2)) {
    const shown = eigenvalues.kind === 'real' ? pairText(eigenvalues.values, Math.sqrt(size2)) : 'eigenvalue 0';
    return at(
      'degenerate',
      `a degenerate fixed point: the Jacobian is singular here (${shown}), so the eigenvalues alone do not say how the flow behaves`,
    );
  }
  if (delta < 0) {
    const [up, down] = eigenvalues.kind === 'real' ? eigenvalues.values : [NaN, NaN];
    return at('saddle', `a saddle: flow comes in along one direction (eigenvalue ${fmt(down)}) and leaves along another (eigenvalue ${fmt(up)})`);
  }
  if (eigenvalues.kind === 'real') {
    return tau > 0
      ? at('source', `a source: everything nearby flows away from it (${pairText(eigenvalues.values, Math.sqrt(size2))})`)
      : at('sink', `a sink: everything nearby flows into it (${pairText(eigenvalues.values, Math.sqrt(size2))})`);
  }
  const shown = `eigenvalues ${complexText(eigenvalues.re, eigenvalues.im)}`;
  if (Math.abs(tau) <= ROTATION * Math.sqrt(delta)) {
    return at('centre', `a centre: the flow circles around it (eigenvalues ${complexText(0, eigenvalues.im)})`);
  }
  return tau > 0
    ? at('spiral-out', `a spiral source: the flow turns around it and drifts outward (${shown})`)
    : at('spiral-in', `a spiral sink: the flow turns around it and drifts inward (${shown})`);
}

// The Transform scene in NumPy: A, x, A @ x, det, inv, eig (and A @ B, B @ A),
// each with the output NumPy prints. Every number comes from the math core;
// this module only decides how NumPy would present it.
//
// np.linalg.eig returns LAPACK's order and signs, which our eig does not
// (it sorts λ1 ≥ λ2 and makes each vector's largest entry positive). So we
// replay the few decisions dgeev makes for a 2×2 (reference LAPACK 3.11:
// dgebal's permutation and scaling, dlahqr's deflation test, dlanv2's
// standardised Schur form, dtrevc3's back-substitution, dgeev's final
// normalisation) and use that only to order our eigenpairs and to pick each
// vector's sign (or, for a complex pair, its phase).
import { det, eig, type Complex } from '../../lib/math/linalg';
import { rawInverse } from '../../lib/math/linalg/inv';
import { array } from '../../lib/math/ndarray/create';
import type { Mat2 } from '../../lib/math/mat2';
import type { Vec2 } from '../../lib/math/vec2';
import { array1, array2, arrayLiteral, arrayRepr, complexArray1, complexArray2, inferDType, scalarRepr } from '../../lib/ui/numpy-repr';
import type { Step } from '../../lib/ui/numpy-session';

const EPS = 2 ** -52; // dlamch('P')
const SAFMIN = 2 ** -1022; // dlamch('S')

/** Fortran's SIGN(a, b): |a| with b's sign, +0 counting as positive. */
const sign = (a: number, b: number) => (b > 0 || Object.is(b, 0) ? Math.abs(a) : -Math.abs(a));

interface LapackEig {
  readonly values: readonly Complex[];
  /** vectors[i] for values[i], unit length, signed/phased as dgeev leaves them. */
  readonly vectors: readonly (readonly Complex[])[];
}

/** dgeev on a 2×2, for its conventions. */
export function lapackEig2(m: Mat2): LapackEig {
  let [[a, b], [c, d]] = m;
  // dgebal, permutation: a zero off-diagonal isolates an eigenvalue.
  let swapped = false;
  let triangular = c === 0;
  if (!triangular && b === 0) {
    [a, b, c, d] = [d, c, b, a];
    swapped = true;
    triangular = true;
  }
  // dgebal, scaling: D⁻¹AD by powers of two until row and column norms balance.
  const scale = [1, 1];
  if (!triangular) {
    const h = [
      [a, b],
      [c, d],
    ];
    const SFMIN1 = SAFMIN / EPS;
    const [SFMIN2, SFMAX2] = [SFMIN1 * 2, 1 / (SFMIN1 * 2)];
    for (let noconv = true, guard = 0; noconv && guard < 200; guard++) {
      noconv = false;
      for (let i = 0; i < 2; i++) {
        let col = Math.hypot(h[0][i], h[1][i]);
        let row = Math.hypot(h[i][0], h[i][1]);
        let ca = Math.max(Math.abs(h[0][i]), Math.abs(h[1][i]));
        let ra = Math.max(Math.abs(h[i][0]), Math.abs(h[i][1]));
        if (col === 0 || row === 0) continue;
        let g = row / 2;
        let f = 1;
        const s = col + row;
        while (col < g && Math.max(f, col, ca) < SFMAX2 && Math.min(row, g, ra) > SFMIN2) {
          [f, col, ca, row, g, ra] = [f * 2, col * 2, ca * 2, row / 2, g / 2, ra / 2];
        }
        g = col / 2;
        while (g >= row && Math.max(row, ra) < SFMAX2 && Math.min(f, col, g, ca) > SFMIN2) {
          [f, col, g, ca, row, ra] = [f / 2, col / 2, g / 2, ca / 2, row * 2, ra * 2];
        }
        if (col + row >= 0.95 * s) continue;
        scale[i] *= f;
        noconv = true;
        for (let j = 0; j < 2; j++) h[i][j] /= f;
        for (let j = 0; j < 2; j++) h[j][i] *= f;
      }
    }
    [[a, b], [c, d]] = h;
    // dlahqr: a negligible subdiagonal deflates, leaving the matrix as it is.
    const ab = Math.max(Math.abs(c), Math.abs(b));
    const ba = Math.min(Math.abs(c), Math.abs(b));
    const aa = Math.max(Math.abs(d), Math.abs(a - d));
    const bb = Math.min(Math.abs(d), Math.abs(a - d));
    const sum = aa + ab;
    const tst = Math.abs(a) + Math.abs(d);
    if (Math.abs(c) <= SAFMIN || (Math.abs(c) <= EPS * tst && ba * (ab / sum) <= Math.max(SAFMIN, EPS * (bb * (aa / sum))))) {
      c = 0;
      triangular = true;
    }
  }
  // dlanv2: the Schur form [[a, b], [c, d]] = Zᵀ H Z with Z = [[cs, −sn], [sn, cs]].
  let cs = 1;
  let sn = 0;
  if (!triangular && !(a - d === 0 && Math.sign(b) !== Math.sign(c))) {
    const temp = a - d;
    let p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c));
    const bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign(1, b) * sign(1, c);
    const sc = Math.max(Math.abs(p), bcmax);
    let z = (p / sc) * p + (bcmax / sc) * bcmis;
    if (z >= 4 * EPS) {
      z = p + sign(Math.sqrt(sc) * Math.sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = Math.hypot(c, z);
      [cs, sn] = [z / tau, c / tau];
      b = b - c;
      c = 0;
    } else {
      const sigma = b + c;
      const tau = Math.hypot(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign(1, sigma);
      const [aa, bb, cc, dd] = [a * cs + b * sn, -a * sn + b * cs, c * cs + d * sn, -c * sn + d * cs];
      [a, b, c, d] = [aa * cs + cc * sn, bb * cs + dd * sn, -aa * sn + cc * cs, -bb * sn + dd * cs];
      const mid = 0.5 * (a + d);
      [a, d] = [mid, mid];
      if (c !== 0) {
        if (b !== 0) {
          if (Math.sign(b) === Math.sign(c)) {
            const [sab, sac] = [Math.sqrt(Math.abs(b)), Math.sqrt(Math.abs(c))];
            p = sign(sab * sac, c);
            const t = 1 / Math.sqrt(Math.abs(b + c));
            [a, d] = [mid + p, mid - p];
            b = b - c;
            c = 0;
            const [cs1, sn1] = [sab * t, sac * t];
            [cs, sn] = [cs * cs1 - sn * sn1, cs * sn1 + sn * cs1];
          }
        } else {
          [b, c, cs, sn] = [-c, 0, -sn, cs];
        }
      }
    }
  }
  const Z = [
    [cs, -sn],
    [sn, cs],
  ];
  // Back to the matrix's own coordinates: Z, then dgebak's scaling and permutation.
  const back = (v: Complex[]): Complex[] => {
    const w = [0, 1].map((r) => ({
      re: (Z[r][0] * v[0].re + Z[r][1] * v[1].re) * scale[r],
      im: (Z[r][0] * v[0].im + Z[r][1] * v[1].im) * scale[r],
    }));
    return swapped ? [w[1], w[0]] : w;
  };
  const unit = (v: Complex[]) => {
    const n = Math.hypot(...v.map((z) => Math.hypot(z.re, z.im)));
    return v.map((z) => ({ re: z.re / n, im: z.im / n }));
  };
  if (c === 0) {
    const smin = Math.max(EPS * Math.abs(d), SAFMIN);
    const diff = Math.abs(a - d) < smin ? smin : a - d;
    const v1 = unit(
      back([
        { re: 1, im: 0 },
        { re: 0, im: 0 },
      ]),
    );
    const v2 = unit(
      back([
        { re: -b / diff, im: 0 },
        { re: 1, im: 0 },
      ]),
    );
    return {
      values: [
        { re: a, im: 0 },
        { re: d, im: 0 },
      ],
      vectors: [v1, v2],
    };
  }
  const wi = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
  const x: Complex[] =
    Math.abs(b) >= Math.abs(c)
      ? [
          { re: 1, im: 0 },
          { re: 0, im: wi / b },
        ]
      : [
          { re: -wi / c, im: 0 },
          { re: 0, im: 1 },
        ];
  const v = unit(back(x));
  // dgeev: the entry of largest modulus (the first, on a tie) is rotated onto the real axis, keeping its real part's sign.
  const mags = v.map((z) => z.re * z.re + z.im * z.im);
  const k = mags[1] > mags[0] ? 1 : 0;
  const f = v[k].re;
  const g = v[k].im;
  const r = g === 0 ? f : f === 0 ? Math.abs(g) : sign(Math.hypot(f, g), f);
  const [rc, rs] = g === 0 ? [1, 0] : f === 0 ? [0, sign(1, g)] : [Math.abs(f) / Math.hypot(f, g), g / r];
  const turned = v.map((z, i) => (i === k ? { re: r, im: 0 } : { re: rc * z.re + rs * z.im, im: rc * z.im - rs * z.re }));
  return {
    values: [
      { re: a, im: wi },
      { re: a, im: -wi },
    ],
    vectors: [turned, turned.map((z) => ({ re: z.re, im: -z.im }))],
  };
}

const dist = (z: Complex, w: Complex) => Math.hypot(z.re - w.re, z.im - w.im);
/** ⟨v, e⟩ = Σ conj(v_k) e_k. */
const inner = (v: readonly Complex[], e: readonly Complex[]): Complex =>
  v.reduce((acc, z, n) => ({ re: acc.re + z.re * e[n].re + z.im * e[n].im, im: acc.im + z.re * e[n].im - z.im * e[n].re }), { re: 0, im: 0 });

/**
 * Our eigenpairs (linalg.eig) in NumPy's order, each vector multiplied by the
 * unit factor (±1, or a phase) that makes it NumPy's.
 */
export function numpyEig(m: Mat2): { values: readonly Complex[]; vectors: readonly (readonly Complex[])[]; real: boolean } {
  const ours = eig(m as unknown as number[][]);
  const theirs = lapackEig2(m);
  const left = [0, 1];
  const values: Complex[] = [];
  const vectors: Complex[][] = [];
  theirs.values.forEach((target, i) => {
    // The nearest eigenvalue; for a repeated one, the vector closest to LAPACK's.
    const score = (n: number) => dist(ours.values[n], target) - 1e-9 * Math.abs(inner(ours.vectors[n], theirs.vectors[i]).re);
    const j = left.reduce((best, n) => (score(n) < score(best) ? n : best), left[0]);
    left.splice(left.indexOf(j), 1);
    const v = ours.vectors[j];
    const e = theirs.vectors[i];
    // ⟨v, e⟩ / |⟨v, e⟩|: the phase that turns our unit vector onto LAPACK's.
    const s = inner(v, e);
    const len = Math.hypot(s.re, s.im);
    const [pr, pi] = len === 0 ? [1, 0] : ours.real ? [s.re < 0 ? -1 : 1, 0] : [s.re / len, s.im / len];
    const turned = v.map((z) => ({ re: z.re * pr - z.im * pi, im: z.re * pi + z.im * pr }));
    if (!ours.real) {
      // The entry LAPACK made real is exactly real here too.
      const k = e.findIndex((z) => z.im === 0);
      if (k >= 0) turned[k] = { re: turned[k].re, im: e[k].im };
    }
    values.push(ours.values[j]);
    vectors.push(turned);
  });
  return { values, vectors, real: ours.real };
}

export interface TransformNumbers {
  readonly m: Mat2;
  readonly x: Vec2;
  readonly ax: Vec2;
  /** B with A @ B and B @ A, when the plane shows a composition. */
  readonly product?: { readonly b: Mat2; readonly ab: Mat2; readonly ba: Mat2 };
}

const columnsOf = (vectors: readonly (readonly Complex[])[]): Complex[][] => [0, 1].map((r) => vectors.map((v) => v[r]));

export function transformSession({ m, x, ax, product }: TransformNumbers): Step[] {
  const intA = inferDType(m.flat()) === 'int64';
  const intX = inferDType([...x]) === 'int64';
  const A = array(m as unknown as number[][]);
  const inverse = rawInverse(A);
  const e = numpyEig(m);
  const steps: Step[] = [
    { code: `A = ${arrayLiteral(m)}` },
    { code: `x = ${arrayLiteral(x)}` },
    { code: 'A @ x', out: arrayRepr(array1(ax, intA && intX ? 'int64' : 'float64')) },
    { code: 'np.linalg.det(A)', out: scalarRepr(det(A), 'float64') },
    inverse
      ? { code: 'np.linalg.inv(A)', out: arrayRepr(array2(inverse.tolist() as number[][], 'float64')) }
      : {
          code: 'np.linalg.inv(A)',
          out: 'Traceback (most recent call last):\n  ...\nnumpy.linalg.LinAlgError: Singular matrix',
        },
    { code: 'eigenvalues, eigenvectors = np.linalg.eig(A)' },
    {
      code: 'eigenvalues',
      out: arrayRepr(
        e.real
          ? array1(
              e.values.map((z) => z.re),
              'float64',
            )
          : complexArray1(e.values),
      ),
    },
    {
      code: 'eigenvectors',
      out: arrayRepr(
        e.real
          ? array2(
              columnsOf(e.vectors).map((r) => r.map((z) => z.re)),
              'float64',
            )
          : complexArray2(columnsOf(e.vectors)),
      ),
    },
  ];
  if (product) {
    const intB = inferDType(product.b.flat()) === 'int64';
    const dtype = intA && intB ? 'int64' : 'float64';
    steps.push(
      { code: `B = ${arrayLiteral(product.b)}` },
      { code: 'A @ B', out: arrayRepr(array2(product.ab, dtype)) },
      { code: 'B @ A', out: arrayRepr(array2(product.ba, dtype)) },
    );
  }
  return steps;
}

// Eigenvalues of a general real matrix: balance, reduce to Hessenberg form
// with Householder reflections, then Francis double-shift QR (EISPACK's
// balanc/orthes/hqr as presented in Numerical Recipes, 2nd ed., §11.5–11.6).
//
// Hand-written because ml-matrix's EigenvalueDecomposition (JAMA's hqr2) has
// no iteration limit and never returned on ordinary-looking matrices such as
// [[0,0,0,0,0],[0,0,-1.2e-13,0,8.9e-4],[0,0,0,-1.06,0],[-1.2e-6,0,0,0,0],[0,0,0,0,0]]
// (nilpotent: every eigenvalue is 0). Here each eigenvalue gets at most
// MAX_ITS sweeps, with exceptional shifts every 10, and then the solver
// gives up with NumPy's error instead of freezing the page.
import { MathError } from '../errors';

const MAX_ITS = 60;

/** Eigenvalues (re, im) of the row-major n×n matrix `a`, in no particular order. */
export function hqrEigenvalues(input: Float64Array, n: number): { re: Float64Array; im: Float64Array } {
  const a = input.slice();
  balance(a, n);
  hessenberg(a, n);
  return hqr(a, n);
}

/** Similarity by powers of two that evens out row and column norms (exact; eigenvalues unchanged). */
function balance(a: Float64Array, n: number): void {
  for (let done = false; !done;) {
    done = true;
    for (let i = 0; i < n; i++) {
      let [r, c] = [0, 0];
      for (let j = 0; j < n; j++)
        if (j !== i) {
          c += Math.abs(a[j * n + i]);
          r += Math.abs(a[i * n + j]);
        }
      if (c === 0 || r === 0) continue;
      const s = c + r;
      let f = 1;
      for (let g = r / 2; c < g; c *= 4) f *= 2;
      for (let g = r * 2; c > g; c /= 4) f /= 2;
      if ((c + r) / f < 0.95 * s) {
        done = false;
        for (let j = 0; j < n; j++) a[i * n + j] /= f;
        for (let j = 0; j < n; j++) a[j * n + i] *= f;
      }
    }
  }
}

/** Householder reduction to upper Hessenberg form (orthogonal similarity); zeros below the subdiagonal. */
function hessenberg(a: Float64Array, n: number): void {
  const u = new Float64Array(n);
  for (let m = 1; m < n - 1; m++) {
    let scale = 0;
    for (let i = m; i < n; i++) scale += Math.abs(a[i * n + m - 1]);
    if (scale === 0) continue;
    let h = 0;
    for (let i = n - 1; i >= m; i--) {
      u[i] = a[i * n + m - 1] / scale;
      h += u[i] * u[i];
    }
    const g = u[m] > 0 ? -Math.sqrt(h) : Math.sqrt(h);
    h -= u[m] * g;
    u[m] -= g;
    // A ← (I − u uᵀ/h) A (I − u uᵀ/h)
    for (let j = m; j < n; j++) {
      let f = 0;
      for (let i = n - 1; i >= m; i--) f += u[i] * a[i * n + j];
      f /= h;
      for (let i = m; i < n; i++) a[i * n + j] -= f * u[i];
    }
    for (let i = 0; i < n; i++) {
      let f = 0;
      for (let j = n - 1; j >= m; j--) f += u[j] * a[i * n + j];
      f /= h;
      for (let j = m; j < n; j++) a[i * n + j] -= f * u[j];
    }
    a[m * n + m - 1] = scale * g;
    for (let i = m + 1; i < n; i++) a[i * n + m - 1] = 0;
  }
}

const sign = (x: number, y: number): number => (y >= 0 ? Math.abs(x) : -Math.abs(x));

/** Francis double-shift QR on an upper Hessenberg matrix (destroyed). */
function hqr(a: Float64Array, n: number): { re: Float64Array; im: Float64Array } {
  const A = (i: number, j: number): number => a[i * n + j];
  const set = (i: number, j: number, v: number): void => {
    a[i * n + j] = v;
  };
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  let anorm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(A(i, j));
  let t = 0;
  let p = 0,
    q = 0,
    r = 0,
    s = 0,
    w = 0,
    x = 0,
    y = 0,
    z = 0;
  for (let nn = n - 1; nn >= 0;) {
    let its = 0;
    let l: number;
    do {
      // Look for a negligible subdiagonal element to split the matrix.
      for (l = nn; l >= 1; l--) {
        s = Math.abs(A(l - 1, l - 1)) + Math.abs(A(l, l));
        if (s === 0) s = anorm;
        if (Math.abs(A(l, l - 1)) + s === s) {
          set(l, l - 1, 0);
          break;
        }
      }
      x = A(nn, nn);
      if (l === nn) {
        // One root found.
        re[nn] = x + t;
        im[nn--] = 0;
      } else {
        y = A(nn - 1, nn - 1);
        w = A(nn, nn - 1) * A(nn - 1, nn);
        if (l === nn - 1) {
          // Two roots found: the 2×2 block's eigenvalues.
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + sign(z, p);
            re[nn - 1] = re[nn] = x + z;
            if (z) re[nn] = x - w / z;
            im[nn - 1] = im[nn] = 0;
          } else {
            re[nn - 1] = re[nn] = x + p;
            im[nn - 1] = -(im[nn] = z);
          }
          nn -= 2;
        } else {
          if (its === MAX_ITS) throw new MathError('Eigenvalues did not converge. In plain words: the QR iteration for eig gave up on this matrix.');
          if (its % 10 === 0 && its > 0) {
            // Exceptional shift, to break cycles such as those of nilpotent matrices.
            t += x;
            for (let i = 0; i <= nn; i++) set(i, i, A(i, i) - x);
            s = Math.abs(A(nn, nn - 1)) + Math.abs(A(nn - 1, nn - 2));
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          ++its;
          let m: number;
          // Form the shift and look for two consecutive small subdiagonal elements.
          for (m = nn - 2; m >= l; m--) {
            z = A(m, m);
            r = x - z;
            s = y - z;
            p = (r * s - w) / A(m + 1, m) + A(m, m + 1);
            q = A(m + 1, m + 1) - z - r - s;
            r = A(m + 2, m + 1);
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m === l) break;
            const u = Math.abs(A(m, m - 1)) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(A(m - 1, m - 1)) + Math.abs(z) + Math.abs(A(m + 1, m + 1)));
            if (u + v === v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            set(i, i - 2, 0);
            if (i !== m + 2) set(i, i - 3, 0);
          }
          // Double QR step on rows l..nn and columns m..nn.
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = A(k, k - 1);
              q = A(k + 1, k - 1);
              r = k !== nn - 1 ? A(k + 2, k - 1) : 0;
              if ((x = Math.abs(p) + Math.abs(q) + Math.abs(r)) !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            if ((s = sign(Math.sqrt(p * p + q * q + r * r), p)) !== 0) {
              if (k === m) {
                if (l !== m) set(k, k - 1, -A(k, k - 1));
              } else set(k, k - 1, -s * x);
              p += s;
              x = p / s;
              y = q / s;
              z = r / s;
              q /= p;
              r /= p;
              for (let j = k; j <= nn; j++) {
                p = A(k, j) + q * A(k + 1, j);
                if (k !== nn - 1) {
                  p += r * A(k + 2, j);
                  set(k + 2, j, A(k + 2, j) - p * z);
                }
                set(k + 1, j, A(k + 1, j) - p * y);
                set(k, j, A(k, j) - p * x);
              }
              const mmin = nn < k + 3 ? nn : k + 3;
              for (let i = l; i <= mmin; i++) {
                p = x * A(i, k) + y * A(i, k + 1);
                if (k !== nn - 1) {
                  p += z * A(i, k + 2);
                  set(i, k + 2, A(i, k + 2) - p * r);
                }
                set(i, k + 1, A(i, k + 1) - p * q);
                set(i, k, A(i, k) - p);
              }
            }
          }
        }
      }
    } while (l < nn - 1);
  }
  return { re, im };
}

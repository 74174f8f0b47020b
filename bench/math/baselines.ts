// Plain hand-written versions of the benchmarked work: flat Float64Arrays,
// no allocation per call, no checks. They set the floor the library is
// compared with; none is used by the app.

/** C = A B for n×n row-major matrices, i-k-j order. */
export function matmulLoop(a: Float64Array, b: Float64Array, c: Float64Array, n: number): void {
  c.fill(0);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
}

/**
 * One-sided Jacobi SVD (Hestenes 1958) of an m×n matrix, m ≥ n: rotate pairs
 * of columns until all are orthogonal; their norms are the singular values.
 * Overwrites `a` with U·S; `v` receives V. Returns the singular values (unsorted).
 */
export function jacobiSvd(a: Float64Array, m: number, n: number, v: Float64Array): Float64Array {
  v.fill(0);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          const x = a[i * n + p];
          const y = a[i * n + q];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        off = Math.max(off, Math.abs(gamma) / Math.sqrt(alpha * beta));
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const x = a[i * n + p];
          const y = a[i * n + q];
          a[i * n + p] = c * x - s * y;
          a[i * n + q] = s * x + c * y;
        }
        for (let i = 0; i < n; i++) {
          const x = v[i * n + p];
          const y = v[i * n + q];
          v[i * n + p] = c * x - s * y;
          v[i * n + q] = s * x + c * y;
        }
      }
    if (off < 1e-15) break;
  }
  const s = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += a[i * n + j] ** 2;
    s[j] = Math.sqrt(sum);
  }
  return s;
}

/** PCA of n 2-D points (x0, y0, x1, y1, …): mean, covariance, closed-form eigenvectors, projections. */
export function pca2Loop(xy: Float64Array, n: number, out: Float64Array): number {
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xy[2 * i];
    my += xy[2 * i + 1];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i] - mx;
    const dy = xy[2 * i + 1] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  [sxx, sxy, syy] = [sxx / (n - 1), sxy / (n - 1), syy / (n - 1)];
  const h = (sxx + syy) / 2;
  const r = Math.hypot((sxx - syy) / 2, sxy);
  const l1 = h + r;
  let [ux, uy] = sxy !== 0 ? [l1 - syy, sxy] : sxx >= syy ? [1, 0] : [0, 1];
  const len = Math.hypot(ux, uy);
  [ux, uy] = [ux / len, uy / len];
  for (let i = 0; i < n; i++) {
    const dx = xy[2 * i] - mx;
    const dy = xy[2 * i + 1] - my;
    out[2 * i] = dx * ux + dy * uy;
    out[2 * i + 1] = -dx * uy + dy * ux;
  }
  return l1 / (2 * h);
}

// Speed of the math core at the sizes the scenes use, each beside a plain
// hand-written loop doing the same work (bench/math/baselines.ts), as a ratio.
// Run by hand, on an otherwise idle machine if you can:
//
//   node_modules/.bin/vitest run --config bench/math/vitest.config.ts
//
// Budget from issue 4: every 2×2 operation in a drag loop ≤ 1 µs.
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { expect, it } from 'vitest';
import { array, linalg, matmul, pca } from '../../src/lib/math';
import { apply, cond2, det2, eig2, inv2, lerpFromIdentity, mul, type Mat2 } from '../../src/lib/math/mat2';
import type { Vec2 } from '../../src/lib/math/vec2';
import { createRandom } from '../../src/lib/math/random';
import { jacobiSvd, matmulLoop, pca2Loop } from './baselines';
import { compare, consume, sinkValue, table, type Row } from './harness';

// A seeded generator so every run times the same numbers.
const rng = createRandom(42);
const random = (): number => rng.uniform(-1, 1);

const K = 4096; // distinct inputs cycled through, like the positions of a drag
const flat = Float64Array.from({ length: 4 * K }, random);
const mats: Mat2[] = Array.from({ length: K }, (_, i) => [
  [flat[4 * i], flat[4 * i + 1]],
  [flat[4 * i + 2], flat[4 * i + 3]],
]);
const vecs: Vec2[] = mats.map((m) => [m[1][0], m[0][1]]);
const scratch = new Float64Array(4);

function dragLoop(): Row[] {
  const at = (i: number) => i & (K - 1);
  const hand = (f: (o: number, i: number) => number) => (i: number) => consume(f(4 * at(i), i));
  return [
    compare(
      'apply(A, v)',
      (i) => consume(apply(mats[at(i)], vecs[at(i)])[0]),
      hand((o) => flat[o] * flat[o + 2] + flat[o + 1] * flat[o + 1]),
    ),
    compare(
      'mul(A, B)',
      (i) => consume(mul(mats[at(i)], mats[at(i + 1)])[1][1]),
      hand((o) => {
        const p = (o + 4) & (4 * K - 1);
        scratch[0] = flat[o] * flat[p] + flat[o + 1] * flat[p + 2];
        scratch[1] = flat[o] * flat[p + 1] + flat[o + 1] * flat[p + 3];
        scratch[2] = flat[o + 2] * flat[p] + flat[o + 3] * flat[p + 2];
        return (scratch[3] = flat[o + 2] * flat[p + 1] + flat[o + 3] * flat[p + 3]);
      }),
    ),
    compare(
      'det2 (cancellation-free)',
      (i) => consume(det2(mats[at(i)])),
      hand((o) => flat[o] * flat[o + 3] - flat[o + 1] * flat[o + 2]),
    ),
    compare(
      'inv2',
      (i) => consume(inv2(mats[at(i)])?.[0][0] ?? 0),
      hand((o) => {
        const det = flat[o] * flat[o + 3] - flat[o + 1] * flat[o + 2];
        scratch[0] = flat[o + 3] / det;
        scratch[1] = -flat[o + 1] / det;
        scratch[2] = -flat[o + 2] / det;
        return (scratch[3] = flat[o] / det);
      }),
    ),
    compare(
      'lerpFromIdentity(A, t)',
      (i) => consume(lerpFromIdentity(mats[at(i)], 0.3)[0][0]),
      hand((o) => (scratch[0] = 0.7 + 0.3 * flat[o]) + (scratch[3] = 0.7 + 0.3 * flat[o + 3])),
    ),
    compare(
      'cond2',
      (i) => consume(cond2(mats[at(i)])),
      hand((o) => {
        const [a, b, c, d] = [flat[o], flat[o + 1], flat[o + 2], flat[o + 3]];
        const s1 = (Math.hypot(a - d, b + c) + Math.hypot(a + d, b - c)) / 2;
        return (s1 * s1) / Math.abs(a * d - b * c);
      }),
    ),
    compare(
      'eig2 (values + unit vectors)',
      (i) => {
        const e = eig2(mats[at(i)]);
        consume(e.kind === 'distinct' ? e.vectors[0][0] : e.kind === 'complex' ? e.angle : 0);
      },
      // The textbook quadratic formula: tr/2 ± √(tr²/4 − det), vector (b, λ − a).
      hand((o) => {
        const [a, b, c, d] = [flat[o], flat[o + 1], flat[o + 2], flat[o + 3]];
        const h = (a + d) / 2;
        const disc = h * h - (a * d - b * c);
        if (disc < 0) return Math.atan2(Math.sqrt(-disc), h);
        const l1 = h + Math.sqrt(disc);
        const n = Math.hypot(b, l1 - a);
        return (scratch[0] = b / n) + (scratch[1] = (l1 - a) / n);
      }),
    ),
  ];
}

function matmul64(): Row {
  const n = 64;
  const a = Float64Array.from({ length: n * n }, random);
  const b = Float64Array.from({ length: n * n }, random);
  const c = new Float64Array(n * n);
  const A = array(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n))));
  const B = array(Array.from({ length: n }, (_, i) => Array.from(b.subarray(i * n, (i + 1) * n))));
  return compare(
    'matmul 64×64',
    () => consume(matmul(A, B).data[7]),
    () => {
      matmulLoop(a, b, c, n);
      consume(c[7]);
    },
  );
}

/** 50 users × 20 movies, ratings 1–5 from two hidden tastes plus noise. */
function ratings(): number[][] {
  const taste = Array.from({ length: 50 }, () => [random(), random()]);
  const genre = Array.from({ length: 20 }, () => [random(), random()]);
  return taste.map(([p, q]) => genre.map(([x, y]) => Math.round(Math.min(5, Math.max(1, 3 + 2 * (p * x + q * y) + 0.5 * random())))));
}

function svd50x20(): Row[] {
  const r = ratings();
  const R = array(r);
  const flatR = Float64Array.from(r.flat());
  const work = new Float64Array(flatR.length);
  const v = new Float64Array(20 * 20);
  const hand = () => {
    work.set(flatR);
    consume(jacobiSvd(work, 50, 20, v)[0]);
  };
  // Both must agree, or the comparison is meaningless.
  work.set(flatR);
  const s = Array.from(jacobiSvd(work, 50, 20, v)).sort((x, y) => y - x);
  expect(Math.abs(s[0] - linalg.svd(R, { fullMatrices: false }).S.data[0])).toBeLessThan(1e-9);
  const M = new Matrix(r);
  const slow = { rounds: 7, minMs: 20 };
  return [
    compare('linalg.svd 50×20 (thin)', () => consume(linalg.svd(R, { fullMatrices: false }).S.data[0]), hand, slow),
    compare('linalg.svd 50×20 (full U, as NumPy)', () => consume(linalg.svd(R).S.data[0]), hand, slow),
    compare(
      '  ml-matrix SVD alone, for reference',
      () => consume(new SingularValueDecomposition(M, { autoTranspose: true }).diagonal[0]),
      hand,
      slow,
    ),
  ];
}

function pca2000(): Row {
  const n = 2000;
  const xy = Float64Array.from({ length: 2 * n }, (_, i) => (i % 2 ? 0.3 : 2) * random() + (i % 2 ? 0.2 * random() : 0));
  const points = Array.from({ length: n }, (_, i) => [xy[2 * i], xy[2 * i + 1]]);
  const out = new Float64Array(2 * n);
  const P = array(points);
  expect(Math.abs(pca(P, 2).explainedVarianceRatio.data[0] - pca2Loop(xy, n, out))).toBeLessThan(1e-12);
  return compare(
    'pca of 2,000 2-D points, k = 2',
    () => consume(pca(P, 2).projections.data[5]),
    () => consume(pca2Loop(xy, n, out)),
  );
}

it('times the math core', () => {
  // What a call costs with no work at all: the closure, the index and the sink.
  // It is inside both columns of the 2×2 table.
  const empty = compare(
    '(empty op)',
    (i) => consume(flat[i & (K - 1)]),
    (i) => consume(flat[i & (K - 1)]),
  );
  const drag = dragLoop();
  const report = [
    table(`2×2 tuples in a drag loop (budget ≤ 1 µs each; timing overhead ≈ ${empty.ours.toFixed(0)} ns per call in both columns)`, drag),
    table('NDArray and linalg at scene sizes', [matmul64(), ...svd50x20(), pca2000()]),
  ].join('\n\n');
  console.log(`\n${report}\n(sink ${sinkValue() === 0 ? 0 : 1})`);
  for (const row of drag) expect(row.ours, row.name).toBeLessThan(1000);
});

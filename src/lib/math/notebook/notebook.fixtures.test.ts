// The notebook against real NumPy 1.24 (Debian's python3-numpy), cell by cell:
// values to 1e-12, shapes, dtypes and Python's types, repr() character for
// character, RuntimeWarnings, and for every exception its class and str(e).
// Regenerate with `/usr/bin/python3 scripts/make-fixtures.py notebook`.
import { describe, expect, it } from 'vitest';
import { matmul as libMatmul } from '../ndarray/matmul';
import { dot as libDot } from '../ndarray/dot';
import { NDArray } from '../ndarray/ndarray';
import { decode } from '../fixtures/fixtures';
import raw from '../fixtures/notebook.json';
import { pyFloat } from './float-format';
import { LINALG_NAMES, NDARRAY_ATTRIBUTES } from './hints';
import { det, getrf, getrs } from './lapack';
import { exp, log, pow } from './libm';
import { mean, sum } from './reductions';
import { arrayRepr } from './repr';
import { reprValue, runNotebook, type NotebookValue } from './index';

type PyResult =
  | { ok: true; type: string; repr: string; shape?: number[]; dtype?: string; values?: number[]; value?: number; warnings: string[] }
  | { ok: false; exception: string; message: string; warnings: string[] };

interface Fixture {
  numpy: string;
  ndarrayAttributes: string[];
  linalgNames: string[];
  programs: { name: string; cells: string[]; results: PyResult[] }[];
  reprs: { shape: number[]; dtype: 'int64' | 'float64'; values: number[]; repr: string }[];
  floats: [number, string][];
  /** [x, glibc's f(x), f(x) correctly rounded] */
  libm: { log: [number, number, number][]; exp: [number, number, number][]; pow: [number, number, number, number][] };
  lapack: { a: number[][]; det: number; error?: string; inv?: number[][]; b?: number[]; solve?: number[] }[];
  sums: { shape: number[]; values: number[]; sum: number; mean: number; sum0?: number[]; sum1?: number[]; mean0?: number[]; mean1?: number[] }[];
  products: { a: number[]; aShape: number[]; b: number[]; bShape: number[]; matmul: number[]; dot: number[]; gram: number[] | null }[];
}
const fx = decode<Fixture>(raw);

/**
 * Cells where we knowingly say less than Python: np.foo names no NumPy text,
 * since we cannot tell which names real NumPy has.
 */
const NO_NUMPY_TEXT = new Set(['np.foo']);

/**
 * Values that agree to 1e-12 but may differ in the last digit, so their repr
 * is not compared: a matrix 2-norm is the largest singular value, from
 * ml-matrix's SVD here and LAPACK's gesdd in NumPy.
 */
const LAST_DIGIT = new Set(['np.linalg.norm(np.arange(60).reshape(4, 15) / 7, 2)']);

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) || a === b;
const close = (a: number, b: number): boolean => same(a, b) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

function pyType(v: NotebookValue): string {
  if (v.kind === 'array') return v.list ? 'list' : 'ndarray';
  if (v.kind === 'scalar') return v.type;
  return v.kind === 'tuple' ? 'tuple' : 'NoneType';
}

function numbers(v: NotebookValue): number[] {
  if (v.kind === 'array') return Array.from(v.array.data);
  if (v.kind === 'scalar') return [v.value];
  return v.kind === 'tuple' ? [...v.items] : [];
}

describe(`notebook programs agree with NumPy ${fx.numpy}`, () => {
  for (const program of fx.programs) {
    it(program.name, () => {
      const ours = runNotebook(program.cells);
      program.cells.forEach((cell, i) => {
        const py = program.results[i];
        const r = ours[i];
        const where = `cell ${i + 1}: ${cell}`;
        if (py.ok) {
          expect(r.ok, `${where} failed: ${r.ok ? '' : r.error.message}`).toBe(true);
          if (!r.ok) return;
          expect(pyType(r.value), where).toBe(py.type);
          if (!LAST_DIGIT.has(cell)) expect(reprValue(r.value), where).toBe(py.repr);
          if (r.value.kind === 'array') {
            expect(r.value.array.shape, where).toEqual(py.shape);
            if (py.dtype) expect(r.value.dtype, where).toBe(py.dtype);
          }
          const want = py.values ?? (py.value !== undefined ? [py.value] : []);
          const got = numbers(r.value);
          expect(got.length, where).toBe(want.length);
          got.forEach((x, k) => expect(close(x, want[k]), `${where} entry ${k}: ${x} vs ${want[k]}`).toBe(true));
          expect(
            r.warnings.filter((w) => w.startsWith('RuntimeWarning')),
            where,
          ).toEqual(py.warnings);
        } else {
          expect(r.ok, `${where} should fail with ${py.exception}: ${py.message}`).toBe(false);
          if (r.ok) return;
          if (NO_NUMPY_TEXT.has(cell)) return;
          expect(r.error.numpy, where).toBe(py.message);
          expect(r.error.exception, where).toBe(py.exception);
        }
      });
    });
  }
});

describe('repr of arrays NumPy made', () => {
  it(`${fx.reprs.length} arrays of every magnitude, with ties, signed zeros, inf, nan and summaries`, () => {
    for (const c of fx.reprs)
      expect(arrayRepr(new NDArray(Float64Array.from(c.values), c.shape), c.dtype), JSON.stringify(c.values.slice(0, 4))).toBe(c.repr);
  });
  it(`Python's repr of ${fx.floats.length} floats`, () => {
    for (const [x, repr] of fx.floats) expect(pyFloat(x)).toBe(repr);
  });
});

describe("glibc's log, exp and pow, which NumPy's det and power use", () => {
  const cases = [
    ...fx.libm.log.map((c) => ({ f: log, c })),
    ...fx.libm.exp.map((c) => ({ f: exp, c })),
    ...fx.libm.pow.map(([x, y, glibc, exact]) => ({ f: (v: number) => pow(v, y), c: [x, glibc, exact] as const })),
  ];
  it(`log of ${fx.libm.log.length} numbers, exp of ${fx.libm.exp.length} and ${fx.libm.pow.length} powers are correctly rounded`, () => {
    expect(cases.filter(({ f, c: [x, , exact] }) => !same(f(x), exact)).map(({ c }) => c)).toEqual([]);
  });
  it("and agree with glibc's to the last bit except where glibc misses a near-tie", () => {
    // exp(-0.12534434543019768) lies 4e-21 from a tie; glibc rounds it the other way.
    const differ = cases.filter(({ f, c: [x, glibc] }) => !same(f(x), glibc));
    expect(differ.every(({ c: [, glibc, exact] }) => glibc !== exact)).toBe(true);
    expect(differ.length).toBeLessThanOrEqual(cases.length / 500);
  });
});

const matrix = (rows: number[][]): NDArray => new NDArray(Float64Array.from(rows.flat()), [rows.length, rows[0].length]);

describe("LAPACK's LU as NumPy calls it", () => {
  it(`det, inv and solve of ${fx.lapack.length} matrices, to the last bit`, () => {
    for (const c of fx.lapack) {
      const A = matrix(c.a);
      const f = getrf(A);
      expect(det(f), JSON.stringify(c.a)).toBe(c.det);
      if (c.error) {
        expect(f.singular).toBe(true);
        continue;
      }
      expect(
        Array.from(getrs(f, new NDArray(Float64Array.from(c.a.map((_, i) => c.a.map((_, j) => (i === j ? 1 : 0))).flat()), A.shape)).data),
      ).toEqual(c.inv!.flat());
      expect(Array.from(getrs(f, new NDArray(Float64Array.from(c.b!), [c.b!.length])).data)).toEqual(c.solve);
    }
  });
});

describe("np.sum and np.mean in NumPy's order", () => {
  it(`${fx.sums.length} arrays, to the last bit`, () => {
    for (const c of fx.sums) {
      const a = new NDArray(Float64Array.from(c.values), c.shape);
      expect(sum(a, null).data[0]).toBe(c.sum);
      expect(mean(a, null).data[0]).toBe(c.mean);
      if (c.sum0) {
        expect(Array.from(sum(a, 0).data)).toEqual(c.sum0);
        expect(Array.from(sum(a, 1).data)).toEqual(c.sum1);
        expect(Array.from(mean(a, 0).data)).toEqual(c.mean0);
        expect(Array.from(mean(a, 1).data)).toEqual(c.mean1);
      }
    }
  });
});

describe('the library matmul and dot add in BLAS order', () => {
  it(`${fx.products.length} products, to the last bit`, () => {
    for (const c of fx.products) {
      const a = new NDArray(Float64Array.from(c.a), c.aShape);
      const b = new NDArray(Float64Array.from(c.b), c.bShape);
      expect(Array.from(libMatmul(a, b).data)).toEqual(c.matmul);
      expect(Array.from(libDot(a, b).data)).toEqual(c.dot);
      if (c.gram) expect(Array.from(libMatmul(a, a.T).data)).toEqual(c.gram);
    }
  });
});

describe('the names NumPy has', () => {
  it('ndarray attributes and np.linalg names match NumPy 1.24', () => {
    expect([...NDARRAY_ATTRIBUTES].sort()).toEqual([...fx.ndarrayAttributes].sort());
    expect([...LINALG_NAMES].sort()).toEqual([...fx.linalgNames].sort());
  });
});

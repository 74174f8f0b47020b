import { describe, expect, it } from 'vitest';
import { announce, describeDet, describeEigen, describeInverse, eig2, rank2 } from './describe';
import { PRESETS } from './presets';
import type { Mat2 } from '../../lib/math/mat2';

const preset = (id: string, deg = 30) => PRESETS.find((p) => p.id === id)!.matrix(deg);

describe('rank and determinant in words', () => {
  it('reads the sign of det as orientation', () => {
    expect(
      describeDet([
        [2, 0],
        [0, 1],
      ]),
    ).toMatch(/^det A = 2: A scales every area by 2; orientation is kept/);
    expect(
      describeDet([
        [0, 1],
        [1, 0],
      ]),
    ).toMatch(/det A = −1: .*flips orientation/);
    expect(
      announce([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('det −2, orientation flipped');
  });
  it('explains collapse to a line or a point', () => {
    expect(
      rank2([
        [1, 2],
        [0.5, 1],
      ]),
    ).toBe(1);
    expect(
      describeDet([
        [1, 2],
        [0.5, 1],
      ]),
    ).toMatch(/onto a line \(rank 1\)/);
    expect(
      rank2([
        [0, 0],
        [0, 0],
      ]),
    ).toBe(0);
    expect(
      describeDet([
        [0, 0],
        [0, 0],
      ]),
    ).toMatch(/to the origin \(rank 0\)/);
    expect(
      announce([
        [1, 2],
        [2, 4],
      ]),
    ).toBe('det 0, the plane collapses to a line');
    expect(
      describeInverse([
        [1, 2],
        [2, 4],
      ]),
    ).toMatch(/no inverse/);
    expect(
      describeInverse([
        [1, 2],
        [3, 4],
      ]),
    ).toMatch(/A⁻¹A = I/);
  });
  it('treats a det that is zero up to rounding as zero', () => {
    const p = preset('projection', 30);
    expect(rank2(p)).toBe(1);
  });
});

describe('eigen cases', () => {
  it('distinct real eigenvalues', () => {
    // np.linalg.eig(np.array([[2, 1], [1, 2]]))  -> eigenvalues [3., 1.]
    const e = eig2([
      [2, 1],
      [1, 2],
    ]);
    expect(e.kind).toBe('distinct');
    expect(describeEigen(e)).toMatch(/λ₁ = 3.*λ₂ = 1/);
  });
  it('a negative eigenvalue is explained', () => {
    expect(
      describeEigen(
        eig2([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toMatch(/negative λ flips/);
  });
  it('repeated eigenvalue with one line: a shear', () => {
    const e = eig2(preset('shear'));
    expect(e.kind).toBe('defective');
    expect(describeEigen(e)).toMatch(/single eigenvector line along \[1, 0\]/);
  });
  it('complex eigenvalues: a rotation', () => {
    const e = eig2(preset('rotation', 90));
    expect(e.kind).toBe('complex');
    expect(describeEigen(e)).toMatch(/No real eigenvector: λ = 0 ± 1i\. A turns every vector \(by 90° counter-clockwise/);
  });
  it('identity and zero: every vector is an eigenvector', () => {
    expect(
      describeEigen(
        eig2([
          [1, 0],
          [0, 1],
        ]),
      ),
    ).toMatch(/every vector is an eigenvector with λ = 1 — A changes nothing/);
    expect(
      describeEigen(
        eig2([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toMatch(/every vector goes to the origin/);
    expect(
      describeEigen(
        eig2([
          [-2, 0],
          [0, -2],
        ]),
      ),
    ).toMatch(/flips and scales the plane by 2/);
  });
  it('a projection has λ = 1 and λ = 0', () => {
    const e = eig2(preset('projection', 0));
    expect(describeEigen(e)).toMatch(/λ = 0: that line is squashed/);
  });
});

describe('presets', () => {
  it('are what their names say', () => {
    const rot = preset('rotation', 90);
    expect(rot).toEqual([
      [0, -1],
      [1, 0],
    ]);
    const refl: Mat2 = preset('reflection', 45);
    expect(refl).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(preset('lesson')).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

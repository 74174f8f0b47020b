// Eigenvectors and singular vectors are only defined up to sign (a complex
// phase for complex ones): LAPACK, ml-matrix and our own code may each return
// v or −v. We fix one choice so a drawing does not flip between frames and
// tests can compare with NumPy entry by entry. scripts/make-fixtures.py applies
// the same rule (`sign_fix`) to NumPy's output.
//
// Rule: the entry of largest magnitude is made positive (real and positive for
// complex vectors). Entries within a relative 1e-8 of the largest count as tied
// and the first of them wins, so the two libraries' last-digit differences
// cannot pick different entries when magnitudes are equal in exact arithmetic.

const TIE = 1e-8;

/** Index of the first entry whose magnitude is within TIE of the largest. */
export function pivotIndex(magnitudes: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < magnitudes.length; i++) max = Math.max(max, magnitudes[i]);
  for (let i = 0; i < magnitudes.length; i++) if (magnitudes[i] >= max * (1 - TIE)) return i;
  return 0;
}

/** +1 or −1: the factor that makes v follow the rule. */
export function signOf(v: ArrayLike<number>): 1 | -1 {
  const p = pivotIndex(Array.from(v, Math.abs));
  return v[p] < 0 ? -1 : 1;
}

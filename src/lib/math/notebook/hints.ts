// Suggestions for names a learner nearly got right.

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/**
 * The closest candidate: the same letters in another case first, then within
 * one edit for names of 3–4 letters and two for longer ones. One- and
 * two-letter names (A, x, v) are all one edit apart, so only case counts there.
 */
export function closest(name: string, candidates: Iterable<string>): string | null {
  const list = [...candidates];
  const sameCase = list.find((c) => c !== name && c.toLowerCase() === name.toLowerCase());
  if (sameCase) return sameCase;
  if (name.length <= 2 || name.length > 20) return null;
  let best: string | null = null;
  let bestD = name.length <= 4 ? 1 : 2;
  for (const c of list) {
    const d = distance(name, c);
    if (d <= bestD && (best === null || d < bestD)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Python's builtins a learner may reach for, with the notebook's way to say it (null: there is none, and the message says so). */
export const BUILTINS: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['print', 'a cell shows the value of its expression: write just the expression'],
  ['len', 'use A.shape[0] for the number of rows'],
  ['range', 'use np.arange(n)'],
  ['abs', 'use np.abs(x)'],
  ['sum', 'use np.sum(x)'],
  ['max', null],
  ['min', null],
  ['round', null],
  ['list', 'write a list with brackets: [1, 2, 3]'],
  ['tuple', 'write a tuple with brackets: (2, 3)'],
  ['float', 'write a float with a point: 2.0'],
  ['int', 'write a whole number without a point: 2'],
  ['type', null],
  ['input', null],
  ['open', 'files are not available here'],
  ['eval', null],
  ['exec', null],
  ['zip', null],
  ['map', null],
  ['sorted', null],
  ['pow', 'use x ** y'],
]);

/**
 * Every public attribute of numpy.ndarray in NumPy 1.24 (dir(np.ndarray)).
 * An attribute outside this list gets NumPy's AttributeError text; one in it
 * exists in NumPy but not here. The fixtures test checks the list.
 */
export const NDARRAY_ATTRIBUTES = new Set(
  'T all any argmax argmin argpartition argsort astype base byteswap choose clip compress conj conjugate copy ctypes cumprod cumsum data diagonal dot dtype dump dumps fill flags flat flatten getfield imag item itemset itemsize max mean min nbytes ndim newbyteorder nonzero partition prod ptp put ravel real repeat reshape resize round searchsorted setfield setflags shape size sort squeeze std strides sum swapaxes take tobytes tofile tolist tostring trace transpose var view'.split(
    ' ',
  ),
);

/** Every public name in np.linalg (NumPy 1.24). */
export const LINALG_NAMES = new Set(
  'LinAlgError cholesky cond det eig eigh eigvals eigvalsh inv linalg lstsq matrix_power matrix_rank multi_dot norm pinv qr slogdet solve svd tensorinv tensorsolve test'.split(
    ' ',
  ),
);

// Keeping a derived value's identity when its numbers have not changed. A
// `$derived` that builds a new array on every run ([m[0][1], m[1][1]], say)
// makes everything downstream run again even when the numbers are equal: while
// î is dragged, ĵ's arrow, handle and label would be recomputed on every move.

/** A function that returns its previous result when the new one holds the same numbers. */
export function keepEqual<T extends readonly number[]>(): (next: T) => T {
  let last: T | undefined;
  return (next) => {
    if (last && last.length === next.length && last.every((x, k) => Object.is(x, next[k]))) return last;
    last = next;
    return next;
  };
}

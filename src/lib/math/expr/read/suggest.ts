// Hints for names mathjs parsed but we do not know. Learners write xy for x·y,
// x2 for x², sinx for sin(x) and sine for sin; say what they probably meant.

import { TYPABLE } from '../tree/functions';

/** "x, y or t" */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** Levenshtein distance, stopping early: only distances up to 2 matter. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function nearest(name: string, candidates: Iterable<string>): string | undefined {
  // One- and two-letter names are too short to guess from: z is not a typo of x.
  if (name.length < 3) return undefined;
  let best: string | undefined;
  let bestD = name.length <= 4 ? 1 : 2;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c);
    if (d <= bestD && (best === undefined || d < bestD)) [best, bestD] = [c, d];
  }
  return best;
}

/** Splits a run like "xy2pi" into known pieces ["x", "y", "2", "pi"], or undefined. */
function split(name: string, known: readonly string[]): string[] | undefined {
  if (name === '') return [];
  const digits = /^\d+/.exec(name)?.[0];
  if (digits) {
    const rest = split(name.slice(digits.length), known);
    return rest && [digits, ...rest];
  }
  for (const k of [...known].sort((a, b) => b.length - a.length)) {
    if (name.startsWith(k)) {
      const rest = split(name.slice(k.length), known);
      if (rest) return [k, ...rest];
    }
  }
  return undefined;
}

export function unknownNameHint(name: string, variables: readonly string[]): string {
  const known = [...variables, 'pi', 'e'];
  const m = /^([A-Za-z]+?)(\d+)$/.exec(name);
  if (m && variables.includes(m[1])) return `write ${m[1]}^${m[2]} for a power or ${m[1]}*${m[2]} for a product`;
  for (const fn of TYPABLE.keys()) {
    if (name.length > fn.length && name.startsWith(fn)) {
      const arg = split(name.slice(fn.length), known);
      if (arg) return `write ${fn}(${arg.join('*')})`;
    }
  }
  const parts = split(name, known);
  if (parts && parts.length > 1) return `write ${parts.join('*')} for a product`;
  const near = nearest(name, known);
  if (near) return `did you mean ${near}?`;
  return `use ${orList(variables)}`;
}

export function unknownFunctionHint(name: string): string {
  const near = nearest(name, TYPABLE.keys());
  return near ? `did you mean ${near}?` : 'the functions are ' + orList([...TYPABLE.keys()]);
}

// Property tests: no text breaks the notebook. Random and mutated cells, alone
// and as whole notebooks; for each, runNotebook returns one result per cell,
// never throws and never reports an internal error; every error's span lies
// inside its cell; and parsing a cell takes at most 50 ms of CPU. Seeds are
// fixed so a failure reproduces.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCell, runNotebook, type CellResult } from './index';

const BUDGET_MS = 50;
let checked = 0;
let slowest = 0;

/** CPU milliseconds of this process: unlike wall time, not what other processes take on a shared machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The best of three attempts, so a GC pause does not count against the input. */
function timed<T>(run: () => T): T {
  let best = Infinity;
  let result!: T;
  for (let attempt = 0; attempt < 3 && best > BUDGET_MS; attempt++) {
    const t0 = cpuMs();
    result = run();
    best = Math.min(best, cpuMs() - t0);
  }
  slowest = Math.max(slowest, best);
  if (best > BUDGET_MS) throw new Error(`took ${best.toFixed(1)} ms of CPU`);
  return result;
}

function wellFormed(r: CellResult, text: string): void {
  if (r.ok) return;
  const { span, message } = r.error;
  expect(message.length).toBeGreaterThan(0);
  expect(message.startsWith('internal error'), `${JSON.stringify(text)}: ${message}`).toBe(false);
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(0 <= span.start && span.end <= text.length).toBe(true);
  if (text.length > 0) expect(span.end).toBeGreaterThan(span.start);
}

const SETUP = [
  'import numpy as np',
  'A = np.array([[1, 2], [3, 4]])',
  'x = np.array([[5], [6]])',
  'v = np.array([5.0, 6])',
  'L = [1, 2]',
  't = (2, 2)',
];

function checkCell(text: string): void {
  const parsed = timed(() => parseCell(text));
  if (!parsed.ok) wellFormed({ ok: false, error: parsed.error }, text);
  const results = runNotebook([...SETUP, text]);
  expect(results).toHaveLength(SETUP.length + 1);
  wellFormed(results[SETUP.length], text);
  checked++;
}

const VALID = [
  'A @ x',
  'np.dot(A, x)',
  'B = np.array([[5, 6], [7, 8]])',
  'A * v + 1',
  '2 * A - A / 3',
  'A.T @ A',
  'np.linalg.inv(A) @ A',
  'np.linalg.det(A) ** 2',
  'np.zeros((2, 3)) + np.ones(3)',
  'v.reshape(1, -1) @ A',
  'A[:, 1] + A[0]',
  'A[::-1, 0]',
  'np.eye(3)[1:, :2]',
  'np.linalg.norm(v, np.inf)',
  '[1, 2.5, 3] + [4]',
  '(2, 3) * 2',
  'np.arange(12).reshape(3, 4).T',
  'np.sum(A, 0) / np.mean(A)',
  'np.linalg.solve(A, v)',
  '-2**2 + 2**-1',
  'A.shape[0] * L[1]',
  'np.array([[1e-3, 2], [3, 4e8]])',
  'import numpy as np',
];

const TOKENS = [
  ...'Avx0123456789.+-*/@()[],:=^ \'"#;\n\t!<>&|%~{}\\'.split(''),
  '**',
  'np',
  'np.',
  'linalg',
  'array',
  'zeros',
  'eye',
  'inv',
  'det',
  'reshape',
  'T',
  'shape',
  'dot',
  'import',
  'numpy',
  'as',
  'lambda',
  'None',
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'eval',
  '1e400',
  '1e',
  '0x',
  '9999999999999999999',
  '2**64',
  '(((',
  ')))',
  '[[[',
  ']]]',
  '−',
  '×',
  'ᵀ',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((t) => t.join(''));
const unicodeNoise = fc.string({ unit: 'binary', maxLength: 24 });
const asciiNoise = fc.string({ unit: 'binary-ascii', maxLength: 40 });

/** Truncations, splices, deletions and duplications of valid cells. */
const mutated = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.constantFrom(...VALID),
    fc.nat(),
    fc.nat(),
    fc.nat(),
    fc.constantFrom('truncate', 'splice', 'delete', 'duplicate', 'swap'),
  )
  .map(([a, b, i, j, k, how]) => {
    const p = i % (a.length + 1);
    const q = j % (a.length + 1);
    const [lo, hi] = p < q ? [p, q] : [q, p];
    switch (how) {
      case 'truncate':
        return a.slice(0, p);
      case 'splice':
        return a.slice(0, p) + b.slice(k % (b.length + 1)) + a.slice(q);
      case 'delete':
        return a.slice(0, lo) + a.slice(hi);
      case 'duplicate':
        return a.slice(0, hi) + a.slice(lo);
      default:
        return a.slice(hi) + a.slice(0, lo);
    }
  });

const deepBrackets = fc
  .tuple(
    fc.nat({ max: 200 }),
    fc.nat({ max: 200 }),
    fc.constantFrom('1', '-A', 'np.eye(2', '', ',', 'A)(x', ':'),
    fc.constantFrom('(', '[', '((-', 'A['),
  )
  .map(([a, b, core, open]) => open.repeat(a) + core + ')'.repeat(b));

const big = fc.oneof(
  fc.constantFrom(
    '9'.repeat(500),
    '9'.repeat(5000),
    '0.' + '0'.repeat(490) + '1',
    'A' + ' @ A'.repeat(124),
    '-'.repeat(499) + '1',
    '2**'.repeat(166) + '2',
    '['.repeat(250) + ']'.repeat(250),
    'np.ones((64, 64)) @ np.ones((64, 64)) @ np.ones((64, 64))',
    'np.ones((64, 64)) ' + '+ np.ones((64, 64)) '.repeat(20),
    '[' + Array.from({ length: 64 }, () => '[' + Array(64).fill('1').join(',') + ']').join(',') + ']',
  ),
  fc.string({ unit: fc.constantFrom(...'Av+-*/@()[]2 ,:.T'.split('')), minLength: 400, maxLength: 600 }),
);

describe('no text breaks a cell', () => {
  const run = (name: string, arb: fc.Arbitrary<string>, numRuns: number, seed: number) =>
    it(`${name}: ${numRuns.toLocaleString('en')} cells`, () => {
      fc.assert(
        fc.property(arb, (text) => checkCell(text)),
        { numRuns, seed },
      );
    });
  run('tokens of the grammar and of attacks', tokenSoup, 12_000, 1);
  run('random unicode', unicodeNoise, 4_000, 2);
  run('random ascii', asciiNoise, 4_000, 3);
  run('truncated, spliced and shuffled valid cells', mutated, 12_000, 4);
  run('deep and unbalanced brackets', deepBrackets, 1_000, 5);
  run('huge numbers, long chains, 64×64 literals, 500-character cells', big, 300, 6);
});

describe('no notebook breaks runNotebook', () => {
  it('2,000 notebooks of up to 12 valid, mutated or random cells', () => {
    const cell = fc.oneof(fc.constantFrom(...VALID), mutated, tokenSoup);
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        const results = runNotebook(cells);
        expect(results).toHaveLength(cells.length);
        results.forEach((r, i) => wellFormed(r, cells[i]));
        checked += cells.length;
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });
});

afterAll(() => {
  console.log(`notebook property tests: ${checked.toLocaleString('en')} cells, slowest parse ${slowest.toFixed(1)} ms of CPU`);
  expect(checked).toBeGreaterThanOrEqual(40_000);
});

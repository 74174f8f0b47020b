// Property tests: no text can break the engine. Over 100,000 strings in all,
// random and mutated; for each, nothing throws, a failure's span lies inside
// the text, and one parse + compile takes at most 50 ms. Seeds are fixed so a
// failure reproduces; most strings are short to keep the run to seconds.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { engine } from './test/engine';
import { expectWellFormed } from './test/invariants';

const BUDGET_MS = 50;
let checked = 0;
let slowest = 0;

/** CPU milliseconds this process has used: unlike wall time, it does not count
 * the time other processes on a shared 2-core machine hold the CPU. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs one compilation and checks its cost against the budget. A GC pause can
 * still land on any call; the best of three attempts measures the input's own
 * cost, which is what the budget is about.
 */
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

function checkScalar(text: string): void {
  const r = timed(() => engine.compileExpression(text));
  expectWellFormed(r, text.length);
  checked++;
}

const VALID = [
  '2x',
  'x^2',
  '(1-x)^2 + 100(y-x^2)^2',
  'sin(x*y) + exp(-(x^2+y^2))',
  'x(1 - x) + 3(y + 1)',
  '2pi x - e^y',
  'atan2(y, x) + min(x, y, 2) - max(x, 1)',
  'mod(x, 3) + 2 mod(y, 2) + x mod 5',
  'sqrt(abs(x)) + ln(y^2 + 1) + log(x, 2)',
  'sign(x) floor(y) + ceil(x/2)',
  'tanh(x) + sinh(y)/cosh(x) - tan(x) asin(y/4) acos(x/4) atan(x y)',
  'x² + y²·π − 1',
  '-x^-2^3',
  '((x + y) * (x - y)) / (1 + x^2)',
  '(2x, x^2)',
  '[sin(x), cos(y)]',
  '(-y, x)',
  '1e3 x + .5y - 2.',
];

const TOKENS = [
  ...'xyzt0123456789.+-*/^(),[] eπ²·−=\'"!;#{}\\%<>&|?:~@$_\n\t'.split(''),
  'sin',
  'cos',
  'exp',
  'ln',
  'log',
  'sqrt',
  'atan2',
  'mod',
  'min',
  'max',
  'pi',
  'abs',
  'sign',
  'floor',
  'constructor',
  '__proto__',
  'import',
  'evaluate',
  'createUnit',
  'Infinity',
  'NaN',
  'true',
  'to',
  'cm',
  'x.y',
  '1e',
  '0x',
  '9^9^9^9',
  '(((',
  ')))',
  '  ',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((t) => t.join(''));
const unicodeNoise = fc.string({ unit: 'binary', maxLength: 24 });
const asciiNoise = fc.string({ unit: 'binary-ascii', maxLength: 40 });

/** Truncations, splices, deletions and duplications of valid expressions. */
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
  .tuple(fc.nat({ max: 200 }), fc.nat({ max: 200 }), fc.constantFrom('x', '-x', 'sin(x', '', ',', 'x)(y'), fc.constantFrom('(', '[', '((-'))
  .map(([a, b, core, open]) => open.repeat(a) + core + ')'.repeat(b));

const big = fc.oneof(
  fc.constantFrom(
    '9^9^9^9',
    '9^9^9^9^9^9^9^9^9',
    '9'.repeat(5000),
    '9'.repeat(999),
    '0.' + '0'.repeat(990) + '1',
    'x'.repeat(1000),
    '('.repeat(500) + 'x' + ')'.repeat(500),
    '-'.repeat(999) + 'x',
    'x^'.repeat(499) + 'x',
    'sin('.repeat(64) + 'x' + ')'.repeat(64),
    Array.from({ length: 140 }, () => 'x*y').join('+'),
    '1/'.repeat(499) + 'x',
    'x'.repeat(1001),
  ),
  fc.string({ unit: fc.constantFrom(...'xy+-*/^()2 sin'.split('')), minLength: 900, maxLength: 1100 }),
);

describe('no text breaks compileExpression', () => {
  const run = (name: string, arb: fc.Arbitrary<string>, numRuns: number, seed: number) =>
    it(`${name}: ${numRuns.toLocaleString('en')} strings`, () => {
      fc.assert(
        fc.property(arb, (text) => checkScalar(text)),
        { numRuns, seed },
      );
    });
  run('tokens of the grammar and of attacks', tokenSoup, 40_000, 1);
  run('random unicode', unicodeNoise, 15_000, 2);
  run('random ascii', asciiNoise, 15_000, 3);
  run('truncated, spliced and shuffled valid expressions', mutated, 25_000, 4);
  run('deep and unbalanced brackets', deepBrackets, 2_000, 5);
  run('huge exponents, 5,000 digits, 1,000-character texts', big, 500, 6);
});

describe('no text breaks fields and gradients', () => {
  it('mutated texts as (P, Q), as two texts, and as a loss: 5,000 each', () => {
    fc.assert(
      fc.property(mutated, tokenSoup, (a, b) => {
        const tuple = `(${a}, ${b})`;
        expectWellFormed(
          timed(() => engine.compileField(tuple)),
          tuple.length,
        );
        const pair = timed(() => engine.compileField([a, b]));
        expectWellFormed(pair, pair.ok ? 0 : (pair.part === 1 ? b : a).length);
        expectWellFormed(
          timed(() => engine.compileGradient(a)),
          a.length,
        );
        checked += 3;
      }),
      { numRuns: 5_000, seed: 7 },
    );
  });
});

/** A valid expression with its meaning written independently as a JS function. */
type Sample = { text: string; f: (x: number, y: number) => number };
const { sample } = fc.letrec<{ sample: Sample }>((tie) => ({
  sample: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<Sample>(
      { text: 'x', f: (x) => x },
      { text: 'y', f: (_, y) => y },
      { text: 'pi', f: () => Math.PI },
      { text: 'e', f: () => Math.E },
    ),
    fc.integer({ min: 0, max: 20 }).map((n): Sample => ({ text: String(n), f: () => n })),
    fc.tuple(tie('sample'), fc.constantFrom('+', '-', '*', '/', '^'), tie('sample')).map(([a, op, b]): Sample => ({
      text: `(${a.text})${op}(${b.text})`,
      f: (x, y) => {
        const [u, v] = [a.f(x, y), b.f(x, y)];
        return op === '+' ? u + v : op === '-' ? u - v : op === '*' ? u * v : op === '/' ? u / v : Math.pow(u, v);
      },
    })),
    fc.tuple(fc.constantFrom('sin', 'cos', 'exp', 'sqrt', 'abs', 'atan', 'tanh', 'ln', 'floor'), tie('sample')).map(([fn, a]): Sample => ({
      text: `${fn}(${a.text})`,
      f: (x, y) => (Math as unknown as Record<string, (v: number) => number>)[fn === 'ln' ? 'log' : fn](a.f(x, y)),
    })),
    tie('sample').map((a): Sample => ({ text: `-(${a.text})`, f: (x, y) => -a.f(x, y) })),
  ),
}));

describe('valid expressions compile and mean what they say', () => {
  it('5,000 generated expressions', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), ({ text, f }, x, y) => {
        const r = timed(() => engine.compileExpression(text));
        checked++;
        if (text.length > 1000) return;
        if (!r.ok) throw new Error(`${text}: ${r.message}`);
        const [got, want] = [r.fn(x, y), f(x, y)];
        // Powers by multiplication and folded constants may differ in the last bits.
        if (Number.isFinite(want) && Math.abs(want) < 1e12) expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 5_000, seed: 8 },
    );
  });
});

afterAll(() => {
  console.log(`property tests: ${checked.toLocaleString('en')} strings, slowest parse+compile ${slowest.toFixed(1)} ms of CPU`);
  expect(checked).toBeGreaterThanOrEqual(100_000);
});

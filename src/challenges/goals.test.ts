import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParamReader } from '../lib/url/params';
import { loadEngine } from '../lib/math/expr/load';
import type { Engine } from '../lib/math/expr/engine';
import { findGoal } from './goals';
import { closenessOf, type GoalContext } from './goal';
import { decode as vectors } from '../scenes/vectors/url';
import { decode as transform } from '../scenes/transform/url';
import { decode as descent } from '../scenes/descent/url';
import { decode as field } from '../scenes/field/url';
import { decode as matrices } from '../scenes/matrices/url';
import { decode as pca } from '../scenes/pca/url';
import { decode as layer } from '../scenes/layer/url';
import { decodeChallenge } from './challenge';
import { SHIPPED_CHALLENGES, shippedQuery } from './shipped';
import { lossAndGradient, P } from '../lib/math/nn/network';
import { makeDataset } from '../lib/math/nn/datasets';
import { createStepper } from '../lib/math/optimizer-step';

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine();
});
const ctx = (): GoalContext => ({ engine });

/** Reads a goal's parameters from a link query, failing on any problem. */
function goal(id: string, query = '') {
  const kind = findGoal(id);
  if (!kind) throw new Error(`no goal ${id}`);
  const r = new ParamReader(query);
  const params = kind.read(r);
  expect(r.problems).toEqual([]);
  return { kind, params };
}

const decoders: Record<string, (q: string) => { value: unknown }> = { vectors, transform, descent, field, matrices, pca, layer };
/** The reading of goal `id` (with `params`) for scene state `state`, started from `start`. */
function measure(id: string, params: string, state: string, start = state) {
  const { kind, params: p } = goal(id, params);
  const dec = decoders[kind.scene];
  return kind.measure(dec(state).value, dec(start).value, p, ctx());
}

describe('the meter', () => {
  it('is full within the tolerance and falls on a log scale beyond it', () => {
    expect(closenessOf(0, 0.05)).toBe(1);
    expect(closenessOf(0.05, 0.05)).toBe(1);
    expect(closenessOf(0.0501, 0.05)).toBeLessThan(1);
    expect(closenessOf(0.5, 0.05)).toBeGreaterThan(closenessOf(5, 0.05));
    expect(closenessOf(50, 0.05)).toBe(0);
    expect(closenessOf(Infinity, 0.05)).toBe(0);
    expect(closenessOf(NaN, 0.05)).toBe(0);
  });
});

describe('vectors goals', () => {
  it('norm: ‖a‖ = 5 within the tolerance, not just outside it', () => {
    expect(measure('norm', 'target=5', 'a=3,4').reached).toBe(true);
    expect(measure('norm', 'target=5&tol=0.05', 'a=3,4.06').reached).toBe(true); // ‖a‖ = 5.036
    expect(measure('norm', 'target=5&tol=0.05', 'a=3,4.1').reached).toBe(false); // ‖a‖ = 5.08
    expect(measure('norm', 'of=b&target=5', 'a=3,4&b=1,1').reached).toBe(false);
    expect(measure('norm', 'target=5', 'a=3,4').why).toMatch(/√25 = 5/);
    // A negative component is bracketed before it is squared: (−4)² is 16, −4² would be −16.
    expect(measure('norm', 'target=5', 'a=3,-4').why).toContain('√(3² + (−4)²) = √25 = 5');
  });

  it('dot: a · b = 0 without moving a', () => {
    const r = measure('dot', 'keep=a', 'a=3,-2&b=2,3', 'a=3,-2&b=1,1');
    expect(r.reached).toBe(true);
    expect(r.why).toMatch(/perpendicular/);
    expect(r.why).toContain('a · b = 3·2 + (−2)·3 = 0');
    expect(measure('dot', 'keep=a&tol=0.05', 'a=3,-2&b=2,3.02', 'a=3,-2&b=1,1').reached).toBe(true); // −0.04
    expect(measure('dot', 'keep=a&tol=0.05', 'a=3,-2&b=2,3.03', 'a=3,-2&b=1,1').reached).toBe(false); // −0.06
    // Moving a breaks the rule even when a · b = 0.
    const moved = measure('dot', 'keep=a', 'a=1,0&b=0,1', 'a=3,-2&b=1,1');
    expect(moved.reached).toBe(false);
    expect(moved.broken).toMatch(/a has moved/);
  });

  it('sum: a + b lands on the point', () => {
    expect(measure('sum', 'at=4,1&keep=a', 'a=3,-2&b=1,3', 'a=3,-2&b=0,0').reached).toBe(true);
    expect(measure('sum', 'at=4,1&keep=a', 'a=3,-2&b=1,2.9', 'a=3,-2&b=0,0').reached).toBe(false);
  });
});

describe('transform goals', () => {
  it('det: squash the plane by moving ĵ only', () => {
    const start = 'm=2,1,1,2';
    expect(measure('det', 'keep=i', 'm=2,4,1,2', start).reached).toBe(true);
    expect(measure('det', 'keep=i&tol=0.05', 'm=2,4.02,1,2', start).reached).toBe(true); // det = −0.02
    expect(measure('det', 'keep=i&tol=0.05', 'm=2,4.1,1,2', start).reached).toBe(false); // det = −0.1
    const moved = measure('det', 'keep=i', 'm=1,1,1,1', start);
    expect(moved.reached).toBe(false);
    expect(moved.broken).toMatch(/î/);
    expect(measure('det', 'keep=i', 'm=2,4,1,2', start).why).toMatch(/no inverse/);
  });

  it('eigen: x along A x, by angle, and never the zero vector', () => {
    expect(measure('eigen', '', 'm=2,1,1,2&x=1,1').reached).toBe(true);
    expect(measure('eigen', '', 'm=2,1,1,2&x=-1,1').reached).toBe(true); // λ = 1
    expect(measure('eigen', '', 'm=2,1,1,2&x=1,1').why).toMatch(/λ = 3/);
    expect(measure('eigen', '', 'm=2,1,1,2&x=1,0').reached).toBe(false);
    // x = (1, 0.98): x and A x are about 0.38° apart; (1, 0.9) about 1.9°.
    expect(measure('eigen', 'tol=1', 'm=2,1,1,2&x=1,0.98').reached).toBe(true);
    expect(measure('eigen', 'tol=1', 'm=2,1,1,2&x=1,0.9').reached).toBe(false);
    expect(measure('eigen', '', 'm=2,1,1,2&x=0,0').reached).toBe(false);
    // A x = 0: the eigenvalue 0 counts.
    expect(measure('eigen', 'keep=none', 'm=1,1,1,1&x=1,-1').reached).toBe(true);
  });

  it('solve: ‖A x − b‖ within the tolerance, A kept', () => {
    expect(measure('solve', 'b=4,5', 'm=2,1,1,2&x=1,2', 'm=2,1,1,2&x=0,0').reached).toBe(true);
    expect(measure('solve', 'b=4,5', 'm=2,1,1,2&x=1,2', 'm=2,1,1,2&x=0,0').why).toMatch(/A⁻¹ b = \(1, 2\)/);
    expect(measure('solve', 'b=4,5&tol=0.05', 'm=2,1,1,2&x=1.02,2', 'm=2,1,1,2&x=0,0').reached).toBe(true); // 0.045
    expect(measure('solve', 'b=4,5&tol=0.05', 'm=2,1,1,2&x=1.03,2', 'm=2,1,1,2&x=0,0').reached).toBe(false); // 0.067
    expect(measure('solve', 'b=4,5', 'm=4,0,0,5&x=1,1', 'm=2,1,1,2&x=0,0').broken).toBeTruthy();
  });

  it('matrix: every entry within the tolerance', () => {
    expect(measure('matrix', 'm=0,-1,1,0', 'm=0,-1,1,0').reached).toBe(true);
    expect(measure('matrix', 'm=0,-1,1,0', 'm=0.04,-1,1,0').reached).toBe(true);
    expect(measure('matrix', 'm=0,-1,1,0', 'm=0.06,-1,1,0').reached).toBe(false);
  });
});

describe('descent goals', () => {
  const bowl = (lr: number) => `f=x^2%2B3y^2&start=2,1.5&lr=${lr}&opt=gd`;
  it('converge: under 20 steps only for learning rates in a window', () => {
    // GD on x² + 3y² from (2, 1.5): the slow rate is max(|1 − 2η|, |1 − 6η|); ‖∇f‖ ≤ 1e-3 before step 20 needs η in about [0.19, 0.27].
    expect(measure('converge', 'under=20', bowl(0.25)).reached).toBe(true);
    expect(measure('converge', 'under=20', bowl(0.01)).reached).toBe(false);
    expect(measure('converge', 'under=20', bowl(0.01)).text).toMatch(/after \d+ steps/);
    expect(measure('converge', 'under=20', bowl(0.15)).reached).toBe(false);
    expect(measure('converge', 'under=20', bowl(0.3)).reached).toBe(false);
    expect(measure('converge', 'under=20', bowl(0.4)).text).toMatch(/diverges/);
  });

  it('converge counts steps exactly at the edge', () => {
    // f = x², lr 0.5 lands on the minimum in one step: settled after 1 step, so "under 2" holds and "under 1" does not.
    expect(measure('converge', 'under=2', 'f=x^2&start=2,0&lr=0.5&opt=gd').reached).toBe(true);
    expect(measure('converge', 'under=1', 'f=x^2&start=2,0&lr=0.5&opt=gd').reached).toBe(false);
  });

  it('diverge: only past the stable learning rate', () => {
    expect(measure('diverge', '', 'f=x^2%2By^2&start=2,1.5&lr=1.05').reached).toBe(true);
    expect(measure('diverge', '', 'f=x^2%2By^2&start=2,1.5&lr=0.95').reached).toBe(false);
  });

  it('reach: Adam from a start in the other basin ends in the other Himmelblau minimum', () => {
    const f = 'f=(x^2%2By-11)^2%2B(x%2By^2-7)^2&lr=0.05&opt=adam';
    const p = 'opt=adam&at=-2.805,3.131&steps=500';
    expect(measure('reach', p, `${f}&start=0,0`).reached).toBe(false);
    const r = measure('reach', p, `${f}&start=-2,2`);
    expect(r.reached).toBe(true);
    expect(r.why).toMatch(/basin/);
  });

  it('waits for the engine, and says when the loss does not read', () => {
    const { kind, params } = goal('converge');
    const s = descent('f=x^2').value;
    expect(kind.measure(s, s, params, { engine: null }).text).toMatch(/Loading/);
    const bad = descent('f=x^2%2B').value;
    expect(kind.measure({ ...bad, f: 'x^2+' }, bad, params, ctx()).text).toMatch(/does not read/);
  });
});

describe('field goal', () => {
  it('zero divergence: a rotation yes, a source no, the zero field no', () => {
    expect(measure('zero', 'of=div', 'F=(-y, x)').reached).toBe(true);
    expect(measure('zero', 'of=div', 'F=(y^2, x^3)').reached).toBe(true);
    const source = measure('zero', 'of=div', 'F=(x, y)');
    expect(source.reached).toBe(false);
    expect(source.text).toMatch(/div F = 2/);
    expect(measure('zero', 'of=div', 'F=(0, 0)').reached).toBe(false);
    // The vortex is undefined at the origin only; everywhere else its divergence is 0.
    expect(measure('zero', 'of=div', 'F=(-y/(x^2%2By^2), x/(x^2%2By^2))').reached).toBe(true);
    expect(measure('zero', 'of=curl', 'F=(x, y)').reached).toBe(true);
    expect(measure('zero', 'of=curl', 'F=(-y, x)').reached).toBe(false);
  });
});

describe('matrices goals', () => {
  const nb = (...cells: string[]) => `code=${encodeURIComponent(cells.join('\n'))}`;
  const A = 'A = np.array([[1, 2], [3, 4]])';
  it('value: the lesson’s A @ x = [[17], [39]]', () => {
    const start = nb(A, 'x = np.array([[1], [1]])', 'A @ x');
    expect(measure('value', 'value=[[17],[39]]&keep=1,3', start).reached).toBe(false);
    const r = measure('value', 'value=[[17],[39]]&keep=1,3', nb(A, 'x = np.array([[5], [6]])', 'A @ x'), start);
    expect(r.reached).toBe(true);
    expect(r.why).toMatch(/row of the left matrix dotted with a column/);
    // A 1-D [17, 39] is not the column asked for.
    expect(measure('value', 'value=[[17],[39]]', nb(A, 'x = np.array([5, 6])', 'A @ x')).text).toMatch(/shape \(2,\)/);
    // Changing the product cell itself is against the rules.
    expect(measure('value', 'value=[[17],[39]]&keep=1,3', nb(A, 'x = 0', 'np.array([[17], [39]])'), start).broken).toMatch(/cell 3/);
  });

  it('value within a relative tolerance: the inverse’s round-off passes, a wrong entry does not', () => {
    const inv = nb('A = np.array([[2, 1], [1, 1]])', 'B = np.linalg.inv(A)', 'A @ B');
    expect(measure('value', 'value=[[1,0],[0,1]]&tol=1e-12', inv).reached).toBe(true);
    expect(measure('value', 'value=[[1,0],[0,1]]&tol=1e-12', nb('A = np.array([[2, 1], [1, 1]])', 'B = np.eye(2)', 'A @ B')).reached).toBe(false);
  });

  it('shape: a 3 × 4 result made by broadcasting', () => {
    const r = measure('shape', 'shape=3,4', nb('a = np.ones((3, 1))', 'b = np.array([1, 2, 3, 4])', 'a + b'));
    expect(r.reached).toBe(true);
    expect(r.why).toMatch(/\(3, 1\) and \(4,\)/);
    expect(measure('shape', 'shape=3,4', nb('a = np.ones((3, 1))', 'b = np.array([1, 2, 3])', 'a + b')).text).toMatch(/shape \(3, 3\)/);
    // Already 3 × 4, nothing stretched: not a broadcast.
    expect(measure('shape', 'shape=3,4', nb('a = np.ones((3, 4))', 'a + a')).reached).toBe(false);
    expect(measure('shape', 'shape=3,4&broadcast=0', nb('a = np.ones((3, 4))', 'a + a')).reached).toBe(true);
    expect(measure('shape', 'shape=3,4', nb('a = np.ones((3, 1))', 'b = np.array([1, 2])', 'a + b @')).text).toMatch(/does not run/);
  });
});

describe('pca and layer goals', () => {
  it('variance: the candidate axis captures the share asked for, and no more than PC1 can', () => {
    const q = (angle: number) => `preset=line&n=80&angle=${angle}`;
    const best = pca(q(0)).value;
    expect(best.points.length).toBe(80);
    expect(measure('variance', 'share=0.9', q(90)).reached).toBe(false);
    // Sweep the angle: reached exactly on an arc around PC1.
    const hits = Array.from({ length: 180 }, (_, a) => measure('variance', 'share=0.9', q(a)).reached);
    expect(hits.some(Boolean)).toBe(true);
    expect(hits.every(Boolean)).toBe(false);
    expect(measure('variance', 'share=0.999999', q(0)).text).toMatch(/even PC1 captures only/);
  });

  it('separate: the seeded, untrained network does not; accuracy is read from the state', () => {
    const start = 'W=1.2,-0.9,0.7,1.1&b=0.3,-0.4&act=tanh&data=moons';
    const r = measure('separate', 'accuracy=0.95', start);
    expect(r.reached).toBe(false);
    expect(r.text).toMatch(/of 200 points classified correctly/);
    expect(measure('separate', 'accuracy=0.5', start).closeness).toBeGreaterThan(0);
  });
});

describe('parameters are read like any link value', () => {
  it('a bad tolerance falls back with a message', () => {
    const r = new ParamReader('tol=abc');
    const p = findGoal('det')!.read(r) as { tol: number };
    expect(p.tol).toBe(0.05);
    expect(r.problems[0].key).toBe('tol');
  });
  it('a bad target array says so and the goal cannot be reached', () => {
    const r = new ParamReader('value=[[1,2],[3]]');
    const p = findGoal('value')!.read(r);
    expect(r.problems[0].message).toMatch(/not an array/);
    const s = matrices('code=A').value;
    expect(findGoal('value')!.measure(s, s, p, ctx()).reached).toBe(false);
  });
});

describe('every shipped challenge', () => {
  const nb = (...cells: string[]) => `code=${encodeURIComponent(cells.join('\n'))}`;
  /** A known answer to each: the state a learner would reach (the scene's query). */
  const answers: Record<string, string> = {
    'length-five': 'a=3,4&b=-2,3',
    'walk-to': 'a=3,-2&b=1,3',
    perpendicular: 'a=3,-2&b=2,3',
    'matmul-17-39': nb('A = np.array([[1, 2], [3, 4]])', 'x = np.array([[5], [6]])', 'A @ x'),
    transpose: nb('A = np.array([[1, 2, 3], [4, 5, 6]])', 'A.T'),
    'undo-a': nb('A = np.array([[2, 1], [1, 1]])', 'B = np.linalg.inv(A)', 'A @ B'),
    'broadcast-3x4': nb('a = np.ones((3, 1))', 'b = np.array([1, 2, 3, 4])', 'a + b'),
    squash: 'm=2,4,1,2',
    eigenvector: 'm=2,1,1,2&x=1,1',
    solve: 'm=2,1,1,2&x=1,2',
    rotate: 'm=0,-1,1,0',
    'no-sources': 'F=(-y, x)',
    diverge: 'f=x^2%2By^2&start=2,1.5&lr=1.1&opt=gd',
    'converge-fast': 'f=x^2%2B3y^2&start=2,1.5&lr=0.25&opt=gd',
    himmelblau: 'f=(x^2%2By-11)^2%2B(x%2By^2-7)^2&start=-2,2&lr=0.05&opt=adam',
  };

  it.each(SHIPPED_CHALLENGES.map((c) => [c.id, c] as const))('%s: open at its start, solved by a known answer', (id, c) => {
    const ch = decodeChallenge(shippedQuery(c)).challenge!;
    const dec = decoders[ch.scene];
    const start = dec(ch.state).value;
    expect(ch.goal.measure(start, start, ch.params, ctx()).reached).toBe(false);
    if (id === 'capture-90') {
      // Turning u: some angle does it.
      const s = start as { angle: number };
      expect(Array.from({ length: 180 }, (_, a) => ch.goal.measure({ ...s, angle: a }, start, ch.params, ctx()).reached).some(Boolean)).toBe(true);
    } else if (id === 'moons') {
      // Training as the scene's Train button does (its optimizer, rate and data), within its 3,000 steps.
      const s = start as import('../scenes/layer/state.svelte').LayerSnapshot;
      const p = new Float64Array(P.size);
      p.set([s.w[0][0], s.w[0][1], s.w[1][0], s.w[1][1], s.b[0], s.b[1], ...s.net]);
      const { xy, label } = makeDataset(s.data, s.seed);
      const stepper = createStepper(P.size, { optimizer: s.opt, lr: s.lr });
      const grad = new Float64Array(P.size);
      let solved = false;
      for (let k = 0; k < 3000 && !solved; k++) {
        lossAndGradient(p, s.act, xy, label, grad);
        stepper.step(p, grad);
        if (k % 50 === 0) {
          const trained = {
            ...s,
            w: [
              [p[0], p[1]],
              [p[2], p[3]],
            ],
            b: [p[4], p[5]],
            net: Array.from(p.subarray(6)),
          };
          solved = ch.goal.measure(trained, start, ch.params, ctx()).reached;
        }
      }
      expect(solved).toBe(true);
    } else {
      expect(answers[id], `an answer for ${id}`).toBeDefined();
      const r = ch.goal.measure(dec(answers[id]).value, start, ch.params, ctx());
      expect(r.broken).toBeUndefined();
      expect(r.reached).toBe(true);
      expect(r.why.length).toBeGreaterThan(20);
    }
  });
});

describe('any challenge link', () => {
  it('reads and measures without throwing, whatever its keys and values', () => {
    const keys = [
      'goal',
      'in',
      'title',
      'hint',
      'of',
      'target',
      'tol',
      'keep',
      'at',
      'b',
      'm',
      'value',
      'cell',
      'shape',
      'broadcast',
      'opt',
      'under',
      'steps',
      'share',
      'accuracy',
    ];
    const goalIds = [
      'norm',
      'dot',
      'sum',
      'value',
      'shape',
      'det',
      'eigen',
      'solve',
      'matrix',
      'converge',
      'diverge',
      'reach',
      'zero',
      'variance',
      'separate',
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('1', '-1', '0', 'NaN', '1e400', '3,4', 'a,b', 'i,j', 'none', '[[1],[2]]', '%E0', ''),
      fc.double().map(String),
    );
    const pair = fc.tuple(fc.constantFrom(...keys), value).map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.constantFrom(...goalIds), fc.array(pair, { maxLength: 6 }), (goal, pairs) => {
        const { challenge } = decodeChallenge([`goal=${goal}`, ...pairs].join('&'));
        if (!challenge) return;
        const dec = decoders[challenge.scene];
        const s = dec(challenge.state).value;
        const r = challenge.goal.measure(s, s, challenge.params, ctx());
        expect(r.closeness).toBeGreaterThanOrEqual(0);
        expect(r.closeness).toBeLessThanOrEqual(1);
        expect(typeof r.text).toBe('string');
      }),
      { numRuns: 400 },
    );
  });
});

// The interpreter: values and provenance of the scene's examples, the errors
// a learner meets with their hints, the order of cells, the limits and the
// speed the UI needs (it re-runs every cell on each keystroke).
// NumPy's own values and texts are checked in notebook.fixtures.test.ts.
import { describe, expect, it } from 'vitest';
import { reprValue, runNotebook, type CellResult, type NotebookError, type NotebookValue } from './index';

const SETUP = ['import numpy as np', 'A = np.array([[1, 2], [3, 4]])', 'x = np.array([[5], [6]])', 'v = np.array([5, 6])'];

/** The result of the last cell after SETUP. */
function run(text: string, setup = SETUP): CellResult {
  return runNotebook([...setup, text]).at(-1) as CellResult;
}

function ok(text: string, setup = SETUP): Extract<CellResult, { ok: true }> {
  const r = run(text, setup);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r;
}

function err(text: string, setup = SETUP): NotebookError {
  const r = run(text, setup);
  if (r.ok) throw new Error(`${text} gave ${reprValue(r.value)}`);
  return r.error;
}

const shown = (text: string): string => reprValue(ok(text).value);
const underlined = (text: string): string => {
  const { span } = err(text);
  return text.slice(span.start, span.end);
};

describe('the scene examples', () => {
  it('A @ x is the matrix product [[17], [39]], made by @ from A and x', () => {
    const r = ok('A @ x');
    expect(reprValue(r.value)).toBe('array([[17],\n       [39]])');
    expect(r.provenance).toMatchObject({
      op: 'matmul',
      via: '@',
      left: { name: 'A', span: { start: 0, end: 1 } },
      right: { name: 'x', span: { start: 4, end: 5 } },
    });
  });
  it('np.dot, np.matmul and .dot are matrix products too', () => {
    expect(ok('np.dot(A, x)').provenance).toMatchObject({ op: 'matmul', via: 'np.dot', left: { name: 'A' }, right: { name: 'x' } });
    expect(ok('np.matmul(A, x)').provenance).toMatchObject({ op: 'matmul', via: 'np.matmul' });
    expect(ok('A.dot(x)').provenance).toMatchObject({ op: 'matmul', via: '.dot', left: { name: 'A' }, right: { name: 'x' } });
  });
  it('* + - / ** are elementwise, with the broadcast shape', () => {
    const r = ok('A + v');
    expect(r.provenance).toMatchObject({ op: 'elementwise', operator: '+', shape: [2, 2], left: { name: 'A' }, right: { name: 'v' } });
    expect(ok('2 * A').provenance).toMatchObject({
      op: 'elementwise',
      operator: '*',
      left: { name: null, value: { kind: 'scalar', value: 2, type: 'int' } },
    });
    expect(shown('A / 3')).toBe('array([[0.33333333, 0.66666667],\n       [1.        , 1.33333333]])');
  });
  it('A.T and np.transpose are transposes; inv is inv', () => {
    expect(ok('A.T').provenance).toMatchObject({ op: 'transpose', input: { name: 'A' } });
    expect(ok('np.transpose(A)').provenance).toMatchObject({ op: 'transpose', input: { name: 'A' } });
    expect(ok('A.transpose()').provenance).toMatchObject({ op: 'transpose', input: { name: 'A' } });
    expect(ok('np.linalg.inv(A)').provenance).toMatchObject({ op: 'inv', input: { name: 'A' } });
  });
  it('keeps round-off honestly: A @ inv(A) is not exactly I', () => {
    expect(shown('A @ np.linalg.inv(A)')).toBe('array([[1.00000000e+00, 1.11022302e-16],\n       [0.00000000e+00, 1.00000000e+00]])');
    expect(shown('np.linalg.det(A)')).toBe('-2.0000000000000004');
  });
  it('indexing reports what it picked', () => {
    expect(ok('A[:, 1]').provenance).toMatchObject({
      op: 'call',
      name: 'index',
      args: [{ name: 'A' }],
      indices: [{ start: 0, stop: 2, step: 1 }, 1],
    });
    expect(ok('A[-1]').provenance).toMatchObject({ indices: [1, { start: 0, stop: 2, step: 1 }] });
    expect(ok('A[0, 1]').value).toEqual({ kind: 'scalar', value: 2, type: 'int64' });
  });
  it('names, literals, attributes and calls', () => {
    expect(ok('A').provenance).toEqual({ op: 'name', name: 'A' });
    expect(ok('[1, 2, 3]').provenance).toEqual({ op: 'literal' });
    expect(ok('A.shape')).toMatchObject({ value: { kind: 'tuple', items: [2, 2] }, provenance: { op: 'call', name: 'shape' } });
    expect(ok('v.reshape(1, 2)').provenance).toMatchObject({
      op: 'call',
      name: 'reshape',
      args: [{ name: 'v' }, { value: { value: 1 } }, { value: { value: 2 } }],
    });
    expect(ok('np.eye(2)').provenance).toMatchObject({ op: 'call', name: 'np.eye' });
    expect(ok('-A').provenance).toMatchObject({ op: 'call', name: 'unary -', args: [{ name: 'A' }] });
    expect(ok('[1] + [2]').provenance).toMatchObject({ op: 'call', name: 'list +' });
  });
  it('an assignment gives its name and value', () => {
    const r = ok('B = A @ x');
    expect(r.assigned).toBe('B');
    expect(r.provenance.op).toBe('matmul');
    expect(ok('B', [...SETUP, 'B = A @ x']).value).toEqual(r.value);
  });
  it('np is there without the import; blank cells and comments are fine', () => {
    expect(runNotebook(['np.eye(2)'])[0].ok).toBe(true);
    expect(runNotebook(['', '# a note', 'import numpy as np'])).toEqual([
      { ok: true, assigned: null, value: { kind: 'none' }, provenance: { op: 'literal' }, warnings: [] },
      { ok: true, assigned: null, value: { kind: 'none' }, provenance: { op: 'literal' }, warnings: [] },
      { ok: true, assigned: null, value: { kind: 'none' }, provenance: { op: 'literal' }, warnings: [] },
    ]);
  });
  it('Python numbers and NumPy scalars keep their types', () => {
    const types = (cells: string[]) =>
      runNotebook([...SETUP, ...cells])
        .slice(SETUP.length)
        .map((r) => (r.ok && r.value.kind === 'scalar' ? r.value.type : null));
    expect(types(['2', '2.0', '7 / 2', 'A[0, 0]', 'A[0, 0] / 2', 'np.linalg.det(A)', 'A.ndim', 'np.sum(A)'])).toEqual([
      'int',
      'float',
      'float',
      'int64',
      'float64',
      'float64',
      'int',
      'int64',
    ]);
  });
});

describe('errors carry NumPy’s words, the shapes and a hint', () => {
  it('a broadcast clash names the axis counted from the right', () => {
    const e = err('np.ones((2, 3)) + np.array([1, 2])');
    expect(e).toMatchObject({
      kind: 'shape',
      exception: 'ValueError',
      numpy: 'operands could not be broadcast together with shapes (2,3) (2,) ',
      shapes: [[2, 3], [2]],
      axis: -1,
      axes: [1, 0],
    });
    expect(e.span).toEqual({ start: 0, end: 34 });
  });
  it('a product whose inner sizes differ says them in good English: 1 column, 1 row', () => {
    expect(err('np.ones((2, 1)) @ np.ones((2, 1))').message).toBe('(2,1) @ (2,1): the left matrix has 1 column, but the right matrix has 2 rows');
    expect(err('np.ones((2, 3)) @ np.ones((1, 2))').message).toBe('(2,3) @ (1,2): the left matrix has 3 columns, but the right matrix has 1 row');
  });
  it('a clash carries both sides as NumPy saw them, and where each is, for its picture', () => {
    const text = 'A + np.array([1, 2, 3])';
    const e = err(text);
    expect(e.operands?.map((o) => [text.slice(o.span.start, o.span.end), o.value.kind === 'array' ? [...o.value.array.shape] : null])).toEqual([
      ['A', [2, 2]],
      ['np.array([1, 2, 3])', [3]],
    ]);
    const m = err('np.dot(A, np.ones(3))');
    expect(m.operands?.map((o) => (o.value.kind === 'array' ? [...o.value.array.data] : null))).toEqual([
      [1, 2, 3, 4],
      [1, 1, 1],
    ]);
    // A list is drawn as the array NumPy makes of it.
    expect(err('A @ [1, 2, 3]').operands?.[1].value).toMatchObject({ kind: 'array', dtype: 'int64' });
  });
  it('a matmul mismatch names the inner sizes', () => {
    expect(err('np.ones((3, 2)) @ np.ones((3, 2))')).toMatchObject({
      kind: 'shape',
      numpy:
        'matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)',
      shapes: [
        [3, 2],
        [3, 2],
      ],
      axis: 1,
      axes: [1, 0],
    });
  });
  it('singular matrices, unknown names, out-of-range indices and reshapes', () => {
    expect(err('np.linalg.inv(np.array([[1, 2], [2, 4]]))')).toMatchObject({ kind: 'linalg', numpy: 'Singular matrix', exception: 'LinAlgError' });
    expect(err('B + 1')).toMatchObject({ kind: 'name', numpy: "name 'B' is not defined", exception: 'NameError', span: { start: 0, end: 1 } });
    expect(err('A[5]')).toMatchObject({ kind: 'index', numpy: 'index 5 is out of bounds for axis 0 with size 2' });
    expect(underlined('A[0, 5]')).toBe('5');
    expect(err('np.arange(4).reshape(3)')).toMatchObject({ kind: 'value', numpy: 'cannot reshape array of size 4 into shape (3,)' });
  });
  it('hints for A.t, unknown np functions and np.array(1, 2)', () => {
    expect(err('A.t').hint).toBe('did you mean A.T?');
    expect(underlined('A.t')).toBe('t');
    expect(err('A.shap').hint).toBe('did you mean A.shape?');
    expect(err('np.zero(3)').hint).toBe('did you mean np.zeros?');
    const unknown = err('np.frobnicate(A)');
    expect(unknown.hint).toMatch(/^available: np\.array\(…\), np\.zeros\(…\).*np\.linalg\.inv/);
    expect(err('np.array(1, 2)')).toMatchObject({
      numpy: "Cannot interpret '2' as a data type",
      hint: 'wrap the numbers in brackets: np.array([1, 2])',
    });
    expect(err('np.zeros(2, 3)').hint).toBe('the shape is one tuple: np.zeros((2, 3))');
    expect(err('A(x)').hint).toBe('to multiply, write A @ x (matrix product) or A * x (elementwise)');
    // An attribute called as a method: the value is there without the brackets.
    expect(err('A.shape()')).toMatchObject({
      numpy: "'tuple' object is not callable",
      hint: 'leave out the brackets: A.shape is a value, not a function',
    });
    expect(err('np.zeros((2.5, 2))')).toMatchObject({ numpy: "'float' object cannot be interpreted as an integer", exception: 'TypeError' });
    expect(err('A.T()').hint).toBe('leave out the brackets: A.T is a value, not a function');
    expect(err('2(3)').hint).toBe('to multiply by a number, write 2 * 3');
    expect(err('numpy.eye(2)').hint).toMatch(/np\.array/);
    expect(err('len(A)').hint).toBe('use A.shape[0] for the number of rows');
    expect(err('print(A)').hint).toMatch(/a cell shows the value/);
    expect(err('np.linalg.inverse(A)').numpy).toBe("module 'numpy.linalg' has no attribute 'inverse'");
  });
  it('functions and NumPy itself are not values', () => {
    expect(err('np.zeros').message).toBe('np.zeros is a function: call it with brackets, np.zeros(…)');
    expect(err('f = A.reshape').message).toMatch(/A\.reshape is a function/);
    expect(err('np').message).toMatch(/NumPy itself/);
    expect(err('np = 3').message).toMatch(/np is NumPy here/);
  });
  it('arity', () => {
    expect(err('np.eye()').message).toBe('np.eye takes 1 to 3 arguments here, and was given 0');
    expect(err('A.transpose(1, 0)').message).toBe('.transpose takes 0 arguments here, and was given 2');
  });
});

describe('cells run top to bottom', () => {
  it('a name whose cell failed says which cell to fix', () => {
    const r = runNotebook(['A = np.eye(2)', 'B = A @ np.ones(3)', 'B + 1']);
    expect(r[1].ok).toBe(false);
    expect(r[2]).toMatchObject({
      ok: false,
      error: { kind: 'name', message: 'B is not defined: its cell (cell 2) has an error', numpy: "name 'B' is not defined" },
    });
  });
  it('even when that cell does not parse', () => {
    const r = runNotebook(['B = A @@ x', 'B']);
    expect(r[1]).toMatchObject({ ok: false, error: { message: 'B is not defined: its cell (cell 1) has an error' } });
  });
  it('a failed redefinition shadows the old value (Python would keep it, so no NumPy text)', () => {
    const r = runNotebook(['B = 1', 'B = nope', 'B']);
    expect(r[2].ok).toBe(false);
    expect(r[2].ok ? null : r[2].error.numpy).toBeUndefined();
    // Not "not defined", which is untrue: B waits for its new value.
    expect(r[2]).toMatchObject({
      error: {
        message: 'B is waiting for cell 2, which gives it a new value and has an error',
        hint: 'fix cell 2 first: until then this cell does not use the B from before',
      },
    });
  });
  it('a name used above its assignment says where it is assigned', () => {
    const r = runNotebook(['C + 1', 'C = 2']);
    expect(r[0]).toMatchObject({ ok: false, error: { message: 'C is not defined yet: cell 2, below this one, assigns it' } });
    expect(r[1].ok).toBe(true);
  });
  it('a later cell may redefine a name', () => {
    const r = runNotebook(['a = 1', 'a = a + 1', 'a * 10']);
    expect(r.map((c) => (c.ok ? reprValue(c.value) : c.error.message))).toEqual(['1', '2', '20']);
  });
});

describe('limits keep every input quick', () => {
  it('arrays are at most 64×64 and 2-D, checked before anything is allocated', () => {
    expect(err('np.zeros((65, 2))')).toMatchObject({ kind: 'limit', message: 'arrays here are at most 64×64; this one would have shape (65, 2)' });
    // A 1-D array is capped at 64 numbers, and said so in those words.
    expect(err('np.ones(4096)')).toMatchObject({ kind: 'limit', message: 'vectors here hold at most 64 numbers; this one would have shape (4096,)' });
    expect(err('np.zeros((10**9, 10**9))').kind).toBe('limit');
    expect(err('np.eye(100000)').kind).toBe('limit');
    expect(err('np.arange(10**15)').kind).toBe('limit');
    expect(err('np.ones((2, 2, 2))').message).toMatch(/at most 2 axes/);
    expect(err('[[[1]]]').message).toMatch(/at most 2 axes/);
    expect(err('[0] * 10**12').kind).toBe('limit');
    expect(ok('np.ones((64, 64)) @ np.ones((64, 64))').value.kind).toBe('array');
  });
  it('whole numbers stay exact or are refused', () => {
    expect(shown('3 ** 33')).toBe('5559060566555523');
    expect(err('2 ** 64').kind).toBe('limit');
    expect(err('A ** 60').kind).toBe('limit');
    expect(err('9007199254740993').kind).toBe('limit');
    expect(shown('2.0 ** 64')).toBe('1.8446744073709552e+19');
  });
  it('a notebook may do about 10 million multiply-adds, then says so', () => {
    const B = 'B = np.ones((64, 64))';
    const r = runNotebook([B, ...Array.from({ length: 45 }, () => 'B @ B')]);
    expect(r[37].ok).toBe(true);
    expect(r[45]).toMatchObject({ ok: false, error: { kind: 'limit', message: 'this notebook computes too much to re-run on every keystroke' } });
    const chain = runNotebook(['C = np.eye(64) * 3 + np.ones((64, 64)) / 7', 'np.linalg.inv('.repeat(28) + 'C' + ')'.repeat(28)]);
    expect(chain[1]).toMatchObject({ ok: false, error: { kind: 'limit' } });
  });
  it('at most 50 cells', () => {
    const r = runNotebook(Array.from({ length: 52 }, (_, i) => `a${i} = ${i}`));
    expect(r[49].ok).toBe(true);
    expect(r[50]).toMatchObject({ ok: false, error: { kind: 'limit' } });
  });
  it('a 20-cell notebook of small matrices runs through without an error (its speed: bench/matrices)', () => {
    const cells = [
      'import numpy as np',
      'A = np.array([[1, 2], [3, 4]])',
      'B = np.array([[5, 6], [7, 8]])',
      'x = np.array([[5], [6]])',
      'A @ x',
      'A * B',
      'b = np.array([10, 20])',
      'A + b',
      'C = np.linalg.inv(A)',
      'A @ C',
      'np.linalg.det(A)',
      'M = np.arange(16).reshape(4, 4) / 3',
      'M.T @ M',
      'M[:, 1]',
      'np.linalg.norm(M)',
      'np.eye(4) + M',
      'v = np.array([1.5, 2, 3, 4])',
      'M @ v',
      'np.linalg.solve(np.eye(4) * 2 + M, v)',
      'np.sum(M, 0)',
    ];
    // Its speed is measured by hand (bench/matrices), never timed here: a test must not fail on a busy machine.
    expect(runNotebook(cells).every((r) => r.ok)).toBe(true);
  });
});

describe('never throws', () => {
  it('on odd cells', () => {
    const odd = ['\u0000', '\uD800', 'constructor', '__proto__', 'A.__class__', 'A.constructor', 'toString()', 'np.__dict__', 'hasOwnProperty'];
    const r = runNotebook([...SETUP, ...odd]);
    expect(r.slice(SETUP.length).every((c) => !c.ok && !c.error.message.startsWith('internal error'))).toBe(true);
    expect(runNotebook([null as unknown as string, 3 as unknown as string])).toHaveLength(2);
  });
});

describe('values', () => {
  it('lists stay lists, with their items', () => {
    const v = ok('[v, v]').value as Extract<NotebookValue, { kind: 'array' }>;
    expect(v.list).toHaveLength(2);
    expect(v.array.shape).toEqual([2, 2]);
    expect(reprValue(v)).toBe('[array([5, 6]), array([5, 6])]');
  });
  it('RuntimeWarnings and our notes on trust', () => {
    expect(ok('A / 0').warnings).toEqual(['RuntimeWarning: divide by zero encountered in divide']);
    const w = ok('np.linalg.inv(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))').warnings;
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^This matrix is singular to machine precision \(condition number \d\.\de\+17\)/);
    expect(ok('np.linalg.inv(np.array([[1, 1], [1, 1 + 1e-14]]))').warnings[0]).toMatch(/^Nearly singular/);
  });
});

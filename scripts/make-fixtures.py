#!/usr/bin/python3
"""Write the NumPy fixtures that src/lib/math's tests compare against.

Run with Debian's NumPy:  /usr/bin/python3 scripts/make-fixtures.py
(or `npm run fixtures`). Output: src/lib/math/fixtures/*.json, committed.
Name some to write only those: `/usr/bin/python3 scripts/make-fixtures.py optimize`.

Deterministic: every random matrix comes from a seeded np.random.default_rng,
and the JSON is written with a fixed layout, so rerunning gives identical
files (check with `git diff --stat`).

JSON has no NaN or Infinity, so those are written as the strings "NaN",
"Infinity" and "-Infinity"; fixtures/fixtures.ts turns them back into numbers.

Eigenvectors and singular vectors are defined only up to sign (or complex
phase). `sign_fix` applies the same rule as src/lib/math/linalg/signs.ts so
the tests can compare entry by entry.

Where NumPy's own float64 answer is not the exact one (angles of nearly
parallel vectors, norms that overflow in NumPy), the reference is computed in
exact rational arithmetic (fractions) and a 60-digit decimal square root.
"""

import json
import math
import sys
from decimal import Decimal, getcontext
from fractions import Fraction
from pathlib import Path

import numpy as np

getcontext().prec = 60
EPS = np.finfo(float).eps
OUT = Path(__file__).resolve().parent.parent / "src" / "lib" / "math" / "fixtures"
TIE = 1e-8  # keep equal to TIE in src/lib/math/linalg/signs.ts


# ---------------------------------------------------------------- encoding

def enc(x):
    """Python/NumPy values to JSON-safe values (NaN and ±Infinity as strings)."""
    if isinstance(x, np.ndarray):
        return enc(x.tolist())
    if isinstance(x, (list, tuple)):
        return [enc(v) for v in x]
    if isinstance(x, dict):
        return {k: enc(v) for k, v in x.items()}
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        x = float(x)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        return x
    if isinstance(x, complex):
        return {"re": enc(x.real), "im": enc(x.imag)}
    return x


def write(name, data):
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(enc(data), indent=1, ensure_ascii=False) + "\n"
    (OUT / name).write_text(text)
    print(f"wrote {name} ({len(text) // 1024} KB)")


def error_of(f):
    """NumPy's exception type and message, or None if f() succeeds."""
    try:
        f()
    except Exception as e:  # noqa: BLE001 -- we record whatever NumPy raises
        return {"type": type(e).__name__, "message": str(e)}
    return None


# ---------------------------------------------------------------- sign rule

def pivot_index(mags):
    m = max(mags, default=0.0)
    for i, x in enumerate(mags):
        if x >= m * (1 - TIE):
            return i
    return 0


def sign_fix(v):
    """Real vector with its largest entry positive (first of near-ties)."""
    v = np.asarray(v, dtype=float)
    p = pivot_index(np.abs(v).tolist())
    return -v if v[p] < 0 else v


def phase_fix(v):
    """Complex vector scaled to unit length with its largest entry real and positive."""
    v = np.asarray(v, dtype=complex)
    v = v / np.linalg.norm(v)
    p = pivot_index(np.abs(v).tolist())
    return v * (np.conj(v[p]) / abs(v[p]))


def shape_str(s):
    return "(" + ",".join(map(str, s)) + ("," if len(s) == 1 else "") + ")"



# ---------------------------------------------------------------- arrays and broadcasting

# Every shape up to 2-D that exercises a broadcasting rule: scalar, empty,
# length 1 (stretches), equal sizes, unequal sizes (clash), missing axes.
SHAPES = [(), (0,), (1,), (2,), (3,), (1, 0), (2, 0), (1, 1), (1, 2), (1, 3),
          (2, 1), (3, 1), (2, 2), (2, 3), (3, 2)]
# Zeros of both signs so divide meets x/0, -x/0 and 0/0.
POOL = [0.0, -0.0, 1.0, -1.0, 2.0, -3.0, 0.5, -2.5, 7.0, 0.1, 1e300, -1e-300]


def sample(rng, shape):
    return np.array(rng.choice(POOL, size=shape), dtype=float)


def broadcast_fixtures():
    ra, rb = np.random.default_rng(1), np.random.default_rng(2)
    arrays = {shape_str(s): {"a": sample(ra, s), "b": sample(rb, s)} for s in SHAPES}
    extra = [((2, 1, 3), (4, 1)), ((1, 2, 1), (3, 1, 4)), ((2, 3, 4), (3, 1)),
             ((2, 3, 4), (2, 4)), ((2, 1, 3), (3, 2, 1, 1)), ((1, 1, 1), ())]
    for pair in extra:
        for s in pair:
            if shape_str(s) not in arrays:
                arrays[shape_str(s)] = {"a": sample(ra, s), "b": sample(rb, s)}
    pairs = []
    for sa, sb in [(x, y) for x in SHAPES for y in SHAPES] + extra:
        a, b = arrays[shape_str(sa)]["a"], arrays[shape_str(sb)]["b"]
        case = {"a": list(sa), "b": list(sb)}
        err = error_of(lambda: a + b)
        if err:
            case["error"] = err["message"]
        else:
            with np.errstate(all="ignore"):
                case.update(shape=list(np.broadcast_shapes(sa, sb)), add=np.add(a, b),
                            subtract=np.subtract(a, b), multiply=np.multiply(a, b),
                            divide=np.divide(a, b))
        pairs.append(case)
    many = []
    for shapes in [[(2, 3), (3,), (4, 1, 1), (5,)], [(1,), (3, 1), (1, 4)], [(2, 3), (2,)],
                   [(), (5,)], [(3, 1), (1, 3), (3, 3)], [(2, 1), (3, 1), (1, 4)], [], [(0,), (1,)],
                   [(2, 3), (3, 2)]]:
        err = error_of(lambda: np.broadcast_shapes(*shapes))
        many.append({"shapes": [list(s) for s in shapes],
                     **({"error": err["message"]} if err else {"shape": list(np.broadcast_shapes(*shapes))})})
    write("broadcast.json", {
        "source": "np.add/subtract/multiply/divide(a, b) with np.errstate(all='ignore'); np.broadcast_shapes",
        "arrays": arrays, "pairs": pairs, "broadcastShapes": many})


def array_fixtures():
    ragged = []
    for x in [[[1, 2], [3]], [1, [2, 3]], [[1, 2], 3], [[[1], [2]], [[3], [4, 5]]], [[], [1]]]:
        ragged.append({"input": x, "error": error_of(lambda: np.array(x, dtype=float))["message"]})
    rng = np.random.default_rng(3)
    transposes = []
    for s, axes in [((), None), ((3,), None), ((1, 3), None), ((2, 3), None), ((3, 1), None),
                    ((2, 3, 4), None), ((2, 3, 4), (1, 0, 2)), ((2, 3, 4), (-1, 0, 1)), ((0, 2), None)]:
        a = rng.integers(-9, 10, size=s).astype(float)
        transposes.append({"a": a, "shape": list(s), "axes": list(axes) if axes else None,
                           "result": np.transpose(a, axes)})
    eyes = [{"args": [n, m, k], "result": np.eye(n, m, k)} for n, m, k in
            [(3, 3, 0), (2, 4, 1), (4, 2, -1), (3, 3, 5), (0, 0, 0), (3, 2, -2)]]
    write("arrays.json", {"source": "np.array (ragged), np.transpose, np.eye",
                          "ragged": ragged, "transpose": transposes, "eye": eyes})


# ---------------------------------------------------------------- matmul, dot, outer

def products_fixtures():
    rng = np.random.default_rng(4)
    ok = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 4)), ((1, 3), (3, 1)),
          ((3, 1), (1, 3)), ((1,), (1,)), ((0,), (0,)), ((2, 0), (0, 3)), ((4, 4), (4, 4)),
          ((2, 2, 3), (3,)), ((3,), (2, 3, 2)), ((2, 2, 3), (3, 2)), ((2, 1, 2, 3), (3, 3, 2)),
          ((2, 2, 3), (2, 3, 2))]
    bad = [((3,), (2,)), ((2, 3), (2,)), ((2,), (3, 2)), ((2, 3), (2, 3)), ((), (3,)), ((3,), ()),
           ((3, 2), (3, 2)), ((2, 2, 3), (3, 3, 2))]
    cases = []
    for sa, sb in ok + bad:
        a, b = rng.standard_normal(sa), rng.standard_normal(sb)
        case = {"a": a, "b": b, "shapeA": list(sa), "shapeB": list(sb)}
        err = error_of(lambda: np.matmul(a, b))
        if err:
            case["error"] = err["message"]
        else:
            r = np.matmul(a, b)
            # |A||B| bounds the rounding of each sum: |fl(AB) - AB| <= k eps (|A||B|).
            case.update(result=r, shape=list(np.shape(r)), absBound=np.matmul(np.abs(a), np.abs(b)))
        cases.append(case)
    dots = []
    for sa, sb in [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 4)), ((), (2, 2)),
                   ((2, 2), ()), ((2, 2, 3), (3,)), ((2, 3), (2, 3, 4)), ((3,), (2,)), ((2, 3), (2,)),
                   ((2, 3), (2, 3)), ((2, 3), (4, 2, 2))]:
        a, b = rng.standard_normal(sa), rng.standard_normal(sb)
        case = {"a": a, "b": b, "shapeA": list(sa), "shapeB": list(sb)}
        err = error_of(lambda: np.dot(a, b))
        if err:
            case["error"] = err["message"]
        else:
            r = np.dot(a, b)
            case.update(result=r, shape=list(np.shape(r)), absBound=np.dot(np.abs(a), np.abs(b)))
        dots.append(case)
    outers = []
    for sa, sb in [((3,), (2,)), ((2, 2), (3,)), ((), (2,)), ((0,), (3,))]:
        a, b = rng.standard_normal(sa), rng.standard_normal(sb)
        outers.append({"a": a, "b": b, "shapeA": list(sa), "shapeB": list(sb), "result": np.outer(a, b)})
    write("products.json", {"source": "np.matmul, np.dot, np.outer on rng(4).standard_normal",
                            "matmul": cases, "dot": dots, "outer": outers})


# ---------------------------------------------------------------- det, inv, solve, rank, cond, norm

def hilbert(n):
    return np.array([[1.0 / (i + j + 1) for j in range(n)] for i in range(n)])


def with_singular_values(rng, s):
    """A random square matrix with the given singular values: Q1 diag(s) Q2ᵀ."""
    n = len(s)
    q1, _ = np.linalg.qr(rng.standard_normal((n, n)))
    q2, _ = np.linalg.qr(rng.standard_normal((n, n)))
    return q1 @ np.diag(s) @ q2.T


def square_matrices():
    rng = np.random.default_rng(5)
    return {
        "well-conditioned 2x2": np.array([[2.0, 1.0], [1.0, 3.0]]),
        "rotation and stretch 2x2": np.array([[3.0, -1.0], [2.0, 4.0]]),
        "random 3x3": rng.standard_normal((3, 3)),
        "random 5x5": rng.standard_normal((5, 5)),
        "1x1": np.array([[4.0]]),
        "swap permutation 2x2": np.array([[0.0, 1.0], [1.0, 0.0]]),
        "cyclic permutation 3x3": np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]),
        "1e-20 pivot 2x2": np.array([[1e-20, 1.0], [1.0, 1.0]]),
        "1e-20 pivot 3x3": np.array([[1e-20, 1.0, 2.0], [1.0, 1.0, 1.0], [2.0, 1.0, 3.0]]),
        "hilbert 4": hilbert(4),
        "hilbert 6": hilbert(6),
        "hilbert 8": hilbert(8),
        "cond 1e13 3x3": with_singular_values(rng, [1.0, 0.3, 1e-13]),
        "cond 1e13 2x2": np.array([[1.0, 2.0], [1.0, 2.0 + 2e-13]]),
        "hilbert 12 (numerically singular)": hilbert(12),
        "singular 2x2": np.array([[1.0, 2.0], [2.0, 4.0]]),
        "singular 3x3 1..9": np.arange(1.0, 10.0).reshape(3, 3),
        "rank 2 3x3": np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 1.0, 1.0]]),
        "zero 2x2": np.zeros((2, 2)),
    }


RATINGS = np.array([  # 4 users x 5 movies: Alien, Die Hard, Terminator, Notting Hill, Titanic
    [5.0, 4.0, 5.0, 1.0, 2.0],   # Ann likes action
    [4.0, 5.0, 4.0, 2.0, 1.0],   # Ben likes action
    [1.0, 2.0, 1.0, 5.0, 4.0],   # Cat likes romance
    [2.0, 1.0, 2.0, 4.0, 5.0],   # Dan likes romance
])


def rectangular_matrices():
    return {
        "ratings 4x5": RATINGS,
        "tall 3x2": np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]),
        "wide rank 1 2x3": np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]]),
        "tall rank 1 3x2": np.ones((3, 2)),
    }


NORM_ORDERS = [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]
COND_ORDERS = [None, 1, -1, 2, -2, np.inf, -np.inf, "fro"]


def order_key(p):
    return "default" if p is None else enc(p) if not isinstance(p, str) else p


def linalg_fixtures():
    rng = np.random.default_rng(6)
    square = []
    for name, a in square_matrices().items():
        n = a.shape[0]
        s = np.linalg.svd(a, compute_uv=False)
        case = {"name": name, "a": a, "det": np.linalg.det(a), "rank": np.linalg.matrix_rank(a),
                "singularValues": s, "norm": {}, "cond": {}}
        with np.errstate(all="ignore"):
            for p in NORM_ORDERS:
                case["norm"][order_key(p)] = np.linalg.norm(a, p)
            for p in COND_ORDERS:
                case["cond"][order_key(p)] = np.linalg.cond(a, p)
        b, B = rng.standard_normal(n), rng.standard_normal((n, 2))
        case.update(b=b, B=B)
        err = error_of(lambda: np.linalg.inv(a))
        case["numpyInvError"] = err["message"] if err else None
        if case["rank"] == n:
            case.update(inv=np.linalg.inv(a), solve=np.linalg.solve(a, b), solveMatrix=np.linalg.solve(a, B))
        square.append(case)
    rect = []
    for name, a in rectangular_matrices().items():
        case = {"name": name, "a": a, "rank": np.linalg.matrix_rank(a),
                "singularValues": np.linalg.svd(a, compute_uv=False), "norm": {},
                "cond": np.linalg.cond(a)}
        for p in NORM_ORDERS:
            case["norm"][order_key(p)] = np.linalg.norm(a, p)
        rect.append(case)
    errors = {
        "inv of 2x3": error_of(lambda: np.linalg.inv(np.ones((2, 3)))),
        "inv of 1-D": error_of(lambda: np.linalg.inv(np.ones(3))),
        "det of 2x3": error_of(lambda: np.linalg.det(np.ones((2, 3)))),
        "solve vector mismatch": error_of(lambda: np.linalg.solve(np.eye(2), np.ones(3))),
        "solve matrix mismatch": error_of(lambda: np.linalg.solve(np.eye(2), np.ones((3, 2)))),
        "inv singular": error_of(lambda: np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))),
        "norm fro of vector": error_of(lambda: np.linalg.norm(np.ones(3), "fro")),
        "norm 3 of matrix": error_of(lambda: np.linalg.norm(np.ones((2, 2)), 3)),
        "eig of nan": error_of(lambda: np.linalg.eig(np.array([[1.0, np.nan], [0.0, 1.0]]))),
    }
    write("linalg.json", {
        "source": "np.linalg.det/inv/solve/matrix_rank/cond/norm/svd(compute_uv=False); b, B from rng(6)",
        "square": square, "rectangular": rect, "errors": errors})


# ---------------------------------------------------------------- edges: empty, 0-d, 1x1, integer input

NUMPY = np.lib.NumpyVersion(np.__version__)


def norm_np23(x, p):
    """np.linalg.norm(x, p) as NumPy 2.3 and later compute it for 0-, 1- and 2-D x.

    NumPy 2.3 (commit 660e287f8e, "Fix linalg.norm to handle empty matrices
    correctly") starts the max reductions of ord 1, 2 and inf at 0, so an empty
    matrix or vector gives 0; the min reductions (ord -1, -2, -inf) still raise
    when they meet nothing. Debian's NumPy 1.24 raises for both kinds, so before
    2.3 the 2.3 code is restated here with NumPy's own reductions; every other
    ord is the same in both and goes to np.linalg.norm."""
    x = np.asarray(x, dtype=float)
    if NUMPY >= "2.3.0" or x.ndim not in (1, 2) or p is None:
        return np.linalg.norm(x, p)
    if x.ndim == 1:
        return np.abs(x).max(initial=0) if p == np.inf else np.linalg.norm(x, p)
    if p == 2:
        return np.amax(np.linalg.svd(x, compute_uv=False), initial=0)
    if p == 1:
        return np.abs(x).sum(axis=0).max(initial=0)
    if p == np.inf:
        return np.abs(x).sum(axis=1).max(initial=0)
    return np.linalg.norm(x, p)


def rank_np25(x):
    """np.linalg.matrix_rank as NumPy 2.5 and later: 0 for an empty matrix (commit
    c59095fba8, "Return rank 0 for empty matrices"), where 1.24 raises."""
    x = np.asarray(x, dtype=float)
    if NUMPY < "2.5.0" and x.ndim == 2 and x.size == 0:
        return 0
    return np.linalg.matrix_rank(x)


def edge_case(fn, f, *args, **extra):
    """One call: the arguments with their shapes (nested lists cannot spell (0, 2)),
    then NumPy's result or the exception it raises."""
    args = [np.asarray(a, dtype=float) for a in args]
    case = {"fn": fn, "args": [{"values": a, "shape": list(a.shape)} for a in args], **extra}
    err = error_of(lambda: f(*args))
    if err:
        case["error"] = err
    else:
        r = np.asarray(f(*args), dtype=float)
        case.update(result=r, shape=list(r.shape))
    return case


def edge_fixtures():
    z = np.zeros
    cases = []
    # NumPy's test_matrix_norm_empty and test_vector_norm_empty (numpy/linalg/tests/test_linalg.py),
    # for every ord; test_matrix_2x2's integer [[1, 3], [5, 7]]; a 1x1 and a 0-d array.
    for a in [z((0, 2)), z((2, 0)), z((0, 0)), [[-3]], [[1, 3], [5, 7]]]:
        for p in NORM_ORDERS:
            cases.append(edge_case("norm", lambda x: norm_np23(x, p), a, ord=p))
    for p in NORM_ORDERS + [0, 3, 0.5]:
        cases.append(edge_case("norm", lambda x: norm_np23(x, p), z(0), ord=p))
    for p in [None, "fro", 1, 2, np.inf]:
        cases.append(edge_case("norm", lambda x: norm_np23(x, p), -3.0, ord=p))
    # np.linalg.cond raises on any empty input before it looks at p (_is_empty_2d).
    for a in [z((0, 0)), z((0, 2)), z((2, 0)), z(0), [[4]], [[0]], [[1, 2], [3, 4]]]:
        for p in [None, 1, "fro"]:
            cases.append(edge_case("cond", lambda x: np.linalg.cond(x, p), a, ord=p))
    # TestDet/TestInv/TestSolve.test_0_size; 1x1; integer input, which NumPy turns into float64.
    for a in [z((0, 0)), [[3]], [[1, 2], [3, 4]], [[0]]]:
        cases.append(edge_case("det", np.linalg.det, a))
        cases.append(edge_case("inv", np.linalg.inv, a))
    for a, b in [(z((0, 0)), z(0)), (z((0, 0)), z((0, 2))), ([[2]], [4]), ([[1, 2], [3, 4]], [5, 6])]:
        cases.append(edge_case("solve", np.linalg.solve, a, b))
    # test_empty_matrix_rank; 0-d and 1-D input count as a matrix with one row.
    for a in [z((0, 0)), z((0, 5)), z((5, 0)), 3.0, 0.0, [0, 0], [[5]]]:
        cases.append(edge_case("matrixRank", rank_np25, a))
    for a, b in [(z(0), z(0)), (z(0), z((0, 3))), (z((0, 2)), z((2, 0))), ([[2]], [[3]]), ([[1, 2], [3, 4]], [5, 6])]:
        cases.append(edge_case("matmul", np.matmul, a, b))
    # test_multiarray's TestMethods.test_transpose: the axes NumPy refuses, in its words.
    for a, axes in [([[1, 2], [3, 4]], None), (5.0, None), ([[1, 2, 3]], None), ([[1, 2, 3]], (0, 0)),
                    ([[1, 2, 3]], (0,)), ([[1, 2, 3]], (0, 2)), ([[1, 2, 3]], (0, -3)), ([[1, 2, 3]], (-1, -2))]:
        cases.append(edge_case("transpose", lambda x: np.transpose(x, axes), a,
                               axes=list(axes) if axes is not None else None))
    write("edges.json", {
        "source": f"NumPy {np.__version__}: norm as NumPy >= 2.3 (norm_np23), matrix_rank as >= 2.5 (rank_np25); "
                  "np.linalg.cond/det/inv/solve, np.matmul, np.transpose on empty, 0-d, 1x1 and integer input",
        "cases": cases})


# ---------------------------------------------------------------- eig, eigh

def eig_sorted(a):
    """np.linalg.eig, sorted as linalg/eig.ts sorts: real part descending, then
    |imaginary part| ascending, then a + bi before a - bi (pairs stay together)."""
    w, v = np.linalg.eig(a)
    order = sorted(range(len(w)), key=lambda i: (-w[i].real, abs(w[i].imag), -w[i].imag))
    return w[order], v[:, order]


def eig_fixtures():
    rng = np.random.default_rng(7)
    general = {
        "symmetric 2x2 [[2,1],[1,2]]": [[2.0, 1.0], [1.0, 2.0]],
        "real distinct 2x2": [[4.0, 1.0], [2.0, 3.0]],
        "real, one negative 2x2": [[1.0, 2.0], [3.0, -4.0]],
        "scalar 2x2 (every vector)": [[3.0, 0.0], [0.0, 3.0]],
        "shear, defective 2x2": [[1.0, 1.0], [0.0, 1.0]],
        "repeated, defective 2x2": [[2.0, 1.0], [-1.0, 0.0]],
        "rotation 90 degrees": [[0.0, -1.0], [1.0, 0.0]],
        "rotation and scale": [[1.0, -2.0], [2.0, 1.0]],
        "complex, not normal": [[0.0, -2.0], [1.0, 0.0]],
        "3x3 with a complex pair": [[1.0, 2.0, 0.0], [-3.0, 1.0, 1.0], [0.0, 0.0, 2.0]],
        "random 4x4": rng.standard_normal((4, 4)),
        "random 5x5": rng.standard_normal((5, 5)),
        # ml-matrix alone returns NaN eigenvectors here:
        "real eigenvalue between a pair": [[0.0, 0.0, -3.0], [0.0, 1e-97, 0.0], [3.0, 0.0, 0.0]],
        # ml-matrix's EigenvalueDecomposition never returns on this one (nilpotent):
        "nilpotent 5x5": [[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, -1.2348758425756515e-13, 0.0, 0.0008855929536625032],
                          [0.0, 0.0, 0.0, -1.055438695501338, 0.0], [-0.000001158871823323965, 0.0, 0.0, 0.0, 0.0],
                          [0.0, 0.0, 0.0, 0.0, 0.0]],
        "subnormal entries 3x3": [[-2.5987936401343767, 5.64435514863e-313, 1.152483033496333],
                                  [1.03428943764e-313, 4.955e-321, 67.39565180945337],
                                  [-1.05844e-319, 1.729899594648109, -6.775787805308709]],
    }
    cases = []
    for name, a in general.items():
        a = np.array(a, dtype=float)
        w, v = eig_sorted(a)
        # Condition of each eigenvalue (Wilkinson): with unit right vectors,
        # kappa_i is the length of row i of V^-1. Infinite for a defective matrix.
        cond_v = np.linalg.cond(v)
        kappa = np.linalg.norm(np.linalg.inv(v), axis=1) if cond_v < 1e12 else np.full(len(w), np.inf)
        vectors = [phase_fix(v[:, i]) for i in range(len(w))]
        cases.append({"name": name, "a": a, "values": [complex(x) for x in w],
                      "vectors": [[complex(x) for x in vec] for vec in vectors],
                      "kappa": kappa, "normA": np.linalg.norm(a, 2), "defective": bool(cond_v >= 1e12)})
    sym = {
        "2x2": [[2.0, 1.0], [1.0, 2.0]],
        "3x3 tridiagonal": [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]],
        "random symmetric 5x5": None,
        "repeated eigenvalue 3x3": [[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 5.0]],
        "upper triangle ignored": [[2.0, 99.0], [1.0, 2.0]],
        "covariance-like, tiny eigenvalue": [[1.0, 1.0 - 1e-9], [1.0 - 1e-9, 1.0]],
        "subnormal off-diagonal": [[2.0, 1e-320], [1e-320, 3.0]],
        "all subnormal": [[3.67752221004e-313, -2.19005517e-315], [-2.19005517e-315, 9.373e-320]],
    }
    hcases = []
    for name, a in sym.items():
        if a is None:
            m = rng.standard_normal((5, 5))
            a = (m + m.T) / 2
        a = np.array(a, dtype=float)
        w, v = np.linalg.eigh(a)
        hcases.append({"name": name, "a": a, "values": w,
                       "vectors": np.column_stack([sign_fix(v[:, i]) for i in range(len(w))]),
                       "normA": np.linalg.norm(np.tril(a) + np.tril(a, -1).T, 2)})
    write("eigen.json", {"source": "np.linalg.eig (sorted, unit vectors, phase rule), np.linalg.eigh (sign rule)",
                         "eig": cases, "eigh": hcases})


# ---------------------------------------------------------------- svd, low rank, pca

def svd_signed(a, full):
    """np.linalg.svd with each (u_k, v_k) pair flipped by the right vector's sign rule."""
    u, s, vt = np.linalg.svd(a, full_matrices=full)
    u, vt = u.copy(), vt.copy()
    for k in range(len(s)):
        if vt[k][pivot_index(np.abs(vt[k]).tolist())] < 0:
            u[:, k], vt[k] = -u[:, k], -vt[k]
    return u, s, vt


def svd_fixtures():
    rng = np.random.default_rng(8)
    mats = {**rectangular_matrices(), "random 5x3": rng.standard_normal((5, 3)),
            "random 3x5": rng.standard_normal((3, 5)), "hilbert 4": hilbert(4),
            "singular 3x3 1..9": np.arange(1.0, 10.0).reshape(3, 3),
            # ml-matrix alone returns sigma = [5e-324, 0] and U = 0 here:
            "subnormal off-diagonal 2x2": np.array([[4.0, 7e-323], [5.4e-323, -4.0]]),
            # ml-matrix alone never returns here:
            "all subnormal 2x2": np.array([[1.7e-322, 1.6332708215967795e-308], [-6.0789836e-316, -5.6656e-319]]),
            "huge 2x3": np.array([[1e300, 2e300, -1e299], [3e299, 1e300, 5e300]])}
    cases = []
    for name, a in mats.items():
        u, s, vt = svd_signed(a, full=False)
        uf, _, vtf = np.linalg.svd(a, full_matrices=True)
        cases.append({"name": name, "a": a, "U": u, "S": s, "Vt": vt,
                      "fullShapes": [list(uf.shape), list(vtf.shape)]})
    low = []
    for k in range(0, 5):
        u, s, vt = np.linalg.svd(RATINGS, full_matrices=False)
        ak = u[:, :k] @ np.diag(s[:k]) @ vt[:k]
        low.append({"k": k, "approximation": ak,
                    "errorDifference": np.linalg.norm(RATINGS - ak, "fro"),
                    "errorTail": math.sqrt(sum(float(x) ** 2 for x in s[k:]))})
    write("svd.json", {"source": "np.linalg.svd (sign rule on (u_k, v_k) from v_k); "
                       "rank-k: U[:, :k] @ diag(S[:k]) @ Vt[:k] on the 4 users x 5 movies ratings",
                       "svd": cases, "ratings": RATINGS, "lowRank": low})


def pca_numpy(x, k):
    mean = x.mean(axis=0)
    cov = np.cov(x, rowvar=False, ddof=1)
    w, v = np.linalg.eigh(cov)
    order = np.argsort(w)[::-1][:k]
    comps = np.array([sign_fix(v[:, i]) for i in order])
    var = w[order]
    return {"mean": mean, "covariance": cov, "components": comps, "explainedVariance": var,
            "explainedVarianceRatio": var / np.trace(cov), "projections": (x - mean) @ comps.T,
            "allVariances": np.sort(w)[::-1]}


def pca_fixtures():
    rng = np.random.default_rng(9)
    # An elongated, tilted 2-D cloud, as in the PCA scene.
    t = np.deg2rad(30.0)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    cloud = (rng.standard_normal((200, 2)) * [3.0, 0.5]) @ rot.T + [1.0, -2.0]
    space = rng.standard_normal((60, 3)) @ np.array([[2.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 0.2]])
    cases = [{"name": "tilted 2-D cloud", "points": cloud, "k": 2, **pca_numpy(cloud, 2)},
             {"name": "3-D points, k = 2", "points": space, "k": 2, **pca_numpy(space, 2)},
             {"name": "ratings as points", "points": RATINGS, "k": 2, **pca_numpy(RATINGS, 2)}]
    write("pca.json", {"source": "x.mean(0), np.cov(x, rowvar=False, ddof=1), np.linalg.eigh (descending, sign rule)",
                       "cases": cases})


def people_table():
    """The PCA scene's 3-feature data set: 30 people's height (cm), weight (kg) and age (years),
    whole numbers; src/scenes/pca/people.ts holds the same table (its test checks)."""
    rng = np.random.default_rng(16)
    n = 30
    age = np.round(rng.uniform(18, 66, n))
    height = np.round(rng.normal(170, 9, n))
    weight = np.round(0.75 * (height - 170) + 0.3 * (age - 40) + 70 + rng.normal(0, 4.5, n))
    return np.c_[height, weight, age]


def pca_scene_fixtures():
    rng = np.random.default_rng(17)
    t = np.deg2rad(35.0)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    h = rng.normal(170, 9, 80)
    clouds = [
        ("tilted cloud", (rng.standard_normal((120, 2)) * [2.5, 0.6]) @ rot.T + [1.0, -0.5]),
        ("height and weight", np.round(np.c_[h, 0.9 * (h - 170) + 70 + rng.normal(0, 5, 80)], 1)),
        ("nearly isotropic", rng.standard_normal((200, 2)) * [1.0, 1.0001]),
        ("exactly on a line", np.array([[0.0, 0.0], [1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])),
        ("vertical line", np.array([[2.0, -1.0], [2.0, 0.5], [2.0, 3.0]])),
        ("two points", np.array([[-1.5, 2.0], [2.5, -1.0]])),
        ("two clusters", np.r_[rng.standard_normal((40, 2)) * 0.7 + [-3, -1], rng.standard_normal((40, 2)) * 0.7 + [3, 2]]),
    ]
    angles = np.arange(0.0, 181.0, 15.0)
    cases = []
    for name, x in clouds:
        cov = np.cov(x, rowvar=False, ddof=1)
        w, v = np.linalg.eigh(cov)
        order = np.argsort(w)[::-1]
        axes = np.array([sign_fix(v[:, i]) for i in order])
        pc1 = float(np.rad2deg(np.arctan2(axes[0][1], axes[0][0]))) % 180.0
        along = [float(np.var(x @ [np.cos(np.deg2rad(a)), np.sin(np.deg2rad(a))], ddof=1)) for a in angles]
        cases.append({"name": name, "points": x, "mean": x.mean(axis=0), "covariance": cov,
                      "values": w[order], "axes": axes, "pc1Degrees": pc1,
                      "angles": angles, "varianceAlong": along,
                      "varianceAtPC1": float(np.var(x @ axes[0], ddof=1))})
    people = people_table()
    r = pca_numpy(people, 3)
    write("pca-scene.json", {
        "source": "np.cov(x, rowvar=False, ddof=1), np.linalg.eigh (descending, sign rule), "
                  "np.var(x @ u, ddof=1) along unit u at each angle; people: the 3-feature table, pca with k = 3",
        "cases": cases,
        "people": {"points": people, **r, "keptByTwo": float(r["explainedVarianceRatio"][:2].sum())}})


# ---------------------------------------------------------------- vectors: norms, angles, projections

def exact(v):
    return [Fraction(float(x)) for x in v]


def dsqrt(q):
    """The square root of a non-negative Fraction to 60 significant digits."""
    return (Decimal(q.numerator) / Decimal(q.denominator)).sqrt()


def exact_norm(v):
    return float(dsqrt(sum(x * x for x in exact(v))))


def exact_angle(a, b):
    """atan2(|a||b| sin, |a||b| cos) from the exact dot product and Lagrange's identity
    |a|²|b|² − (a·b)² = |a|²|b|² sin²θ; both arguments are correctly rounded, so the
    angle is within about one rounding of the true angle between the float inputs."""
    x, y = exact(a), exact(b)
    aa, bb = sum(t * t for t in x), sum(t * t for t in y)
    if aa == 0 or bb == 0:
        return math.nan
    d = sum(s * t for s, t in zip(x, y))
    # Scale by 1/(|a||b|) before rounding so huge or tiny vectors do not overflow.
    scale = dsqrt(aa * bb)
    sin = dsqrt(aa * bb - d * d) / scale
    cos = (Decimal(d.numerator) / Decimal(d.denominator)) / scale
    return math.atan2(float(sin), float(cos))


def exact_project(a, b):
    x, y = exact(a), exact(b)
    bb = sum(t * t for t in y)
    if bb == 0:
        return [math.nan] * len(y)
    k = sum(s * t for s, t in zip(x, y)) / bb
    return [float(k * t) for t in y]


def angle_pairs():
    rng = np.random.default_rng(10)
    a3, a5 = rng.standard_normal(3), rng.standard_normal(5)
    return [
        ("2-D, 1e-12 apart", [1.0, 0.0], [1.0, 1e-12]),
        ("2-D, (3,4) nearly parallel", [3.0, 4.0], [3.0, 4.000000001]),
        ("2-D, (3,4) nearly antiparallel", [3.0, 4.0], [-3.0, -4.000000001]),
        ("2-D, parallel in decimal, not in binary", [0.1, 0.7], [0.3, 2.1]),
        ("2-D, identical", [1.0, 1.0], [1.0, 1.0]),
        ("2-D, opposite", [1.0, 1.0], [-1.0, -1.0]),
        ("2-D, perpendicular", [1.0, 2.0], [-2.0, 1.0]),
        ("2-D, 135 degrees", [1.0, 0.0], [-1.0, 1.0]),
        ("2-D, subnormal", [1e-310, 0.0], [1.0, 1e-5]),
        ("2-D, huge", [1e200, 1e200], [1e200, -3e200]),
        ("2-D, onto a huge vector", [1.0, 2.0], [1e200, 1e200]),
        ("2-D, onto a tiny vector", [3.0, 4.0], [1e-160, 2e-160]),
        ("2-D, zero vector", [0.0, 0.0], [1.0, 2.0]),
        ("3-D, nearly parallel", a3, a3 + 1e-9 * rng.standard_normal(3)),
        ("3-D, nearly antiparallel", a3, -a3 + 1e-9 * rng.standard_normal(3)),
        ("5-D, random", a5, rng.standard_normal(5)),
        ("5-D, 1e-14 apart", a5, a5 * (1 + 1e-14 * rng.standard_normal(5))),
    ]


def vector_fixtures():
    angles = [{"name": n, "a": np.asarray(a, dtype=float), "b": np.asarray(b, dtype=float),
               "angle": exact_angle(a, b), "project": exact_project(a, b)}
              for n, a, b in angle_pairs()]
    rng = np.random.default_rng(11)
    norms = []
    for v in [rng.standard_normal(4), np.array([3.0, -4.0]), np.array([0.0, -2.0, 0.0, 1.0]),
              np.array([1e200, 1e200]), np.array([1e-200, 1e-200]), np.array([]), np.array([5.0])]:
        with np.errstate(all="ignore"):
            norms.append({"v": v, "exact2": exact_norm(v) if len(v) else 0.0,
                          **{f"ord {order_key(p)}": np.linalg.norm(v, p) if len(v) or p not in (np.inf, -np.inf) else None
                             for p in [None, 1, 2, np.inf, -np.inf, 0, 3, 0.5, -1]}})
    write("vectors.json", {"source": "angle and projection in exact rationals (see exact_angle); np.linalg.norm(v, ord)",
                           "angles": angles, "norms": norms})


def vec2_fixtures():
    rng = np.random.default_rng(12)
    pairs = [(rng.standard_normal(2) * 10.0 ** rng.integers(-3, 4), rng.standard_normal(2) * 10.0 ** rng.integers(-3, 4))
             for _ in range(8)]
    pairs += [(np.array([1e200, 1e200]), np.array([-1e-200, 3e-200])), (np.array([0.0, -0.0]), np.array([-1.0, 2.0]))]
    basic = []
    for a, b in pairs:
        x, y = exact(a), exact(b)
        basic.append({"a": a, "b": b, "add": a + b, "hadamard": a * b,
                      "dot": float(sum(s * t for s, t in zip(x, y))),
                      "norm1": np.linalg.norm(a, 1), "normInf": np.linalg.norm(a, np.inf),
                      "norm2": exact_norm(a), "numpyNorm2": np.linalg.norm(a)})
    angles = [{"name": n, "a": a, "b": b, "angle": exact_angle(a, b), "project": exact_project(a, b),
               "numpyAcos": float(np.arccos(np.clip(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)), -1, 1)))
               if np.linalg.norm(a) and np.linalg.norm(b) and np.isfinite(np.dot(a, b)) else None}
              for n, a, b in angle_pairs() if len(a) == 2 for a, b in [(list(map(float, a)), list(map(float, b)))]]
    write("vec2.json", {"source": "a + b, a * b (NumPy, exact in IEEE); dot, norm2, angle, project in exact rationals; "
                        "numpyAcos = np.arccos(a·b/|a||b|), the formula we must beat",
                        "basic": basic, "angles": angles})


# ---------------------------------------------------------------- mat2: 2x2 tuples for drag loops

def dec(q):
    return Decimal(q.numerator) / Decimal(q.denominator)


def unit_rule(x, y):
    """(x, y) as a unit vector with the sign rule, from Decimals, rounded at the end."""
    n = (x * x + y * y).sqrt()
    x, y = x / n, y / n
    flip = x < 0 if abs(x) >= abs(y) * (1 - Decimal(TIE)) else y < 0
    return [float(-x), float(-y)] if flip else [float(x), float(y)]


def exact_eig2(m):
    """The eigen-structure of the float matrix m, decided and computed exactly."""
    (a, b), (c, d) = [[Fraction(float(x)) for x in row] for row in m]
    if b == 0 and c == 0 and a == d:
        return {"kind": "scalar", "value": float(a)}
    h, p = (a + d) / 2, (a - d) / 2
    disc = p * p + b * c
    if disc < 0:
        im = dsqrt(-disc)
        re = float(h)
        return {"kind": "complex", "re": re, "im": float(im), "r": float(dsqrt(a * d - b * c)),
                "angle": math.copysign(1, c) * math.atan2(float(im), re)}
    if disc == 0:
        x, y = (b, -p) if b * b + p * p >= p * p + c * c else (p, c)
        return {"kind": "defective", "value": float(h), "vector": unit_rule(dec(x), dec(y))}
    r = dsqrt(disc)
    vecs = []
    for lam_minus_h in (r, -r):
        # Rows of A - lambda I give (b, lambda - a) and (lambda - d, c); take the longer.
        u = (dec(b), dec(h - a) + lam_minus_h)
        w = (dec(h - d) + lam_minus_h, dec(c))
        x, y = u if u[0] ** 2 + u[1] ** 2 >= w[0] ** 2 + w[1] ** 2 else w
        vecs.append(unit_rule(x, y))
    return {"kind": "distinct", "values": [float(dec(h) + r), float(dec(h) - r)], "vectors": vecs}


def mat2_fixtures():
    rng = np.random.default_rng(13)
    named = {
        "symmetric [[2,1],[1,2]]": [[2.0, 1.0], [1.0, 2.0]],
        "distinct [[4,1],[2,3]]": [[4.0, 1.0], [2.0, 3.0]],
        "shear": [[1.0, 1.0], [0.0, 1.0]],
        "repeated, defective [[2,1],[-1,0]]": [[2.0, 1.0], [-1.0, 0.0]],
        "scalar 3I": [[3.0, 0.0], [0.0, 3.0]],
        "rotation +90": [[0.0, -1.0], [1.0, 0.0]],
        "rotation -90": [[0.0, 1.0], [-1.0, 0.0]],
        "rotation and scale": [[1.0, -2.0], [2.0, 1.0]],
        "nearly a shear, real: 1 ± 1e-10": [[1.0, 1.0], [1e-20, 1.0]],
        "nearly a shear, complex: 1 ± 1e-10 i": [[1.0, 1.0], [-1e-20, 1.0]],
        "close diagonal 1e8": [[1e8, 1.0], [0.0, 100000000.00000001]],
        "a tiny eigenvalue beside a huge one": [[1e8, 1.0], [1.0, 1e-8 + 1e-24]],
        "decimals [[0.1,0.2],[0.3,0.4]]": [[0.1, 0.2], [0.3, 0.4]],
        "exactly singular in binary too [[0.1,0.2],[0.3,0.6]]": [[0.1, 0.2], [0.3, 0.6]],
        "singular in decimal, not in binary [[0.1,0.3],[0.7,2.1]]": [[0.1, 0.3], [0.7, 2.1]],
        "singular [[1,2],[2,4]]": [[1.0, 2.0], [2.0, 4.0]],
        "zero": [[0.0, 0.0], [0.0, 0.0]],
    }
    for i in range(10):
        named[f"random {i}"] = (rng.standard_normal((2, 2)) * 10.0 ** rng.integers(-2, 3)).tolist()
    cases = []
    for name, m in named.items():
        a = np.array(m, dtype=float)
        (p, q), (r_, s_) = [[Fraction(float(x)) for x in row] for row in a]
        det = p * s_ - q * r_
        v = rng.standard_normal(2)
        b = rng.standard_normal((2, 2))
        with np.errstate(all="ignore"):
            case = {"name": name, "m": a, "det": float(det), "trace": float(p + s_), "v": v, "apply": a @ v,
                    "applyBound": np.abs(a) @ np.abs(v), "b": b, "mul": a @ b, "mulBound": np.abs(a) @ np.abs(b),
                    "inv": [[float(s_ / det), float(-q / det)], [float(-r_ / det), float(p / det)]] if det else None,
                    "cond": np.linalg.cond(a), "eig": exact_eig2(a),
                    "numpyEigvals": [complex(z) for z in np.linalg.eigvals(a)]}
        cases.append(case)
    write("mat2.json", {"source": "2x2: det, inverse and eigen-structure in exact rationals / 60-digit decimals; "
                        "A @ v and A @ B from NumPy with |A||v| bounds; np.linalg.cond; np.linalg.eigvals for contrast",
                        "cases": cases})


# ---------------------------------------------------------------- optimizers: GD, momentum, Adam

# The Descent scene's presets. Each gradient is written out by hand, with the same operations in
# the same order as the closures in optimize.fixtures.test.ts, so the two agree to the last bit.

def round_bowl(p):
    x, y = p
    return x * x + y * y, np.array([2 * x, 2 * y])


def elongated_bowl(p):
    x, y = p
    return x * x + 10 * y * y, np.array([2 * x, 20 * y])


def rosenbrock(p):
    x, y = p
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2, np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


def himmelblau(p):
    x, y = p
    u, w = x * x + y - 11, x + y * y - 7
    return u * u + w * w, np.array([4 * x * u + 2 * w, 2 * u + 4 * y * w])


def saddle(p):
    x, y = p
    return x * x - y * y, np.array([2 * x, -2 * y])


def beale(p):
    x, y = p
    a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y
    return a * a + b * b + c * c, np.array([2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
                                            2 * a * x + 4 * b * x * y + 6 * c * x * y * y])


PRESETS = {"round bowl": round_bowl, "elongated bowl": elongated_bowl, "rosenbrock": rosenbrock,
           "himmelblau": himmelblau, "saddle": saddle, "beale": beale}


def descend(loss, start, optimizer, lr, steps, beta=0.9, beta1=0.9, beta2=0.999, eps=1e-8, diverge_above=1e6):
    """One run, by the rules of src/lib/math/optimize.ts, in float64:
    GD x <- x - lr g; momentum v <- beta v - lr g, x <- x + v; Adam m <- b1 m + (1 - b1) g,
    s <- b2 s + (1 - b2) g², m̂ = m/(1 - b1^t), ŝ = s/(1 - b2^t), x <- x - lr m̂/(√ŝ + eps), where
    b1^t, b2^t are running products. Step k diverges when the gradient at x_{k-1} is not finite or
    x_k is not finite or has a coordinate beyond diverge_above; the run then ends at x_{k-1}."""
    x = np.array(start, dtype=float)
    v, m, s = np.zeros(2), np.zeros(2), np.zeros(2)
    b1t = b2t = 1.0
    xs, at = [x], None
    with np.errstate(all="ignore"):
        for k in range(1, steps + 1):
            _, g = loss(x)
            if not np.all(np.isfinite(g)):
                at = k
                break
            if optimizer == "gd":
                nxt = x - lr * g
            elif optimizer == "momentum":
                v = beta * v - lr * g
                nxt = x + v
            else:
                m = beta1 * m + (1 - beta1) * g
                s = beta2 * s + (1 - beta2) * (g * g)
                b1t, b2t = b1t * beta1, b2t * beta2
                m_hat, s_hat = m / (1 - b1t), s / (1 - b2t)
                nxt = x - lr * m_hat / (np.sqrt(s_hat) + eps)
            if not np.all(np.abs(nxt) <= diverge_above):
                at = k
                break
            x = nxt
            xs.append(x)
        f, g = loss(x)
    run = {"iterates": np.concatenate(xs), "diverged": at is not None, "divergedAtStep": at,
           "lastLoss": f, "lastGrad": g if np.all(np.isfinite(g)) else None}
    if optimizer == "adam" and at is None:
        run.update(lastM=m, lastS=s)
    return run


# (preset, starts, optimizer, learning rates): every lesson case, and the ones that go wrong.
OPTIMIZE_RUNS = [
    ("round bowl", [(3.0, -2.0), (1.0, 0.0)], "gd", [0.1, 0.5, 1.0, 1.1]),
    ("round bowl", [(3.0, -2.0)], "momentum", [0.1, 1.1, 2.0]),
    ("round bowl", [(3.0, -2.0)], "adam", [0.1, 1.1]),
    ("elongated bowl", [(2.0, 1.0)], "gd", [0.05, 0.09, 0.11]),
    ("elongated bowl", [(2.0, 1.0)], "momentum", [0.02]),
    ("elongated bowl", [(2.0, 1.0)], "adam", [0.1]),
    ("rosenbrock", [(-1.2, 1.0), (0.5, -0.5)], "gd", [0.001, 0.002, 0.01]),
    ("rosenbrock", [(-1.2, 1.0)], "momentum", [0.0002, 0.001]),
    ("rosenbrock", [(-1.2, 1.0), (0.5, -0.5)], "adam", [0.02, 0.1]),
    ("himmelblau", [(0.0, 0.0), (-1.0, 1.0)], "gd", [0.01, 0.02]),
    ("himmelblau", [(0.0, 0.0)], "momentum", [0.005]),
    ("himmelblau", [(0.0, 0.0), (-1.0, 1.0)], "adam", [0.1]),
    ("saddle", [(1.0, 0.0), (1.0, 1e-3)], "gd", [0.1]),
    ("saddle", [(1.0, 1e-3)], "momentum", [0.05]),
    ("saddle", [(1.0, 1e-3)], "adam", [0.1]),
    ("beale", [(1.0, 1.0), (-1.0, -1.0)], "gd", [0.01]),
    ("beale", [(1.0, 1.0)], "momentum", [0.002]),
    ("beale", [(1.0, 1.0), (-1.0, -1.0)], "adam", [0.05]),
]
OPTIMIZE_STEPS = 200


def optimize_fixtures():
    runs = []
    for preset, starts, optimizer, lrs in OPTIMIZE_RUNS:
        for start in starts:
            for lr in lrs:
                runs.append({"preset": preset, "start": list(start), "optimizer": optimizer, "lr": lr,
                             "steps": OPTIMIZE_STEPS, **descend(PRESETS[preset], start, optimizer, lr, OPTIMIZE_STEPS)})
    write("optimize.json", {
        "source": "descend(): GD, momentum (beta 0.9), Adam (0.9, 0.999, 1e-8) in float64 NumPy with hand-written "
                  "gradients; diverged when a gradient or point is not finite or |x| or |y| > 1e6",
        "defaults": {"beta": 0.9, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "divergeAbove": 1e6},
        "runs": runs})



# ---------------------------------------------------------------- layer (the Layer scene's network)

LAYER_ACTIVATIONS = {
    "relu": (lambda z: np.maximum(z, 0.0), lambda z: (z > 0).astype(float)),
    "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
    "sigmoid": (lambda z: 1 / (1 + np.exp(-z)), lambda z: (1 / (1 + np.exp(-z))) * (1 - 1 / (1 + np.exp(-z)))),
}


def layer_unpack(p):
    """Parameters in the order of src/lib/math/nn/network.ts: W1 (row-major), b1, W2, b2, w3, b3."""
    return p[0:4].reshape(2, 2), p[4:6], p[6:10].reshape(2, 2), p[10:12], p[12:14], p[14]


def layer_loss_grad(p, act, X, y):
    """Mean binary cross-entropy of the 2-2-2-1 network and its gradient, by hand (backpropagation)."""
    f, df = LAYER_ACTIVATIONS[act]
    W1, b1, W2, b2, w3, b3 = layer_unpack(p)
    n = len(y)
    z1 = X @ W1.T + b1
    h1 = f(z1)
    z2 = h1 @ W2.T + b2
    h2 = f(z2)
    z3 = h2 @ w3 + b3
    loss = np.mean(np.logaddexp(0, z3) - y * z3)
    d3 = (1 / (1 + np.exp(-z3)) - y) / n
    g_w3 = h2.T @ d3
    g_b3 = d3.sum()
    d2 = np.outer(d3, w3) * df(z2)
    g_W2 = d2.T @ h1
    g_b2 = d2.sum(axis=0)
    d1 = (d2 @ W2) * df(z1)
    g_W1 = d1.T @ X
    g_b1 = d1.sum(axis=0)
    grad = np.concatenate([g_W1.ravel(), g_b1, g_W2.ravel(), g_b2, g_w3, [g_b3]])
    return loss, grad, {"h1": h1, "h2": h2, "p": 1 / (1 + np.exp(-z3))}


def layer_fixtures():
    rng = np.random.default_rng(16)
    X = rng.normal(0, 1.2, (12, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(float)
    W = np.array([[1.5, -1.0], [0.5, 2.0]])
    b = np.array([0.3, -0.7])
    forward = {}
    for act, (f, _) in LAYER_ACTIVATIONS.items():
        forward[act] = f(X @ W.T + b)
    nets = []
    for act in LAYER_ACTIVATIONS:
        p = rng.normal(0, 1, 15)
        loss, grad, passes = layer_loss_grad(p, act, X, y)
        # One GD step (lr 0.5), and three Adam steps (lr 0.05, 0.9, 0.999, 1e-8) as optimizer-step.ts takes them.
        gd = p - 0.5 * grad
        q, m, s, b1t, b2t, adam_losses = p.copy(), np.zeros(15), np.zeros(15), 1.0, 1.0, []
        for _ in range(3):
            l, g, _ = layer_loss_grad(q, act, X, y)
            adam_losses.append(l)
            b1t, b2t = b1t * 0.9, b2t * 0.999
            m = 0.9 * m + 0.1 * g
            s = 0.999 * s + 0.001 * g * g
            q = q - 0.05 * (m / (1 - b1t)) / (np.sqrt(s / (1 - b2t)) + 1e-8)
        nets.append({"activation": act, "params": p, "loss": loss, "grad": grad, "h1": passes["h1"], "h2": passes["h2"],
                     "p": passes["p"], "gdLr": 0.5, "afterGd": gd, "lossAfterGd": layer_loss_grad(gd, act, X, y)[0],
                     "adamLr": 0.05, "adamLosses": adam_losses, "afterAdam": q})
    write("layer.json", {
        "source": "a dense layer act(X @ W.T + b), and the 2-2-2-1 network's mean binary cross-entropy "
                  "(np.logaddexp(0, z) - y z) with its gradient by hand, one GD step and three Adam steps, float64 NumPy",
        "x": X, "y": y, "w": W, "b": b, "forward": forward, "networks": nets})


# ---------------------------------------------------------------- notebook (the Matrices scene's NumPy cells)

# Each program is a list of cells, run in order in one namespace, as the
# notebook runs them (np is there even before its import, as in the notebook).
NOTEBOOK_PROGRAMS = {
    "brief": [
        "import numpy as np", "A = np.array([[1, 2], [3, 4]])", "x = np.array([[5], [6]])", "A @ x", "np.dot(A, x)",
        "B = np.array([[5,6],[7,8]])", "A * B", "b = np.array([10, 20])", "A + b", "2 * A", "A - 1", "A / 3", "A.T",
        "np.eye(3)", "np.linalg.inv(A)", "A @ np.linalg.inv(A)", "A.shape", "np.zeros((2, 3))", "np.ones(3)",
        "v = np.array([5, 6])", "v.reshape(1, 2)", "v.reshape((1, 2))", "v.reshape(-1, 1)", "A[0]", "A[:, 1]", "A[0, 1]",
        "A[0][1]", "A[-1]", "A[:, -1]", "A[1:, :1]", "A[::-1]", "np.linalg.det(A)", "np.linalg.norm(v)", "[1, 2, 3]",
        "np.array([1,2,3]) @ np.array([4,5,6])", "u = np.array([1, 2, 3])", "w = np.array([4, 5, 6])", "np.dot(u, w)",
        "u * w", "u @ w", "np.sum(u * w)", "C", "A[5]", "np.arange(4).reshape(3)",
    ],
    "broadcasting": [
        "M = np.ones((2, 3))", "M + np.array([1, 2, 3])", "M + np.array([[10], [20]])",
        "np.array([[1], [2], [3]]) + np.array([[10, 20, 30, 40]])", "M + np.array([1, 2])", "M + np.ones((3, 2))",
        "M * 2.5", "M @ np.ones((3, 2))", "np.ones((3, 2)) @ np.ones((3, 2))", "np.ones(3) @ np.ones(2)",
        "np.ones((2, 3)) @ np.ones(2)", "np.ones(2) @ np.ones((3, 2))", "np.ones(3) @ np.ones((3, 2))",
        "np.linalg.inv(np.array([[1, 2], [2, 4]]))", "np.array([1, 2, 3]) + np.array([[1], [2]])",
    ],
    "numbers": [
        "7 / 2", "7 * 2", "2 ** 10", "2 ** -1", "2.5 * 2", "-2 ** 2", "(-2) ** 2", "0.1 + 0.2", "1e-3", "1e16",
        "123456789.0", "1e400", "-0.0", "1 / 3", "2 ** 0.5", "10 ** 15", "3 ** 33", "1 / 0", "1.0 / 0", "0 ** -1",
        "10.0 ** 400", "np.pi", "np.e", "np.inf", "-np.inf", "np.nan", "2 ** 3 ** 2", "-3 - -3", "+4",
    ],
    "dtypes": [
        "A = np.array([[1, 2], [3, 4]])", "A[0, 1] / 0", "A / 0", "np.array([0.0]) / 0", "np.array([1, 2]) ** -1",
        "np.array([1.0, 2]) ** -1", "np.array([4.0, 9]) ** 0.5", "np.array([1, 2]) ** 2", "np.array([1, 2]) ** 0.5",
        "A[0, 1] ** 2", "A[0, 1] ** -1", "A[0, 1] * 1.5", "A.ndim", "A.size", "A.shape[0]", "A.shape[-1]", "A.shape[5]",
        "np.array(5)", "np.array(5.5)", "np.array(5) + 1", "-np.array(5)", "np.zeros(())", "np.array([])",
        "np.zeros((0, 3))", "A[0:0]", "A[:, 0:0]", "np.array([1, 2.5])", "-A", "A + 0.5", "A * A[0, 0]",
        "np.array([1, 2]) / np.array([2, 4])", "np.array([1e308]) * 10", "np.array([-1.0]) ** 0.5",
    ],
    "lists and tuples": [
        "A = np.array([[1, 2], [3, 4]])", "v = np.array([5, 6])", "[1, 2.5]", "[A[0, 0], 2.5]", "[v, v]",
        "np.array([v, v])", "np.array([[1, 2], [3]])", "np.array([[1, 2], 3])", "(2, 3)", "(2,)", "()",
        "(1, 2) + (3,)", "(1, 2) * 2", "[1, 2] + [3]", "[1, 2] * 2", "2 * [1, 2]", "[1, 2] + np.array([10, 20])",
        "[1, 2] * 2.0", "[1, 2] - [3]", "[1, 2] + 1", "-[1, 2]", "[1, 2] @ [3, 4]", "[[1, 2], [3, 4]] @ A",
        "np.matmul([[1, 2], [3, 4]], [5, 6])", "[1, 2] * A[0, 0]", "[1, 2] + A[0, 0]", "(1, 2) + 1",
        "[1, 2, 3][1:]", "(1, 2, 3)[::-1]", "[1, 2][5]", "[1, 2][0, 1]", "[[1, 2], [3, 4]][1]", "[]", "[[], []]",
        "np.ones(3) + (1, 2, 3)", "np.zeros([2, 3])", "A.reshape([4, 1])", "[1, 2].T", "(2, 3).T",
    ],
    "products": [
        "A = np.array([[1, 2], [3, 4]])", "2 @ A", "A @ 2", "np.dot(2, 3)", "np.dot(2, A)", "np.dot(A, np.ones(3))",
        "A.dot(A)", "A.dot(np.ones(3))", "A.dot(2)", "np.outer([1, 2], [3, 4, 5])", "np.matmul(A, A)",
        "np.dot(np.ones(3), np.ones(3))", "np.array([1, 2]) @ A", "A @ np.array([1, 2])", "A @ A.T",
        "np.array([[0.1, 0.2], [0.3, 0.4]]) @ np.array([[1 / 3], [2 / 3]])",
    ],
    "constructors": [
        "np.array(1, 2)", "np.zeros(2, 3)", "np.ones(2, 3.5)", "np.array(1, 2.5)", "np.eye(2.5)", "np.eye(2, 3)",
        "np.eye(3, 3, 1)", "np.eye(-1)", "np.zeros(-1)", "np.zeros(2.5)", "np.zeros([2.5])", "np.zeros((2, -1))",
        "np.arange(6)", "np.arange(6).reshape(2, 3)", "np.arange(1, 7, 2)", "np.arange(0, 1, 0.1)", "np.arange(5.5)",
        "np.arange(10, 0, -3)", "np.arange(0, 5, 0)", "np.arange(-3)", "np.arange(0.5, 3)", "np.ones(0)",
    ],
    "shapes and indexing": [
        "A = np.array([[1, 2], [3, 4]])", "v = np.array([5, 6])", "A.reshape(3, -1)", "A.reshape(-1, 3)",
        "A.reshape(-1, -1)", "A.reshape(4)", "A.reshape(2, 2)", "A.reshape(-1)", "A.reshape(1, -1)", "A.reshape(2.5)",
        "A[0, 1, 2]", "A[1.5]", "A[0][5]", "A[:, 5]", "A[-3]", "A[0, 1][0]", "(2)[0]", "A[(0, 1)]", "A[:, ::-1]",
        "A[5:]", "A[::2]", "A[1, :]", "A[:1, :]", "v[0, 0]", "v[-1]", "v[::-1]", "A.t", "(2).T", "A.T.T", "v.T",
        "np.transpose(A)", "A.transpose()", "np.transpose(np.array([[1, 2, 3]]))", "A.flatten()", "A[::0]",
        "A[0.5:]",
    ],
    "reductions": [
        "A = np.array([[1, 2], [3, 4]])", "np.sum(A)", "np.sum(A, 0)", "np.sum(A, 1)", "np.sum(A, -1)", "np.sum(A, 2)",
        "np.mean(A)", "np.mean(A, 0)", "A.sum()", "A.mean(1)", "np.sum(np.arange(10) / 7)",
        "np.mean(np.arange(20) / 3)", "np.sum(np.arange(64).reshape(8, 8) / 9, 0)",
        "np.sum(np.arange(64).reshape(8, 8) / 9, 1)", "np.sum(np.arange(64) / 11)", "np.sum(3)",
        "np.abs(np.array([-1, 2]))", "np.abs(-3)", "np.sqrt(np.array([1.0, 2, 3]))", "np.sqrt(-1.0)", "np.sqrt(4)",
    ],
    "linalg": [
        "A = np.array([[1, 2], [3, 4]])", "v = np.array([5, 6])", "np.linalg.det(np.array([[2.0, 1], [1, 3]]))",
        "np.linalg.inv(np.array([[4, 7], [2, 6]]))", "np.linalg.inv(np.ones(3))", "np.linalg.inv(np.ones((2, 3)))",
        "np.linalg.det(np.ones(3))", "np.linalg.solve(A, np.array([1, 2]))", "np.linalg.solve(A, np.eye(2))",
        "np.linalg.solve(np.eye(2), np.ones(3))", "np.linalg.solve(np.eye(2), np.ones((3, 2)))",
        "np.linalg.solve(np.ones((2, 2)), np.ones(2))", "np.linalg.norm(A)", "np.linalg.norm(v, 1)",
        "np.linalg.norm(v, np.inf)", "np.linalg.norm(A, 1)", "np.linalg.norm(A, 3)",
        "np.linalg.inv(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))", "np.linalg.det(np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))",
        "np.linalg.det(np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]))",
        "np.linalg.inv(np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]))", "np.linalg.foo",
        "np.linalg.det(np.eye(3) * 0.1)", "np.linalg.inv(np.array([[1e-20, 1], [1, 1]]))",
    ],
    "printing": [
        "np.array([1, np.nan, np.inf])", "np.array([-0.0, 1])", "np.array([1e400])", "np.array([1/3, 1e-5, 2])",
        "np.array([1e8, 1])", "np.array([0.001953125, 1])", "np.array([123456.789, 0.5])", "np.eye(8) * 0.5",
        "np.arange(30)", "np.arange(64) / 7", "np.ones((40, 40))", "np.arange(64).reshape(8, 8) * 1000",
        "np.zeros((64, 64))", "np.arange(30).reshape(2, 15) / 3", "np.array([-np.inf, 1.5])", "np.array([np.nan, -1])",
        "np.array([[1e-10, 1], [2, 3]])", "np.arange(24).reshape(4, 6) - 12", "np.arange(33) * 1000000",
        "np.array([0.1, 0.25, 100])", "np.array([1e-4, 1])", "np.array([99999999.0, 1])",
    ],
    "names": [
        "numpy", "C = A @ x", "np.foo", "A = np.array([[1.5, 2], [3, 4]])", "A.shap",
    ],
    "powers and norms": [
        "np.array([2.6251833548202748, 7.633528204634498]) ** 0.3", "2.6251833548202748 ** 0.3", "7.25 ** 3",
        "(np.arange(1, 21) / 7) ** 3", "(np.arange(1, 21) / 7) ** -2.5", "np.arange(1, 6) ** np.arange(5)",
        "(np.arange(1, 6) / 3) ** (np.arange(5) / 4)", "(-8.0) ** 3", "np.array([-8.0]) ** (1 / 3)",
        "np.linalg.norm(np.arange(20) / 7, 1)", "np.linalg.norm(np.arange(20) / 7, 3)",
        "np.linalg.norm(np.arange(20) / 7, 0.5)", "np.linalg.norm(np.arange(1, 20) / 7, -1)",
        "np.linalg.norm(np.arange(20) / 7, 0)", "np.linalg.norm(np.arange(20) / 7 - 1, np.inf)",
        "np.linalg.norm(np.arange(20) / 7 - 1, -np.inf)", "np.linalg.norm(np.arange(20) / 7, 2)",
        "np.linalg.norm(np.arange(60).reshape(4, 15) / 7, np.inf)", "np.linalg.norm(np.arange(60).reshape(4, 15) / 7, 1)",
        "np.linalg.norm(np.arange(60).reshape(4, 15) / 7, -np.inf)", "np.linalg.norm(np.arange(60).reshape(4, 15) / 7, -1)",
        "np.linalg.norm(np.arange(60).reshape(4, 15) / 7, 2)", "np.linalg.norm(np.arange(60).reshape(4, 15) / 7)",
    ],
}

ASSIGN = __import__("re").compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)")


def notebook_value(v):
    kind = type(v).__name__
    out = {"type": kind, "repr": repr(v)}
    if isinstance(v, np.ndarray):
        out.update(shape=list(v.shape), dtype=str(v.dtype), values=v.ravel().tolist())
    elif isinstance(v, (list, tuple)):
        a = np.array(v, dtype=float) if len(v) else np.array([])
        out.update(shape=list(a.shape), values=a.ravel().tolist())
    elif v is not None:
        out.update(value=float(v))
    return out


def run_cells(cells):
    import warnings
    ns = {"np": np}
    results = []
    for cell in cells:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                try:
                    code = compile(cell, "<cell>", "eval")
                except SyntaxError:
                    code = None
                if code is None:
                    exec(cell, ns)  # trusted cells, written above
                    m = ASSIGN.match(cell)
                    value = ns[m.group(1)] if m else None
                else:
                    value = eval(code, ns)  # trusted cells, written above
                r = {"ok": True, **notebook_value(value)}
            except Exception as e:  # noqa: BLE001 -- we record what Python raises
                r = {"ok": False, "exception": type(e).__name__, "message": str(e)}
        r["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught if w.category is RuntimeWarning]
        results.append(r)
    return results


def notebook_fixtures():
    rng = np.random.default_rng(20)
    programs = [{"name": k, "cells": cells, "results": run_cells(cells)} for k, cells in NOTEBOOK_PROGRAMS.items()]
    # repr of arrays NumPy makes up: every magnitude, ties, signed zeros, non-finite values, summaries.
    reprs = []
    def add_repr(a):
        reprs.append({"shape": list(a.shape), "dtype": str(a.dtype), "values": a.ravel().tolist(), "repr": repr(a)})
    for shape in [(3,), (5,), (2, 2), (3, 4), (1, 7), (12,), (20,), (6, 11), (64,)]:
        for scale in [1e-12, 1e-5, 1e-3, 1, 7, 1e3, 1e7, 1e9, 1e20, 1e300]:
            add_repr(rng.standard_normal(shape) * scale)
        add_repr(rng.integers(-1000, 1000, shape))
        add_repr(np.round(rng.standard_normal(shape) * 100) / 4)
        add_repr(rng.integers(-3, 4, shape) / 8.0)
    # Over 1000 entries NumPy prints only the corners, and picks the format from them alone.
    add_repr(rng.standard_normal((33, 33)))
    add_repr(rng.integers(-99, 100, (64, 64)))
    big = np.ones((40, 30))
    big[20, 15] = 1e-9  # hidden in the summary, so it must not switch the format
    add_repr(big)
    for values in [[0.001953125, 1.0], [0.5, 1.25, 2.0], [1.234567885e9, 1.0], [0.125, 0.375], [2.5e-5, 1.0],
                   [1e-300, 1.0], [5e-324, 1.0], [-0.0, 0.0], [np.nan, np.inf, -np.inf], [np.nan], [1.0, np.nan],
                   [1e16, 1.0], [0.30000000000000004], [1 / 3, 2 / 3], [9.999999995, 1.0], [99999999.5], [1e-4, 1e-1],
                   [123456789012345678.0], [1.5, -1.5, 1e-8], [2.0 ** 60, 3.0]]:
        add_repr(np.array(values))
    floats = [float(x) for x in np.concatenate([rng.standard_normal(60) * 10.0 ** rng.integers(-20, 20, 60),
                                                [0.0, -0.0, 1e16, 9999999999999998.0, 1e-4, 9.999999999999999e-05,
                                                 0.1, 1.0, 100.0, 1e22, 5e-324, 1.7976931348623157e308, 123456789.0]])]
    pos = np.concatenate([np.exp(rng.uniform(-690, 690, 300)), rng.uniform(0.5, 2, 300), [3.0, 2 / 3, 0.6666666666666667, 1e-310]])
    ys = np.concatenate([rng.uniform(-740, 700, 300), rng.uniform(-1, 1, 300), [np.log(2), 0.6931471805599455]])
    # glibc's value and the correctly rounded one (60-digit decimal); they differ only in rare near-ties.
    pairs = [(float(x), float(y)) for x, y in zip(np.exp(rng.uniform(-5, 5, 400)), rng.uniform(-12, 12, 400))]
    pairs += [(float(x), float(y)) for x in rng.uniform(0.1, 10, 40) for y in [3.0, 1.5, -2.5, 0.3, 1 / 3, 7.0]]
    libm = {"log": [[float(x), math.log(x), float(Decimal(float(x)).ln())] for x in pos],
            "exp": [[float(y), math.exp(y), float(Decimal(float(y)).exp())] for y in ys],
            "pow": [[x, y, math.pow(x, y), float((Decimal(x).ln() * Decimal(y)).exp())] for x, y in pairs]}
    lapack = []
    for n in [1, 2, 2, 3, 3, 4, 5, 6, 8]:
        for kind in ["float", "int"]:
            a = rng.standard_normal((n, n)) if kind == "float" else rng.integers(-5, 6, (n, n)).astype(float)
            b = rng.standard_normal(n)
            case = {"a": a, "det": np.linalg.det(a)}
            err = error_of(lambda: np.linalg.inv(a))
            if err:
                case["error"] = err["message"]
            else:
                case.update(inv=np.linalg.inv(a), b=b, solve=np.linalg.solve(a, b))
            lapack.append(case)
    sums = []
    for n in [1, 7, 8, 9, 16, 17, 100, 128, 129, 200, 600]:
        a = rng.standard_normal(n) * 10.0 ** rng.uniform(-3, 3, n)
        sums.append({"shape": [n], "values": a, "sum": np.sum(a), "mean": np.mean(a)})
    for shape in [(3, 5), (9, 13), (40, 30)]:
        a = rng.standard_normal(shape) * 10.0 ** rng.uniform(-3, 3, shape)
        sums.append({"shape": list(shape), "values": a.ravel(), "sum": np.sum(a), "mean": np.mean(a),
                     "sum0": np.sum(a, 0), "sum1": np.sum(a, 1), "mean0": np.mean(a, 0), "mean1": np.mean(a, 1)})
    products = []
    for sa, sb in [((2, 3), (3, 4)), ((5,), (5,)), ((4, 6), (6,)), ((6,), (6, 3)), ((16, 16), (16, 16)), ((20, 40), (40, 10))]:
        a, b = rng.standard_normal(sa), rng.standard_normal(sb)
        products.append({"a": a.ravel(), "aShape": list(sa), "b": b.ravel(), "bShape": list(sb), "matmul": np.ravel(a @ b),
                         "dot": np.ravel(np.dot(a, b)), "gram": np.ravel(a @ a.T) if a.ndim == 2 else None})
    write("notebook.json", {
        "source": "scripts/make-fixtures.py notebook: each program run cell by cell in one namespace ({'np': np}); "
                  "per cell type(v).__name__, repr(v), shape, dtype, values, or the exception's class and str(e), "
                  "and the RuntimeWarnings; plus repr() of generated arrays, Python float repr, glibc log/exp, "
                  "np.linalg det/inv/solve, np.sum/np.mean and matmul/dot on random inputs",
        "numpy": np.__version__,
        "ndarrayAttributes": [a for a in dir(np.ndarray) if not a.startswith("_")],
        "linalgNames": [a for a in dir(np.linalg) if not a.startswith("_")],
        "programs": programs, "reprs": reprs, "floats": [[x, repr(x)] for x in floats], "libm": libm,
        "lapack": lapack, "sums": sums, "products": products})


# ---------------------------------------------------------------- embeddings (matrix factorisation)

def embeddings_numpy(ratings, k, seed, lr):
    """Masked loss, its gradient and one GD step at seeded factors; SVD factors of the row-mean-filled matrix."""
    R = np.array([[np.nan if r is None else r for r in row] for row in ratings], dtype=float)
    m, n = R.shape
    rated = ~np.isnan(R)
    rng = np.random.default_rng(seed)
    U = rng.uniform(-1.0, 1.0, (m, k))
    V = rng.uniform(-1.0, 1.0, (k, n))
    E = np.where(rated, U @ V - np.nan_to_num(R), 0.0)
    loss = float(np.sum(E ** 2))
    gU = 2 * E @ V.T
    gV = 2 * U.T @ E
    params = np.concatenate([U.ravel(), V.ravel()])
    grad = np.concatenate([gU.ravel(), gV.ravel()])
    step = params - lr * grad
    # Blanks take the user's mean rating (the mean of every rating for a user with none).
    overall = R[rated].mean() if rated.any() else 0.0
    F = R.copy()
    for i in range(m):
        mean = R[i, rated[i]].mean() if rated[i].any() else overall
        F[i, ~rated[i]] = mean
    u, s, vt = np.linalg.svd(F, full_matrices=False)
    Uk = np.zeros((m, k))
    Vk = np.zeros((k, n))
    for c in range(k):
        sign = -1.0 if vt[c][pivot_index(np.abs(vt[c]).tolist())] < 0 else 1.0
        Uk[:, c] = sign * np.sqrt(s[c]) * u[:, c]
        Vk[c] = sign * np.sqrt(s[c]) * vt[c]
    return {"ratings": ratings, "k": k, "lr": lr, "params": params, "loss": loss, "gradient": grad, "step": step,
            "filled": F, "svdU": Uk, "svdV": Vk, "svdS": s[:k], "svdError": float(np.sqrt(np.sum(s[k:] ** 2))),
            "svdMaskedLoss": float(np.sum(np.where(rated, Uk @ Vk - np.nan_to_num(R), 0.0) ** 2))}


def embeddings_fixtures():
    _ = None
    lesson = [[5, 3, 5, 4, _], [2, _, 1, 4, 4], [4, 2, 5, 2, 1], [_, 1, 2, 4, 3]]
    groups = [[5, 4, 5, 1, 1], [4, 5, 5, 2, 1], [1, 2, 1, 5, 4], [2, 1, 1, 4, 5]]
    sparse = [[5, _, 4, _, _], [_, 4, _, _, 5], [4, _, 5, 1, _], [_, 1, _, 5, 4]]
    empty_user = [[5, 3, 4, 4, 2], [_, _, _, _, _], [4, 5, 5, 1, 1], [2, 1, 2, 5, 4]]
    cases = [{"name": "the lesson's ratings", **embeddings_numpy(lesson, 2, 1, 0.01)},
             {"name": "two taste groups, every cell rated", **embeddings_numpy(groups, 2, 2, 0.02)},
             {"name": "sparse ratings", **embeddings_numpy(sparse, 2, 3, 0.05)},
             {"name": "a user who rated nothing", **embeddings_numpy(empty_user, 2, 4, 0.01)}]
    write("embeddings.json", {"source": "masked squared error, its gradient, params - lr * grad; "
                              "np.linalg.svd of the row-mean-filled ratings, U sqrt(S), sqrt(S) Vt, sign rule on Vt rows",
                              "cases": cases})


if __name__ == "__main__":
    # `make-fixtures.py optimize vec2` writes only those; no names, every file.
    ONLY = set(sys.argv[1:])
    print(f"NumPy {np.__version__}")
    for make in [broadcast_fixtures, array_fixtures, products_fixtures, linalg_fixtures, edge_fixtures, eig_fixtures,
                 svd_fixtures, pca_fixtures, pca_scene_fixtures, vector_fixtures, vec2_fixtures, mat2_fixtures, optimize_fixtures,
                 notebook_fixtures, layer_fixtures, embeddings_fixtures]:
        if not ONLY or make.__name__.removesuffix("_fixtures") in ONLY:
            make()

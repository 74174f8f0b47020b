// The math core's public surface, in NumPy's names (camelCase where NumPy has
// an underscore). Everything here is pure and immutable: no DOM, no Svelte.
// The 2×2 tuple helpers for drag loops live beside it in ./vec2 and ./mat2.
//
// Trusting an answer: linalg.inv and linalg.solve throw SingularMatrixError
// (with .rank, .size, .cond) when the matrix is numerically singular;
// linalg.invChecked and linalg.solveChecked return { value, cond,
// illConditioned, warning } so a scene can show the result and, above
// cond 1e12 (linalg.ILL_CONDITIONED), the warning sentence beside it.
export { NDArray, type Nested } from './ndarray/ndarray';
export { array, zeros, ones, eye, type ArrayInput } from './ndarray/create';
export { formatShape, type Shape } from './ndarray/shape';
export { add, subtract, multiply, divide } from './ndarray/elementwise';
export { broadcastShapes, explainBroadcast, broadcastSteps, type BroadcastStep } from './ndarray/broadcast';
export { matmul } from './ndarray/matmul';
export { dot, outer } from './ndarray/dot';
export { transpose } from './ndarray/transpose';
export * as linalg from './linalg';
/** The Matrices scene's NumPy notebook: runNotebook, parseCell, reprValue, toPython. */
export * as notebook from './notebook';
export { angle, project } from './linalg/vectors';
export { pca, type PCAResult } from './stats/pca';
export { lowRank, type LowRankResult } from './stats/low-rank';
export { MathError, ShapeError, ValueError, IndexError, SingularMatrixError } from './errors';

// The np.linalg namespace: `import { linalg } from '$lib/math'; linalg.det(a)`.
export { det } from './det';
export { inv, invChecked } from './inv';
export { solve, solveChecked } from './solve';
export { matrixRank } from './rank';
export { cond } from './cond';
export { norm, type NormOrder } from './norm';
export { eig, type Complex, type EigResult } from './eig';
export { eigh, type EighResult } from './eigh';
export { svd, type SVDResult } from './svd';
export { ILL_CONDITIONED, type Checked } from './conditioning';

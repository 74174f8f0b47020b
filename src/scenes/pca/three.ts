// The 3-feature data set through the math core's pca (ddof = 1, like np.cov): computed once.
import { pca } from '../../lib/math/stats/pca';
import type { Vec2 } from '../../lib/math/vec2';
import type { Vec3 } from '../../lib/math/ortho3';
import { PEOPLE } from './people';

const result = pca(PEOPLE as unknown as number[][], 3);
const d = result.components.data;
const proj = result.projections.data;

export const PEOPLE_MEAN: Vec3 = [result.mean.data[0], result.mean.data[1], result.mean.data[2]];
/** Rows: PC1, PC2, PC3 as unit vectors in (height, weight, age). */
export const PEOPLE_AXES: readonly Vec3[] = [0, 1, 2].map((c) => [d[3 * c], d[3 * c + 1], d[3 * c + 2]] as Vec3);
export const PEOPLE_VARIANCES: readonly number[] = Array.from(result.explainedVariance.data);
export const PEOPLE_RATIOS: readonly number[] = Array.from(result.explainedVarianceRatio.data);
/** The share of the variance that PC1 and PC2 keep. */
export const KEPT_BY_TWO = PEOPLE_RATIOS[0] + PEOPLE_RATIOS[1];
/** Each person's coordinates along PC1 and PC2: the 2-D picture PCA leaves. */
export const PEOPLE_SCORES: readonly Vec2[] = PEOPLE.map((_, i) => [proj[3 * i], proj[3 * i + 1]] as Vec2);

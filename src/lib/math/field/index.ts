// Analysis of a plane vector field: fixed points, dye paths, flux and circulation around a circle.
export { fixedPoints, type FixedPoint, type FixedPoints, type FixedPointOptions, type ZeroCurve } from './fixed-points';
export { classify, type Classification, type Eigenvalues, type FixedPointKind } from './classify';
export type { FieldFn, JacobianFn } from './zeros';
export { tracePath, type ScalarField, type Trace, type TraceOptions, type TraceStop } from './trace';
export { circleFlux, paddleRate, type CircleFlux } from './circle';

// A region of the world plane, in world units, y up.
export type Box = { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number };

// Three features of 30 people: height (cm), weight (kg) and age (years), the lesson's example of
// data as vectors. Drawn once by scripts/make-fixtures.py (people_table, seeded) and copied here;
// people.test.ts checks the copy against the fixture, and the share of variance that two
// principal components keep against NumPy.
export const PEOPLE_NAMES = ['height (cm)', 'weight (kg)', 'age (years)'] as const;

export const PEOPLE: readonly (readonly [number, number, number])[] = [
  [177, 80, 45],
  [155, 54, 39],
  [181, 83, 23],
  [165, 65, 35],
  [173, 73, 48],
  [184, 83, 19],
  [151, 57, 60],
  [167, 71, 59],
  [175, 67, 20],
  [178, 77, 57],
  [182, 74, 27],
  [175, 80, 51],
  [175, 70, 25],
  [171, 74, 51],
  [172, 83, 64],
  [171, 87, 65],
  [179, 87, 50],
  [171, 57, 26],
  [176, 80, 37],
  [185, 82, 31],
  [181, 87, 64],
  [167, 61, 32],
  [169, 69, 45],
  [177, 74, 38],
  [164, 55, 25],
  [154, 62, 36],
  [161, 72, 55],
  [175, 73, 38],
  [168, 68, 51],
  [167, 76, 46],
];

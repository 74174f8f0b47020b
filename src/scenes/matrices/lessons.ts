// The first deep-learning lesson's NumPy, as notebooks in its order: scalars, vectors and matrices;
// addition; scalar multiplication; matrix multiplication; transpose; identity and inverse;
// broadcasting; the Hadamard product. Each opens on the cell whose picture tells its story.

export type Lesson = {
  readonly name: string;
  readonly cells: readonly string[];
  /** The cell shown first (0-based). */
  readonly focus: number;
  /** One sentence: what to look at. */
  readonly says: string;
};

export const LESSONS: readonly Lesson[] = [
  {
    name: 'Scalars, vectors and matrices',
    cells: ['import numpy as np', 's = 5', 'v = np.array([1, 2, 3])', 'M = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])', 'M.shape'],
    focus: 3,
    says: 'A scalar is one number, a vector a row of numbers (shape (3,): one axis), a matrix a grid (shape (3, 3): rows, then columns).',
  },
  {
    name: 'Adding matrices',
    cells: ['A = np.array([[1, 2], [3, 4]])', 'B = np.array([[5, 6], [7, 8]])', 'A + B'],
    focus: 2,
    says: 'Matrices of the same shape add entry by entry: each entry of A + B comes from the entries in the same place. Point at one to see.',
  },
  {
    name: 'Multiplying by a scalar',
    cells: ['A = np.array([[1, 2], [3, 4]])', '2 * A'],
    focus: 1,
    says: 'A scalar multiplies every entry: 2 * A doubles each one.',
  },
  {
    name: 'Matrix multiplication',
    cells: ['A = np.array([[1, 2], [3, 4]])', 'x = np.array([[5], [6]])', 'A @ x', 'np.dot(A, x)'],
    focus: 2,
    says: 'Each entry of A @ x is a row of A times the column of x: 1·5 + 2·6 = 17, 3·5 + 4·6 = 39. A (2×2) times x (2×1) gives 2×1.',
  },
  {
    name: 'Transpose',
    cells: ['A = np.array([[1, 2, 3], [4, 5, 6]])', 'A.T'],
    focus: 1,
    says: 'A.T flips A over its diagonal: rows become columns, so a 2×3 matrix becomes 3×2.',
  },
  {
    name: 'Identity and inverse',
    cells: ['A = np.array([[1, 2], [3, 4]])', 'I = np.eye(2)', 'A @ I', 'A_inv = np.linalg.inv(A)', 'A @ A_inv'],
    focus: 4,
    says: 'I acts like 1: A @ I is A. The inverse undoes A: A @ A⁻¹ is I, up to round-off in the last digits.',
  },
  {
    name: 'Broadcasting',
    cells: [
      'A = np.array([[1, 2, 3], [4, 5, 6]])',
      'b = np.array([10, 20, 30])',
      'A + b',
      'c = np.array([[100], [200]])',
      'A + c',
      'A + np.array([1, 2])',
    ],
    focus: 2,
    says: 'A smaller array is stretched along the axes where it has size 1 (or none): b is added to every row. The last cell shows a pair that does not fit.',
  },
  {
    name: 'Hadamard and dot products',
    cells: [
      'a = np.array([1, 2, 3])',
      'b = np.array([4, 5, 6])',
      'a * b',
      'a @ b',
      'A = np.array([[1, 2], [3, 4]])',
      'B = np.array([[5, 6], [7, 8]])',
      'A * B',
    ],
    focus: 2,
    says: 'a * b multiplies entry by entry (the Hadamard product, a vector); a @ b adds those products up (the dot product, one number).',
  },
];

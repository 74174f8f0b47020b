// Every error the math core throws is a MathError, so a scene can catch the
// whole family in one place and show `message` to the learner. Each message
// starts with NumPy's own wording (learners search for it) and then says the
// same thing in plain words.

export class MathError extends Error {
  override name = 'MathError';
}

/** Shapes that do not fit together: broadcasting, matmul, ragged input, non-square matrices. */
export class ShapeError extends MathError {
  override name = 'ShapeError';
}

/** An argument with the right shape but an unusable value, e.g. `norm(v, 'fro')` on a vector. */
export class ValueError extends MathError {
  override name = 'ValueError';
}

/** An index outside an axis, as NumPy's IndexError. */
export class IndexError extends MathError {
  override name = 'IndexError';
}

/**
 * `inv` or `solve` on a matrix whose numerical rank is below its size.
 * Carries the numbers so a UI can show them without parsing the message.
 */
export class SingularMatrixError extends MathError {
  override name = 'SingularMatrixError';
  constructor(
    message: string,
    readonly rank: number,
    readonly size: number,
    readonly cond: number,
  ) {
    super(message);
  }
}

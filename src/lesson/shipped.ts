// The two lessons that come with the app, in the order of our source lessons. Each step is a
// scene's link and one sentence for the teacher to say or the learner to read.
import { LESSONS as NOTEBOOKS } from '../scenes/matrices/lessons';
import { encode as encodeNotebook } from '../scenes/matrices/url';
import type { Lesson, LessonStep } from './lesson';

/** A Matrices step: one of the scene's example notebooks, opened on the cell it is about. */
function notebook(name: string, note?: string): LessonStep {
  const nb = NOTEBOOKS.find((l) => l.name === name);
  if (!nb) throw new Error(`no notebook called ${name}`);
  return { scene: 'matrices', query: encodeNotebook({ cells: [...nb.cells], focus: nb.focus, step: 0 }), note: note ?? nb.says };
}

export const SHIPPED: readonly Lesson[] = [
  {
    title: 'Linear algebra for deep learning, first lesson',
    steps: [
      notebook('Scalars, vectors and matrices', 'A scalar is one number, a vector a list of numbers, a matrix a table of them: look at each shape.'),
      notebook('Adding matrices', 'Matrices of the same shape add entry by entry.'),
      notebook('Multiplying by a scalar', 'A scalar multiplies every entry.'),
      notebook('Matrix multiplication', 'Each entry of A @ x is a row of A times the column x: 1·5 + 2·6 = 17, then 3·5 + 4·6 = 39.'),
      {
        scene: 'transform',
        query: 'm=1,2,3,4&x=5,6&show=square,eigen,x',
        note: 'The same A as a map of the plane: it sends x = [5, 6] to A x = [17, 39]. Drag î and ĵ, the columns of A.',
      },
      notebook('Transpose', 'The transpose flips a matrix over its diagonal: rows become columns.'),
      notebook('Identity and inverse', 'A @ inv(A) is the identity I, up to a round-off in the last digit.'),
      notebook('Broadcasting', 'NumPy stretches a smaller array to fit, axis by axis from the right.'),
    ],
  },
  {
    title: 'Vectors, fields and gradient descent',
    steps: [
      { scene: 'vectors', query: 'a=3,-2&b=-2,5&show=components', note: 'The vector [3, −2]: right 3, down 2. Drag its tip.' },
      {
        scene: 'vectors',
        query: 'a=3,-2&b=-2,5&show=dot,hadamard',
        note: 'Two products of a and b: the dot product is one number, the Hadamard product a vector.',
      },
      {
        scene: 'field',
        query: 'F=2x,x^2&show=arrows,particles,div,fixed,probe&n=20000&probe=1,1',
        note: 'The field F(x, y) = (2x, x²): an arrow at every point, and dye that flows along them.',
      },
      {
        scene: 'field',
        query: 'f=x^2+y^2&show=arrows,particles,fixed,probe&n=50000&probe=2,1',
        note: 'Downhill on the bowl f = x² + y²: the field −∇f that gradient descent follows.',
      },
      {
        scene: 'descent',
        query: 'f=x^2+y^2&start=2,1.5&lr=0.1&opt=gd&step=30',
        note: 'Gradient descent with learning rate 0.1 walks down to the minimum.',
      },
      {
        scene: 'descent',
        query: 'f=x^2+y^2&start=2,1.5&lr=1.1&opt=gd&step=40',
        note: 'With learning rate 1.1 each step overshoots further: the run diverges.',
      },
    ],
  },
];

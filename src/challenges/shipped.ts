// The challenges that come with the app, in the order of the first lesson: vectors, matrices and
// their products, the transform a matrix is, then fields, descent and the data scenes. Each is
// the link a teacher would write, read by decodeChallenge like any other; `state` is the scene's
// own query, as its links write it.
import { writeFormula } from '../lib/url/params';

type Shipped = {
  readonly id: string;
  readonly title: string;
  readonly scene: string;
  readonly state: string;
  readonly goal: string;
  readonly hint: string;
};

const escape = (s: string) => s.replace(/[%&#+\s]/g, (c) => encodeURIComponent(c));
/** A notebook's cells as the Matrices scene writes them, with the cell shown (1-based). */
const notebook = (cells: readonly string[], cell: number) => `code=${writeFormula(cells.join('\n'))}&cell=${cell}`;

/** The challenge's link query. */
export const shippedQuery = (c: Shipped): string => `title=${escape(c.title)}&in=${c.scene}:${escape(c.state)}&goal=${c.goal}&hint=${escape(c.hint)}`;

export const SHIPPED_CHALLENGES: readonly Shipped[] = [
  {
    id: 'length-five',
    title: 'A vector of length 5',
    scene: 'vectors',
    state: 'a=1,1&b=-2,3&show=components,l2',
    goal: 'norm&of=a&target=5',
    hint: 'Keep both components whole numbers: which two squares add up to 25?',
  },
  {
    id: 'walk-to',
    title: 'Walk to (4, 1) in two moves',
    scene: 'vectors',
    state: 'a=3,-2&b=-2,2&show=components,sum',
    goal: 'sum&at=4,1&keep=a',
    hint: 'a takes you to (3, −2). What is left to go from there to (4, 1)?',
  },
  {
    id: 'perpendicular',
    title: 'Perpendicular to a',
    scene: 'vectors',
    state: 'a=3,-2&b=1,1&show=dot,angle',
    goal: 'dot&target=0&keep=a',
    hint: 'Swap the two components of a and change the sign of one of them.',
  },
  {
    id: 'matmul-17-39',
    title: 'Find x with A @ x = [[17], [39]]',
    scene: 'matrices',
    state: notebook(['A = np.array([[1, 2], [3, 4]])', 'x = np.array([[1], [1]])', 'A @ x'], 2),
    goal: 'value&value=[[17],[39]]&keep=1,3',
    hint: 'Row 1 of A dotted with x must give 17: 1·x₁ + 2·x₂ = 17. Row 2: 3·x₁ + 4·x₂ = 39.',
  },
  {
    id: 'transpose',
    title: 'Flip A over its diagonal',
    scene: 'matrices',
    state: notebook(['A = np.array([[1, 2, 3], [4, 5, 6]])', 'A'], 2),
    goal: 'value&value=[[1,4],[2,5],[3,6]]&keep=1',
    hint: 'Rows become columns. NumPy has a short way to write it: two characters after A.',
  },
  {
    id: 'undo-a',
    title: 'Undo A',
    scene: 'matrices',
    state: notebook(['A = np.array([[2, 1], [1, 1]])', 'B = np.eye(2)', 'A @ B'], 2),
    goal: 'value&value=[[1,0],[0,1]]&keep=1,3&tol=1e-12',
    hint: 'You want B with A @ B = I: the inverse of A. np.linalg has it.',
  },
  {
    id: 'broadcast-3x4',
    title: 'Broadcast into a 3 × 4 result',
    scene: 'matrices',
    state: notebook(['a = np.ones((3, 1))', 'b = np.array([1, 2, 3])', 'a + b'], 2),
    goal: 'shape&shape=3,4&keep=1,3',
    hint: 'Aligned from the right, (3, 1) and (n,) give (3, n): the 1 stretches. Give b four entries.',
  },
  {
    id: 'squash',
    title: 'Squash the plane onto a line',
    scene: 'transform',
    state: 'm=2,1,1,2&show=square,columns',
    goal: 'det&keep=i',
    hint: 'det A is 0 when ĵ lies on the line through î.',
  },
  {
    id: 'eigenvector',
    title: 'A vector that A only stretches',
    scene: 'transform',
    state: 'm=2,1,1,2&x=1,0&show=square,x',
    goal: 'eigen',
    hint: 'Watch x and A x as you turn x. For this symmetric A, try the diagonals.',
  },
  {
    id: 'solve',
    title: 'Make A x = b',
    scene: 'transform',
    state: 'm=2,1,1,2&x=0,0&show=x',
    goal: 'solve&b=4,5',
    hint: 'A x = x₁·(2, 1) + x₂·(1, 2). Which mix of the two columns gives (4, 5)?',
  },
  {
    id: 'rotate',
    title: 'Turn the plane a quarter turn',
    scene: 'transform',
    state: 'm=1,0,0,1&show=square,shape',
    goal: 'matrix&m=0,-1,1,0',
    hint: 'A quarter turn anticlockwise takes î to (0, 1). Where does ĵ go?',
  },
  {
    id: 'no-sources',
    title: 'A flow without sources',
    scene: 'field',
    state: 'F=(x, y)',
    goal: 'zero&of=div',
    hint: '(x, y) pushes everything outwards. A rotation such as (−y, x) moves things round instead.',
  },
  {
    id: 'diverge',
    title: 'A learning rate too large',
    scene: 'descent',
    state: 'f=x^2+y^2&start=2,1.5&lr=0.1&opt=gd&step=40',
    goal: 'diverge',
    hint: 'Each step moves by η·∇f = 2η·x. Past η = 1, every step overshoots the bottom by more than it started from.',
  },
  {
    id: 'converge-fast',
    title: 'Converge in under 20 steps',
    scene: 'descent',
    state: 'f=x^2+3y^2&start=2,1.5&lr=0.01&opt=gd&step=40',
    goal: 'converge&under=20',
    hint: 'Too small an η crawls; above η = 1/3 the steep direction overshoots. Try values in between.',
  },
  {
    id: 'himmelblau',
    title: 'The other Himmelblau minimum',
    scene: 'descent',
    state: 'f=(x^2+y-11)^2+(x+y^2-7)^2&start=0,0&lr=0.05&opt=adam&step=300',
    goal: 'reach&opt=adam&at=-2.805,3.131&steps=500',
    hint: 'From (0, 0) Adam rolls to (3, 2). Drag the start towards the upper left.',
  },
  {
    id: 'capture-90',
    title: 'Capture 90 % of the variance',
    scene: 'pca',
    state: 'preset=line&n=80&angle=90&show=axes,candidate',
    goal: 'variance&share=0.9',
    hint: 'Turn u until the points spread out the most along it.',
  },
  {
    id: 'moons',
    title: 'Untangle the two moons',
    scene: 'layer',
    state: 'W=1.2,-0.9,0.7,1.1&b=0.3,-0.4&act=tanh&data=moons',
    goal: 'separate&accuracy=0.95',
    hint: 'Press Train and watch the layers warp the plane; or drag the columns of W yourself.',
  },
];

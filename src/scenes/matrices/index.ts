// Matrices: the NumPy of a first deep-learning lesson, typed as a notebook and seen as grids.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'matrices',
  title: 'Matrices',
  examples: [
    {
      name: 'A @ x = [17, 39]: each entry a row times the column',
      query: 'code=A%20%3D%20np.array([[1,%202],%20[3,%204]])%0Ax%20%3D%20np.array([[5],%20[6]])%0AA%20@%20x&cell=3&step=1',
    },
    {
      name: 'broadcasting: b is added to every row of A',
      query: 'code=A%20%3D%20np.array([[1,%202,%203],%20[4,%205,%206]])%0Ab%20%3D%20np.array([10,%2020,%2030])%0AA%20%2B%20b&cell=3',
    },
    { name: 'a pair that does not broadcast', query: 'code=A%20%3D%20np.ones((2,%203))%0AA%20%2B%20np.array([1,%202])&cell=2' },
    {
      name: 'A @ inv(A) is I, up to round-off',
      query: 'code=A%20%3D%20np.array([[1,%202],%20[3,%204]])%0AA%20@%20np.linalg.inv(A)&cell=2',
    },
    {
      name: 'a 3×3 @ 3×2 product',
      query:
        'code=A%20%3D%20np.array([[1,%202,%203],%20[4,%205,%206],%20[7,%208,%209]])%0AB%20%3D%20np.array([[1,%200],%20[0,%201],%20[2,%20-1]])%0AA%20@%20B&cell=3&step=3',
    },
  ],
  parts: () => import('./parts'),
});

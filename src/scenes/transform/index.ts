// Transform: drag a 2×2 matrix and watch the whole plane move.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'transform',
  title: 'Transform',
  examples: [
    { name: 'the square, the F and the eigenlines of [[1, 2], [3, 4]]', query: 'm=1,2,3,4&x=1,1&show=square,shape,eigen,x' },
    { name: 'the lesson: A = [[1, 2], [3, 4]], x = [5, 6], Ax = [17, 39]', query: 'm=1,2,3,4&x=5,6&show=square,eigen,x' },
    { name: 'everything drawn while î is dragged', query: 'm=2,1,1,2&x=-1,2&show=square,shape,eigen,x' },
  ],
  parts: () => import('./parts'),
});

// Vectors: drag a = [3, −2] and b = [−2, 5] and watch every construction follow.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'vectors',
  title: 'Vectors',
  examples: [
    { name: 'the sum, the projection and the angle', query: 'show=components,sum,dot,angle' },
    { name: 'the lesson’s vectors: right 3, down 2 and left 2, up 5', query: 'a=3,-2&b=-2,5' },
    { name: 'every construction at once', query: 'a=3,-2&b=-2,5&show=components,sum,diff,scale,dot,hadamard,angle,l1,l2,linf' },
  ],
  parts: () => import('./parts'),
});

// Embeddings: a ratings matrix factorised into user and movie points, every rating a dot product.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'embeddings',
  title: 'Embeddings',
  examples: [
    {
      name: 'the lesson’s ratings learned by gradient descent, User 1’s predictions drawn',
      query: 'preset=lesson&method=gd&lr=0.02&step=400&user=1',
    },
    { name: 'the exact rank-2 factorisation (SVD) of the lesson’s ratings', query: 'preset=lesson&method=svd&user=3' },
    { name: 'two taste groups: kids and adults fall into two clusters', query: 'preset=groups&method=svd&user=1&cmp=m1,m3' },
    { name: 'sparse ratings: the blanks depend on the training', query: 'preset=sparse&method=gd&lr=0.05&step=600&user=2' },
  ],
  parts: () => import('./parts'),
});

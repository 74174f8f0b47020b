// PCA: a cloud of points, its covariance and principal axes, and the direction of most variance.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'pca',
  title: 'PCA',
  examples: [
    {
      name: 'height and weight: the principal axes, the ellipses and the projections onto PC1',
      query: 'preset=height-weight&angle=20&show=axes,ellipses,projections,candidate',
    },
    {
      name: 'a line with noise: one direction holds nearly all the variance',
      query: 'preset=line&n=80&angle=90&show=axes,ellipses,projections,candidate',
    },
    { name: 'two clusters', query: 'preset=clusters&n=80&show=axes,ellipses,candidate' },
    { name: 'from 3 features to 2: height, weight and age', query: 'dims=3' },
    { name: '500 points, everything drawn', query: 'preset=height-weight&n=500&angle=20&show=axes,ellipses,projections,candidate' },
  ],
  parts: () => import('./parts'),
});

// Gradient: type f(x, y), see its contours, and drag p to read ∇f(p).
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'gradient',
  title: 'Gradient',
  examples: [
    { name: 'Rosenbrock’s banana valley', query: 'f=(1-x)^2+100(y-x^2)^2&p=-1,1' },
    { name: 'a bowl: the loss every lesson starts from', query: 'f=x^2+3y^2&p=2,1' },
    { name: 'a saddle', query: 'f=x^2-y^2&p=1,1' },
  ],
  parts: () => import('./parts'),
});

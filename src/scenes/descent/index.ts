// Descent: type a loss f(x, y), click a start, and watch gradient descent, momentum and Adam race down it.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'descent',
  title: 'Descent',
  aliases: ['gradient'],
  examples: [
    {
      name: 'Rosenbrock’s banana valley: three optimizers race',
      query: 'f=(1-x)^2+100(y-x^2)^2&start=-1.5,2&lr=0.001&opt=gd,momentum,adam&step=300&levels=log',
    },
    { name: 'a round bowl: lr 0.1 converges', query: 'f=x^2+y^2&start=2,1.5&lr=0.1&opt=gd&step=30' },
    { name: 'a round bowl: lr 1.1 diverges', query: 'f=x^2+y^2&start=2,1.5&lr=1.1&opt=gd&step=40' },
    { name: 'an elongated bowl: GD zig-zags, momentum helps', query: 'f=x^2+10y^2&start=-4,1&lr=0.09&beta=0.5&opt=gd,momentum&step=40' },
    {
      name: 'Beale: Adam settles where GD and momentum are thrown out',
      query: 'f=(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2&start=1,1.5&lr=0.1&step=300&levels=log',
    },
    { name: 'Himmelblau: the start decides which minimum', query: 'f=(x^2+y-11)^2+(x+y^2-7)^2&start=0,0&lr=0.01&opt=gd,momentum,adam&step=100' },
  ],
  parts: () => import('./parts'),
});

// Field: type F(x, y) = (P, Q) and watch it flow; divergence, curl and fixed points.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'field',
  title: 'Field',
  examples: [
    { name: 'the lesson’s F(x, y) = (2x, x²), with its divergence', query: 'F=2x,x^2&show=arrows,particles,div,fixed,probe&n=20000&probe=1,1' },
    { name: 'rotation: a centre, and a paddle wheel that turns', query: 'F=-y,x&show=arrows,particles,curl,fixed,probe&n=200000&probe=1,1' },
    { name: 'a saddle and where dye goes', query: 'F=x,-y&show=arrows,particles,fixed,probe&n=50000&probe=1,1&dye=-2,0.2,-2,-0.2,0.1,2' },
    { name: 'downhill on a bowl: the field gradient descent follows', query: 'f=x^2+3y^2&show=arrows,particles,fixed,probe&n=50000&probe=2,1' },
  ],
  parts: () => import('./parts'),
});

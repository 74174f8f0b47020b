// Layer: a neural layer y = σ(W x + b) as a warp of the plane, and a tiny network trained live.
import { defineScene } from '../../lib/kit/define';

export default defineScene({
  id: 'layer',
  title: 'Layer',
  examples: [
    { name: 'two moons through a tanh layer, each stage in turn', query: 'W=1.2,-0.9,0.7,1.1&b=0.3,-0.4&act=tanh&data=moons' },
    { name: 'ReLU folds the plane: circles half-way through σ', query: 'W=1,-1,1,1&b=0,0&act=relu&data=circles&stage=2.5' },
    { name: 'XOR and a sigmoid layer, before the shift', query: 'W=2,0,0,2&b=-1,1&act=sigmoid&data=xor&stage=1' },
  ],
  parts: () => import('./parts'),
});

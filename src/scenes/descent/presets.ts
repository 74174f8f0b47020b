// The Descent scene's ready-made losses: each with a start and a learning rate that show what it
// is for, the minima it knows, and one sentence.
import type { Vec2 } from '../../lib/math/vec2';

export type LossPreset = {
  readonly name: string;
  readonly f: string;
  readonly start: Vec2;
  readonly lr: number;
  /** Momentum's β, when the preset's story needs another than the default 0.9. */
  readonly beta?: number;
  readonly minima: readonly Vec2[];
  readonly says: string;
};

export const PRESETS: readonly LossPreset[] = [
  {
    name: 'round bowl',
    f: 'x^2 + y^2',
    start: [2, 1.5],
    lr: 0.1,
    minima: [[0, 0]],
    says: 'Every step of gradient descent multiplies the distance to the minimum by 1 − 2·lr: 0.8 at lr 0.1 (it converges), −1.2 at lr 1.1 (it bounces out and diverges).',
  },
  {
    name: 'elongated bowl',
    f: 'x^2 + 10y^2',
    start: [-4, 1],
    lr: 0.09,
    beta: 0.5,
    minima: [[0, 0]],
    says: 'Steep across, shallow along: at this learning rate gradient descent zig-zags across the valley (each step flips y and keeps 0.8 of it). Momentum with β = 0.5 damps the zig-zag and is down first; with β = 0.9 it overshoots and swings for longer.',
  },
  {
    name: 'Rosenbrock',
    f: '(1 - x)^2 + 100(y - x^2)^2',
    start: [-1.5, 2],
    lr: 0.001,
    minima: [[1, 1]],
    says: 'A curved, nearly flat valley: easy to fall into, slow to follow to its minimum at (1, 1). Momentum builds up speed along it and arrives; gradient descent and Adam (whose steps are about η long) are still on the way after 1,000 steps.',
  },
  {
    name: 'Himmelblau',
    f: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    start: [0, 0],
    lr: 0.01,
    minima: [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ],
    says: 'Four minima, all equally low: which one an optimizer ends in depends on where it starts, and how it moves. From (0, 0) gradient descent ends in (3, 2), while momentum overshoots into (3.58, −1.85).',
  },
  {
    name: 'saddle',
    f: 'x^2 - y^2',
    start: [2, 0.05],
    lr: 0.1,
    minima: [],
    says: 'No minimum: descent slides in along x, then away along y, faster and faster.',
  },
  {
    name: 'Beale',
    f: '(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2',
    start: [1, 1.5],
    lr: 0.1,
    minima: [[3, 0.5]],
    says: 'Flat plateaus and steep walls. At this learning rate the walls throw gradient descent and momentum out (they diverge), while Adam, whose steps are about η long however steep the slope, crosses the plateau and settles at (3, 0.5). At η = 0.003 momentum wins instead.',
  },
];

export function presetOf(f: string): LossPreset | undefined {
  // Spaces and explicit products aside, as typed: x*y and x y are the same loss.
  const tidy = (s: string) => s.replace(/[\s*]+/g, '');
  return PRESETS.find((p) => tidy(p.f) === tidy(f));
}

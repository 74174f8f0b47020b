// Lazy loading. mathjs arrives through a dynamic import, then runs a few
// throw-away compilations so its first real use (and V8's first compile of our
// closures) is warm: mathjs's first derivative costs over 100 ms cold, which
// must never land on a drag. Call loadEngine() when a scene mounts.

import { createEngine, type Engine } from './engine';

let pending: Promise<Engine> | undefined;
let ready: Engine | undefined;

function warmUp(engine: Engine): void {
  engine.compileField('(x*y - sin(x)/y, atan2(y, x) + max(x, y)^2)');
  engine.compileGradient('(1-x)^2 + 100(y-x^2)^2 + exp(-x^2) + abs(x) + floor(y) + mod(x, 2)');
  engine.compileExpression('sqrt(x) + ln(y) + cosh(x)tanh(y)');
}

/** Resolves once mathjs is loaded and warm. Safe to call often; a failed load is retried on the next call. */
export function loadEngine(): Promise<Engine> {
  pending ??= import('./mathjs-instance').then(
    ({ math }) => {
      const engine = createEngine(math);
      warmUp(engine);
      ready = engine;
      return engine;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The engine if it has finished loading, for synchronous use on input events. */
export function peekEngine(): Engine | undefined {
  return ready;
}

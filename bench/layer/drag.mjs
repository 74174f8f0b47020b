// Layer scene: the cost of dragging î (the first column of W) with the data set (200 points, one
// path per class), the 41-line grid patch sampled through tanh (the nonlinear stage showing), the
// decision boundary traced again and the hidden layers' pictures redrawn on every move. Run by hand:
//
//   node bench/layer/drag.mjs [--build] [--runs 3] [--dist /tmp/dist-layer] [any option of bench/drag/drag.mjs]
//
// Budget: net median ≤ 4 ms, p95 ≤ 8 ms of script + style + layout per pointer move.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exampleHash } from '../scenes.mjs';

const drag = fileURLToPath(new URL('../drag/drag.mjs', import.meta.url));
const args = [
  drag,
  '--url',
  await exampleHash('layer', 'two moons'),
  '--handle',
  'i-hat, first column of W',
  '--radius',
  '120',
  ...process.argv.slice(2),
];
process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);

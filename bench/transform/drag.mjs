// Transform scene: the cost of dragging î's tip, which redraws the transformed
// grid, the unit square and its det, the eigenlines, Ax and the panel's numbers
// (the scene's example "everything drawn while î is dragged"). Projector size,
// the budget's condition. Run by hand:
//
//   node bench/transform/drag.mjs [--build] [--runs 3] [any option of bench/drag/drag.mjs]
//
// Budget: net median ≤ 4 ms, p95 ≤ 8 ms of main-thread work per pointer move.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exampleHash } from '../scenes.mjs';

const drag = fileURLToPath(new URL('../drag/drag.mjs', import.meta.url));
const args = [
  drag,
  '--url',
  await exampleHash('transform', 'everything drawn'),
  '--handle',
  'i-hat, first column',
  '--size',
  '1920x1080',
  '--radius',
  '160',
  ...process.argv.slice(2),
];
process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);

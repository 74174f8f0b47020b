// Embeddings scene: the cost of dragging an embedding point, from a Chromium trace (the method of
// bench/drag/drag.mjs). By default User 1's point is dragged with User 1's predictions drawn, the
// worst case: the user's direction, its ruler of ratings and all five projections move, and the
// panel's predicted ratings, their colours, the suggestions and the loss follow every move.
// `--handle Shrek` drags a movie instead (one projection and one predicted column move). Run by hand:
//
//   node bench/embeddings/drag.mjs [--build] [--runs 3] [--handle 'User 1'] [any option of bench/drag/drag.mjs]
//
// Budget: net median ≤ 4 ms, p95 ≤ 8 ms of script + style + layout per pointer move.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exampleHash } from '../scenes.mjs';

const drag = fileURLToPath(new URL('../drag/drag.mjs', import.meta.url));
const given = process.argv.slice(2);
const defaults = [
  ...(given.includes('--url') ? [] : ['--url', await exampleHash('embeddings', 'the lesson’s ratings learned')]),
  ...(given.includes('--handle') ? [] : ['--handle', 'User 1']),
  ...(given.includes('--radius') ? [] : ['--radius', '120']),
];
process.exit(spawnSync(process.execPath, [drag, ...defaults, ...given], { stdio: 'inherit' }).status ?? 1);

// Vectors scene: the cost of dragging a's tip with every construction drawn
// (the scene's example "every construction at once"; the default of
// bench/drag/drag.mjs drags it with none). Run by hand:
//
//   node bench/vectors/drag.mjs [--build] [--runs 3] [any option of bench/drag/drag.mjs]
//
// Budget: net median ≤ 4 ms, p95 ≤ 8 ms of main-thread work per pointer move.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exampleHash } from '../scenes.mjs';

const drag = fileURLToPath(new URL('../drag/drag.mjs', import.meta.url));
const args = [drag, '--url', await exampleHash('vectors', 'every construction'), '--handle', 'vector a', ...process.argv.slice(2)];
process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);

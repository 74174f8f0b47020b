// PCA scene: the cost of dragging one point of a 500-point cloud with everything drawn (the
// scene's example "500 points, everything drawn": the principal axes, both ellipses, every
// point's projection onto PC1 and its residual, the candidate axis). Run by hand:
//
//   node bench/pca/drag.mjs [--build] [--runs 3] [any option of bench/drag/drag.mjs]
//
// Budget: net median ≤ 4 ms, p95 ≤ 8 ms of script + style + layout per pointer move.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exampleHash } from '../scenes.mjs';

const drag = fileURLToPath(new URL('../drag/drag.mjs', import.meta.url));
const args = [drag, '--url', await exampleHash('pca', '500 points'), '--handle', 'point 1 of 500', '--radius', '160', ...process.argv.slice(2)];
process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);

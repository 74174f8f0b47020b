// `node scripts/check-layering.mjs`: every import in src/ that runs against the layering
// (see the rules at the top of layering.mjs), and exit 1 when there is any.
import { checkLayering } from './layering.mjs';

const problems = checkLayering('src');
if (problems.length) {
  console.error(`${problems.length} import${problems.length === 1 ? '' : 's'} against the layering (rules: scripts/layering.mjs):`);
  for (const p of problems) console.error('  ' + p.text);
  process.exit(1);
}
console.log('imports follow the layering, and the math core is pure');

import { checkTree } from './math-purity.mjs';

const problems = checkTree('src/lib/math');
if (problems.length) {
  console.error('src/lib/math must stay pure (no Svelte, d3-selection or DOM):');
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
console.log('math core is pure');

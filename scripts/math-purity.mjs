// The math core is pure: it runs in Node under Vitest and in a Web Worker alike.
// These rules keep the one-way imports `scenes → ui, plane → math` honest.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const FORBIDDEN_IMPORTS = [
  /^svelte(\/|$)/,
  /^d3$/,
  /^d3-(selection|zoom|drag|transition|brush)$/,
  /^katex(\/|$)/,
  /(^|\/)(plane|ui|scenes)\//,
  /\.svelte$/,
];
const FORBIDDEN_GLOBALS =
  /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|SVGElement|requestAnimationFrame|getComputedStyle|location)\s*[.([]/;

/** Problems in one file's source text, as "line N: what" strings. */
export function purityProblems(source) {
  const problems = [];
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
      if (FORBIDDEN_IMPORTS.some((re) => re.test(m[1])))
        problems.push(`line ${i + 1}: imports '${m[1]}'`);
    }
    if (FORBIDDEN_GLOBALS.test(code)) problems.push(`line ${i + 1}: touches the DOM: ${code.trim()}`);
  });
  return problems;
}

export function listSources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return /\.(ts|js|mjs|svelte)$/.test(name) ? [path] : [];
  });
}

export function checkTree(dir) {
  return listSources(dir).flatMap((path) => {
    if (path.endsWith('.svelte')) return [`${relative(process.cwd(), path)}: a Svelte file in the math core`];
    return purityProblems(readFileSync(path, 'utf8')).map((p) => `${relative(process.cwd(), path)} ${p}`);
  });
}

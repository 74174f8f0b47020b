// Imports go one way (STYLE.md §1): scenes → kit → ui, plane → display, interaction → math.
// This check reads the import graph of src/ and reports every edge that runs against it, and it
// keeps the math core pure (no Svelte, d3-selection or DOM) so it runs in Node and in a Worker.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

// ── The rules ───────────────────────────────────────────────────────────────────────────────
// A layer is a glob over repo paths: `**` is any depth, `*` one path segment, `{name}` one
// segment remembered by name (so a rule can say "this scene's own folder").
export const LAYERS = {
  math: 'src/lib/math/**',
  color: 'src/lib/color/**',
  text: 'src/lib/text/**',
  plane: 'src/lib/plane/**',
  ui: 'src/lib/ui/**',
  url: 'src/lib/url/**',
  kit: 'src/lib/kit/**',
  display: 'src/lib/display/**',
  interaction: 'src/lib/interaction/**',
  lib: 'src/lib/**',
  scene: 'src/scenes/{scene}/**',
  scenes: 'src/scenes/**',
  ours: '**',
};

// A file in a `from` layer may not import a file in a `forbid` layer unless the target is also in
// an `allow` layer ({scene} there is the scene the importing file sits in); `why` may name the
// importing layer as {layer}. The first rule that matches an import reports it. The registry
// src/scenes/index.ts sits in no scene's folder, so it may import them all.
export const RULES = [
  { from: ['math'], forbid: ['ours'], allow: ['math'], why: 'the math core runs in Node and in Workers, so it leans on nothing of ours' },
  { from: ['color'], forbid: ['ours'], allow: ['math', 'color'], why: 'colour scales are numbers in, colours out' },
  { from: ['text'], forbid: ['ours'], allow: ['math', 'text'], why: 'formatting is numbers in, strings out' },
  { from: ['plane', 'ui'], forbid: ['url', 'kit', 'scenes'], why: '{layer} takes values, the scene kit wires the URL' },
  {
    from: ['url'],
    forbid: ['plane', 'ui', 'kit', 'scenes'],
    why: 'the URL layer encodes and decodes values; the scene kit connects it to what draws',
  },
  {
    from: ['display', 'interaction'],
    forbid: ['url', 'kit', 'plane', 'ui', 'scenes'],
    why: 'display settings and input handling sit under the plane and ui that use them',
  },
  { from: ['lib'], forbid: ['scenes'], why: 'shared code serves every scene, so it may not lean on one' },
  {
    from: ['scene'],
    forbid: ['scenes'],
    allow: ['scene'],
    why: 'a scene folder holds only what is its own: share through src/lib, and only the registry imports every scene',
  },
];

// The math core's own rules: packages and globals that tie code to Svelte, the DOM or a browser.
// (A relative import of a component is the layering rules' business: math imports nothing of ours.)
const IMPURE_PACKAGES = [/^svelte(\/|$)/, /^d3$/, /^d3-(selection|zoom|drag|transition|brush)$/, /^katex(\/|$)/];
const DOM_GLOBALS =
  /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|SVGElement|requestAnimationFrame|getComputedStyle|location)\s*[.([]/;

// ── Globs ───────────────────────────────────────────────────────────────────────────────────
const globCache = new Map();
function globRegExp(glob) {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob
      .split(/(\*\*|\*|\{\w+\})/)
      .map((part) => {
        if (part === '**') return '.*';
        if (part === '*') return '[^/]+';
        if (/^\{\w+\}$/.test(part)) return `(?<${part.slice(1, -1)}>[^/]+)`;
        return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    re = new RegExp(`^${body}$`);
    globCache.set(glob, re);
  }
  return re;
}

/** The named segments when `path` is in `glob` ({} when it has none), else null. */
export function matchGlob(glob, path) {
  const m = globRegExp(glob).exec(path);
  return m ? { ...m.groups } : null;
}

const bind = (glob, names) => glob.replace(/\{(\w+)\}/g, (all, name) => names[name] ?? all);

/** What a path is called in messages: its layer ('ui', 'scenes/vectors'), else the path. */
function layerName(path) {
  for (const [name, glob] of Object.entries(LAYERS)) {
    if (name === 'lib' || name === 'scenes' || name === 'ours') continue;
    const m = matchGlob(glob, path);
    if (m) return m.scene ? `scenes/${m.scene}` : name;
  }
  return null;
}

// ── Reading imports ─────────────────────────────────────────────────────────────────────────
/**
 * The source with comments blanked (`code`), and also with string contents blanked (`bare`),
 * both keeping every newline so offsets still give line numbers. In a .svelte file only the
 * <script> blocks count, if it has any. Strings end at a newline, so a quote inside a regex literal can blank
 * at most the rest of its line.
 */
export function blankComments(source, isSvelte = false) {
  let text = source;
  // A .svelte file without a <script> (a fragment in a test, say) is read as all script.
  if (isSvelte && /<script\b/.test(source)) {
    text = source.replace(/[^\n]/g, ' ');
    for (const m of source.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
      const start = m.index + m[1].length;
      text = text.slice(0, start) + m[2] + text.slice(start + m[2].length);
    }
  }
  let code = '';
  let bare = '';
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    let end;
    if (c === '/' && next === '/') {
      end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      code += blank(text.slice(i, end));
      bare += blank(text.slice(i, end));
    } else if (c === '/' && next === '*') {
      end = text.indexOf('*/', i + 2);
      end = end < 0 ? text.length : end + 2;
      code += blank(text.slice(i, end));
      bare += blank(text.slice(i, end));
    } else if (c === "'" || c === '"' || c === '`') {
      end = i + 1;
      while (end < text.length && text[end] !== c && (c === '`' || text[end] !== '\n')) end += text[end] === '\\' ? 2 : 1;
      end = Math.min(end + 1, text.length);
      code += text.slice(i, end);
      bare += c + blank(text.slice(i + 1, end - 1)) + (end - i > 1 ? text[end - 1] : '');
    } else {
      end = i + 1;
      code += c;
      bare += c;
    }
    i = end;
  }
  return { code, bare };
}

const lineAt = (text, offset) => text.slice(0, offset).split('\n').length;

// `import x from`, `import type { T } from`, `import * as m from`, `export { a } from`, `export * from`…
const FROM_IMPORT = /(?<![\w$.])(import|export)(?![\w$])(\s+type\b)?[^;'"`()=]*?\bfrom\s*(['"])([^'"\n]+)\3/g;
// `import './side-effect'` and `import('./lazy')`.
const BARE_IMPORT = /(?<![\w$.])import\s*(\(\s*)?(['"])([^'"\n]+)\2/g;

/** Every import in one file, each with its line and kind. */
export function importsOf(source, isSvelte = false) {
  const { code, bare } = blankComments(source, isSvelte);
  // A keyword blanked in `bare` sits inside a string: text about an import, not an import.
  const inCode = (m) => bare.startsWith(m[0].slice(0, 6), m.index);
  const found = [];
  for (const m of code.matchAll(FROM_IMPORT)) {
    if (!inCode(m)) continue;
    const kind = m[1] === 'export' ? 're-export' : m[2] ? 'type' : 'static';
    found.push({ line: lineAt(code, m.index), specifier: m[4], kind });
  }
  for (const m of code.matchAll(BARE_IMPORT)) {
    if (!inCode(m)) continue;
    found.push({ line: lineAt(code, m.index), specifier: m[3], kind: m[1] ? 'dynamic' : 'side-effect' });
  }
  return found.sort((a, b) => a.line - b.line);
}

const RESOLVE_SUFFIXES = ['', '.ts', '.js', '.svelte.ts', '.svelte.js', '/index.ts', '/index.js'];

/**
 * The repo path a relative import names, trying the suffixes the bundler would; null for a
 * package. When no file matches (a file not yet written) the joined path still tells the layer.
 */
export function resolveImport(fromPath, specifier, exists) {
  if (!/^\.\.?(\/|$)/.test(specifier)) return null;
  const joined = posix.normalize(posix.join(posix.dirname(fromPath), specifier.replace(/[?#].*$/, '')));
  const candidates = RESOLVE_SUFFIXES.map((s) => joined + s);
  if (/\.js$/.test(joined)) candidates.push(joined.replace(/\.js$/, '.ts'));
  return candidates.find(exists) ?? joined;
}

// ── The check ───────────────────────────────────────────────────────────────────────────────
function brokenRule(file, target) {
  for (const rule of RULES) {
    for (const from of rule.from) {
      const names = matchGlob(LAYERS[from], file);
      if (!names) continue;
      const forbidden = rule.forbid.find((layer) => matchGlob(LAYERS[layer], target));
      const allowed = (rule.allow ?? []).some((layer) => matchGlob(bind(LAYERS[layer], names), target));
      if (forbidden && !allowed) return { rule, from };
    }
  }
  return null;
}

function purityProblems(file, source) {
  if (file.endsWith('.svelte')) return [{ file, line: 1, rule: 'math is pure', text: `${file}: a Svelte file in the math core` }];
  const problems = [];
  for (const { line, specifier } of importsOf(source)) {
    if (IMPURE_PACKAGES.some((re) => re.test(specifier)))
      problems.push({
        file,
        line,
        specifier,
        rule: 'math is pure',
        text: `${file} line ${line}: imports '${specifier}' — math stays pure (no Svelte, d3-selection, KaTeX or DOM)`,
      });
  }
  blankComments(source)
    .bare.split('\n')
    .forEach((code, i) => {
      const m = DOM_GLOBALS.exec(code);
      if (m)
        problems.push({
          file,
          line: i + 1,
          rule: 'math is pure',
          text: `${file} line ${i + 1}: touches the DOM ('${m[1]}') — math stays pure (no Svelte, d3-selection, KaTeX or DOM)`,
        });
    });
  return problems;
}

const SOURCE = /\.(ts|js|mjs|svelte)$/;

/**
 * Every problem in a tree given as repo path → source text (paths with '/', e.g.
 * 'src/lib/ui/Notice.svelte'), in path and line order.
 */
export function layeringProblems(files) {
  const exists = (path) => Object.hasOwn(files, path);
  const problems = [];
  for (const file of Object.keys(files).sort()) {
    if (!SOURCE.test(file)) continue;
    const source = files[file];
    if (matchGlob(LAYERS.math, file)) problems.push(...purityProblems(file, source));
    for (const { line, specifier } of importsOf(source, file.endsWith('.svelte'))) {
      const target = resolveImport(file, specifier, exists);
      if (target === null) continue;
      const broken = brokenRule(file, target);
      if (!broken) continue;
      const { rule, from } = broken;
      const who = layerName(file) ?? from;
      const what = layerName(target) ?? target;
      problems.push({
        file,
        line,
        specifier,
        target,
        rule: `${rule.from.join(', ')} ↛ ${rule.forbid.join(', ')}`,
        text: `${file} line ${line}: imports '${specifier}' — ${who} must not import ${what} (${rule.why.replaceAll('{layer}', who)})`,
      });
    }
  }
  return problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** The source files under `dir`, keyed by their path from `root` with '/' separators. */
export function readTree(dir = 'src', root = process.cwd()) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** The problems in the tree on disk. */
export const checkLayering = (dir = 'src', root = process.cwd()) => layeringProblems(readTree(dir, root));

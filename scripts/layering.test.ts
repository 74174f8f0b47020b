import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, layeringProblems, resolveImport } from './layering.mjs';

/** The messages for a fake tree of one or more files. */
const texts = (files: Record<string, string>) => layeringProblems(files).map((p) => p.text);
/** The problems for one importing file with one import line. */
const check = (file: string, specifier: string) => layeringProblems({ [file]: `import x from '${specifier}';\n` });

describe('layering: every rule can fail', () => {
  // [importing file, import, layer named in the message as the forbidden one]
  const forbidden: [string, string, string][] = [
    // math imports nothing of ours outside math
    ['src/lib/math/vec2.ts', '../plane/context', 'plane'],
    ['src/lib/math/linalg/svd.ts', '../../ui/katex', 'ui'],
    ['src/lib/math/vec2.ts', '../settings.svelte', 'src/lib/settings.svelte'],
    ['src/lib/math/vec2.ts', '../text/format', 'text'],
    ['src/lib/math/vec2.ts', '../color/viridis', 'color'],
    ['src/lib/math/vec2.ts', '../../../tests/e2e/helpers', 'tests/e2e/helpers'],
    // color and text: only math and themselves
    ['src/lib/color/scale.ts', '../ui/ColorLegend.svelte', 'ui'],
    ['src/lib/color/scale.ts', '../text/format', 'text'],
    ['src/lib/text/format.ts', '../plane/context', 'plane'],
    ['src/lib/text/format.ts', '../color/scale', 'color'],
    ['src/lib/text/format.ts', '../url/params', 'url'],
    // plane and ui: no url, kit, scenes
    ['src/lib/plane/Plane.svelte', '../url/params', 'url'],
    ['src/lib/plane/Vector.svelte', '../kit/toggles', 'kit'],
    ['src/lib/plane/Plane.svelte', '../../scenes/vectors/state.svelte', 'scenes/vectors'],
    ['src/lib/ui/Notice.svelte', '../url/params', 'url'],
    ['src/lib/ui/Tex.svelte', '../kit/SceneLayout.svelte', 'kit'],
    ['src/lib/ui/MatrixInput.svelte', '../../scenes/transform/presets', 'scenes/transform'],
    // url: no plane, ui, kit, scenes
    ['src/lib/url/params.ts', '../plane/view.svelte', 'plane'],
    ['src/lib/url/sync.svelte.ts', '../ui/Notice.svelte', 'ui'],
    ['src/lib/url/route.ts', '../kit/define', 'kit'],
    ['src/lib/url/router.svelte.ts', '../../scenes/index', 'src/scenes/index'],
    // display and interaction: no url, kit, plane, ui, scenes
    ['src/lib/display/display.svelte.ts', '../url/app-params', 'url'],
    ['src/lib/display/display.svelte.ts', '../kit/toggles', 'kit'],
    ['src/lib/display/display.svelte.ts', '../plane/context', 'plane'],
    ['src/lib/interaction/movable.svelte.ts', '../ui/katex', 'ui'],
    ['src/lib/interaction/movable.svelte.ts', '../plane/context', 'plane'],
    ['src/lib/interaction/pointermove.ts', '../../scenes/gradient/state.svelte', 'scenes/gradient'],
    // nothing under src/lib imports a scene
    ['src/lib/settings.svelte.ts', '../scenes/vectors/url', 'scenes/vectors'],
    ['src/lib/kit/define.ts', '../../scenes/index', 'src/scenes/index'],
    // no scene imports another scene
    ['src/scenes/vectors/Panel.svelte', '../transform/formulas', 'scenes/transform'],
    ['src/scenes/gradient/state.svelte.ts', '../vectors/state.svelte', 'scenes/vectors'],
  ];
  it.each(forbidden)('%s importing %s', (file, specifier, layer) => {
    const problems = check(file, specifier);
    expect(problems).toHaveLength(1);
    expect(problems[0].text).toContain(`line 1: imports '${specifier}'`);
    expect(problems[0].text).toContain(` must not import ${layer} (`);
  });

  it('reads a .svelte fragment without <script> as script', () => {
    expect(texts({ 'src/lib/ui/A.svelte': "import x from '../url/params'" })).toEqual([
      "src/lib/ui/A.svelte line 1: imports '../url/params' — ui must not import url (ui takes values, the scene kit wires the URL)",
    ]);
  });

  it('names the file, line, import, rule and why', () => {
    const notice = `<!-- Problems in a link -->\n<script lang="ts">\n  import type { Problem } from '../url/params';\n</script>\n`;
    expect(texts({ 'src/lib/ui/Notice.svelte': notice })).toEqual([
      "src/lib/ui/Notice.svelte line 3: imports '../url/params' — ui must not import url (ui takes values, the scene kit wires the URL)",
    ]);
    expect(texts({ 'src/scenes/vectors/Panel.svelte': "<script>\n\n  import { texDet } from '../transform/formulas';\n</script>" })).toEqual([
      "src/scenes/vectors/Panel.svelte line 3: imports '../transform/formulas' — scenes/vectors must not import scenes/transform" +
        ' (a scene folder holds only what is its own: share through src/lib, and only the registry imports every scene)',
    ]);
  });

  it('reports every problem in a tree, in file and line order', () => {
    const problems = layeringProblems({
      'src/lib/url/params.ts': "import { a } from '../plane/context';\nimport { b } from './route';\nimport { c } from '../ui/katex';\n",
      'src/lib/math/vec2.ts': "import { getPlane } from '../plane/context';\n",
      'src/lib/url/route.ts': '',
    });
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['src/lib/math/vec2.ts', 1],
      ['src/lib/url/params.ts', 1],
      ['src/lib/url/params.ts', 3],
    ]);
  });
});

describe('layering: allowed imports pass', () => {
  const allowed: [string, string][] = [
    ['src/lib/math/linalg/svd.ts', '../vec2'],
    ['src/lib/math/expr/compile/field.ts', '../../mat2'],
    ['src/lib/math/fixtures/fixtures.ts', './linalg.json'],
    ['src/lib/color/scale.ts', '../math/levels'],
    ['src/lib/color/scale.ts', './viridis'],
    ['src/lib/text/format.ts', '../math/vec2'],
    ['src/lib/text/problem.ts', './format'],
    ['src/lib/plane/Plane.svelte', '../math/vec2'],
    ['src/lib/plane/Vector.svelte', '../display/display.svelte'],
    ['src/lib/plane/Handle.svelte', '../interaction/movable.svelte'],
    ['src/lib/plane/Label.svelte', '../text/format'],
    ['src/lib/ui/ColorLegend.svelte', '../color/scale'],
    ['src/lib/ui/Notice.svelte', '../text/problem'],
    ['src/lib/ui/Tex.svelte', './katex'],
    ['src/lib/url/params.ts', '../math/vec2'],
    ['src/lib/url/params.ts', '../text/problem'],
    ['src/lib/display/display.svelte.ts', '../math/vec2'],
    ['src/lib/interaction/movable.svelte.ts', '../display/display.svelte'],
    ['src/lib/kit/SceneLayout.svelte', '../url/sync.svelte'],
    ['src/lib/kit/SceneLayout.svelte', '../ui/Notice.svelte'],
    ['src/lib/kit/define.ts', '../plane/Plane.svelte'],
    ['src/scenes/vectors/Panel.svelte', './formulas'],
    ['src/scenes/vectors/Panel.svelte', '../../lib/ui/Tex.svelte'],
    ['src/scenes/vectors/Scene.svelte', '../../lib/kit/SceneLayout.svelte'],
    ['src/scenes/transform/state.svelte.ts', '../../lib/url/params'],
    ['src/scenes/index.ts', './vectors/Scene.svelte'],
    ['src/scenes/index.ts', './gradient/index'],
    ['src/App.svelte', './scenes/index'],
    ['src/main.ts', './App.svelte'],
    ['src/lib/math/vec2.ts', 'd3-scale'],
    ['src/lib/ui/Tex.svelte', 'katex'],
  ];
  it.each(allowed)('%s importing %s', (file, specifier) => {
    expect(check(file, specifier)).toEqual([]);
  });

  it('lets the registry import every scene, lazily or not', () => {
    const registry = [
      "import type { Component } from 'svelte';",
      "import vectors from './vectors/index';",
      "export { default as transform } from './transform/index';",
      "const gradient = () => import('./gradient/Scene.svelte');",
    ].join('\n');
    expect(texts({ 'src/scenes/index.ts': registry })).toEqual([]);
  });
});

describe('layering: reading imports', () => {
  it('finds every kind of import, with its line', () => {
    const source = [
      "import a from './a';", // 1
      "import type { B } from './b';", // 2
      'import {', // 3
      '  c,',
      '  type C,',
      "} from './c';",
      "export { d } from './d';", // 7
      "export * from './e';", // 8
      "export type { F } from './f';", // 9
      "import './g.css';", // 10
      "const h = () => import('./h');", // 11
      "import * as i from './i';", // 12
      "const j = await import(\n  './j'\n);", // 13
    ].join('\n');
    expect(importsOf(source).map((i) => [i.line, i.specifier, i.kind])).toEqual([
      [1, './a', 'static'],
      [2, './b', 'type'],
      [3, './c', 'static'],
      [7, './d', 're-export'],
      [8, './e', 're-export'],
      [9, './f', 're-export'],
      [10, './g.css', 'side-effect'],
      [11, './h', 'dynamic'],
      [12, './i', 'static'],
      [13, './j', 'dynamic'],
    ]);
  });

  it('catches forbidden type imports, re-exports and dynamic imports alike', () => {
    for (const line of [
      "import type { Problem } from '../url/params';",
      "export { decode } from '../url/params';",
      "export * from '../url/params';",
      "const m = await import('../url/params');",
      "import '../url/params';",
    ])
      expect(texts({ 'src/lib/ui/A.ts': line }), line).toHaveLength(1);
  });

  it('ignores imports in comments, in strings and in Svelte markup', () => {
    const ts = [
      "// import x from '../url/params';",
      "/* export * from '../url/params'; */",
      'const help = "write import x from \'../url/params\' in a scene";',
      "const url = 'https://example.org/a'; import { ok } from './ok';",
    ].join('\n');
    expect(texts({ 'src/lib/ui/A.ts': ts })).toEqual([]);
    expect(importsOf(ts).map((i) => i.specifier)).toEqual(['./ok']);
    const svelte = [
      '<script module lang="ts">',
      "  export { x } from '../url/params';",
      '</script>',
      '<script lang="ts">',
      "  import Notice from './Notice.svelte';",
      '</script>',
      "<p>To share, import x from '../url/params' in the kit.</p>",
      "<!-- import y from '../kit/define' -->",
    ].join('\n');
    expect(texts({ 'src/lib/ui/A.svelte': svelte })).toEqual([
      "src/lib/ui/A.svelte line 2: imports '../url/params' — ui must not import url (ui takes values, the scene kit wires the URL)",
    ]);
  });

  it('resolves imports to paths the way the bundler does', () => {
    const files = new Set([
      'src/lib/plane/Plane.svelte',
      'src/lib/plane/view.svelte.ts',
      'src/lib/math/vec2.ts',
      'src/lib/math/index.ts',
      'src/lib/math/linalg/index.ts',
    ]);
    const exists = (p: string) => files.has(p);
    expect(resolveImport('src/lib/ui/A.svelte', '../plane/Plane.svelte', exists)).toBe('src/lib/plane/Plane.svelte');
    expect(resolveImport('src/lib/ui/A.svelte', '../plane/view.svelte', exists)).toBe('src/lib/plane/view.svelte.ts');
    expect(resolveImport('src/lib/ui/A.svelte', '../math/vec2.js', exists)).toBe('src/lib/math/vec2.ts');
    expect(resolveImport('src/lib/ui/A.svelte', '../math', exists)).toBe('src/lib/math/index.ts');
    expect(resolveImport('src/lib/math/linalg/svd.ts', '.', exists)).toBe('src/lib/math/linalg/index.ts');
    expect(resolveImport('src/lib/math/linalg/svd.ts', './missing', exists)).toBe('src/lib/math/linalg/missing');
    expect(resolveImport('src/lib/ui/A.svelte', 'd3-scale', exists)).toBeNull();
  });

  it('judges a folder import by the index file it resolves to', () => {
    const tree = { 'src/lib/url/index.ts': '', 'src/lib/ui/A.ts': "import { p } from '../url';" };
    expect(texts(tree)).toHaveLength(1);
  });
});

describe('layering: the math core stays pure', () => {
  const impure = [
    "import { mount } from 'svelte';",
    "import { writable } from 'svelte/store';",
    "import { select } from 'd3-selection';",
    "import * as d3 from 'd3';",
    "import katex from 'katex';",
    'const w = window.innerWidth;',
    "document.querySelector('svg');",
    'requestAnimationFrame(tick);',
  ];
  it.each(impure)('flags %s', (line) => {
    const problems = layeringProblems({ 'src/lib/math/a.ts': line });
    expect(problems).toHaveLength(1);
    expect(problems[0].rule).toBe('math is pure');
  });

  it('flags a Svelte file in the math core', () => {
    expect(texts({ 'src/lib/math/Thing.svelte': '<p>hi</p>' })).toEqual(['src/lib/math/Thing.svelte: a Svelte file in the math core']);
  });

  it('lets pure code through', () => {
    const source = [
      "import { scaleLinear } from 'd3-scale';",
      "import { contours } from 'd3-contour';",
      'export const twice = (x: number) => 2 * x; // window. in a comment',
      "export const hint = 'document.title is not read here';",
    ].join('\n');
    expect(texts({ 'src/lib/math/a.ts': source })).toEqual([]);
  });

  it('leaves DOM use outside the math core to the layers that may', () => {
    expect(texts({ 'src/lib/plane/a.ts': "import { select } from 'd3-selection';\nconst w = window.innerWidth;" })).toEqual([]);
  });
});

describe('check-layering CLI', () => {
  const cli = join(dirname(fileURLToPath(import.meta.url)), 'check-layering.mjs');
  const run = (tree: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'layering-'));
    try {
      for (const [path, text] of Object.entries(tree)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      return spawnSync(process.execPath, [cli], { cwd: root, encoding: 'utf8' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('prints every problem and exits 1', () => {
    const r = run({
      'src/lib/ui/Notice.svelte': "<script>\n  import { decode } from '../url/params';\n</script>\n",
      'src/lib/url/params.ts': "import { select } from '../plane/select';\n",
      'src/scenes/vectors/Panel.svelte': "<script>\n  import { f } from '../transform/formulas';\n</script>\n",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('3 imports against the layering');
    expect(r.stderr).toContain("src/lib/ui/Notice.svelte line 2: imports '../url/params' — ui must not import url");
    expect(r.stderr).toContain("src/lib/url/params.ts line 1: imports '../plane/select' — url must not import plane");
    expect(r.stderr).toContain(
      "src/scenes/vectors/Panel.svelte line 2: imports '../transform/formulas' — scenes/vectors must not import scenes/transform",
    );
  });

  it('exits 0 on a tree that keeps the rules', () => {
    const r = run({
      'src/lib/math/vec2.ts': 'export const zero = [0, 0];\n',
      'src/lib/ui/Tex.svelte': "<script>\n  import { zero } from '../math/vec2';\n</script>\n",
      'src/scenes/index.ts': "export const load = () => import('./vectors/Scene.svelte');\n",
      'src/scenes/vectors/Scene.svelte': "<script>\n  import Tex from '../../lib/ui/Tex.svelte';\n</script>\n",
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

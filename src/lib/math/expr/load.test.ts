import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileExpression, compileField, compileGradient, loadEngine, peekEngine } from './index';

describe('lazy loading', () => {
  it('has no engine until asked, then keeps the same one', async () => {
    expect(peekEngine()).toBeUndefined();
    const pending = loadEngine();
    expect(loadEngine()).toBe(pending);
    const engine = await pending;
    expect(peekEngine()).toBe(engine);
  });

  it('offers async entries that load on first use', async () => {
    const e = await compileExpression('x^2 + y^2');
    expect(e.ok && e.fn(3, 4)).toBe(25);
    const f = await compileField('(-y, x)');
    expect(f.ok && f.curl.fn(0, 0)).toBe(2);
    const g = await compileGradient('x^2 + y^2');
    expect(g.ok && g.fn(1, 2)).toEqual([2, 4]);
    expect(await compileExpression('x +')).toMatchObject({ ok: false });
  });

  it('imports mathjs only from the lazily loaded module', () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources).toContain(join('calculus', 'partials.ts'));
    for (const file of sources) {
      const text = readFileSync(join(dir, file), 'utf8');
      // `import type` is erased at build time; only a value import pulls mathjs into a chunk.
      const valueImport = /^import\s+(?!type\b)[^;]*from\s+'mathjs'/m.test(text);
      expect(valueImport, file).toBe(file === 'mathjs-instance.ts');
      expect(text, file).not.toMatch(/from '(\.\.?\/)+mathjs-instance'/);
    }
    expect(readFileSync(join(dir, 'load.ts'), 'utf8')).toMatch(/import\('\.\/mathjs-instance'\)/);
  });
});

// The scenes' example links, read from the registry (src/scenes/index.ts) the
// app and the screenshot test use, so a bench measures what a teacher opens.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The hash of the example of scene `id` whose name starts with `name`: '#/vectors?a=3,-2&…'. */
export async function exampleHash(id, name) {
  const { module } = await runnerImport(resolve(ROOT, 'src/scenes/index.ts'), { root: ROOT, configFile: false, logLevel: 'silent' });
  const scene = module.scenes.find((s) => s.id === id);
  if (!scene) throw new Error(`no scene “${id}” in src/scenes/index.ts`);
  const example = scene.examples.find((e) => e.name.startsWith(name));
  if (!example) throw new Error(`scene “${id}” has no example named “${name}…”; it has: ${scene.examples.map((e) => e.name).join('; ')}`);
  return `#/${id}${example.query ? `?${example.query}` : ''}`;
}

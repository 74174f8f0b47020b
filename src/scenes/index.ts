// The scene registry: adding a scene is a folder under src/scenes/ and its line here.
// Each scene's parts load on demand, so the first page carries only the scene it shows.
import type { AnySceneParts, SceneDefinition } from '../lib/kit/define';
import vectors from './vectors';
import transform from './transform';
import descent from './descent';
import field from './field';
import matrices from './matrices';
import pca from './pca';
import layer from './layer';
import embeddings from './embeddings';

export const scenes: readonly SceneDefinition[] = [vectors, transform, descent, field, matrices, pca, layer, embeddings];

/** The scene at this URL path: its id, or one of its former ids. */
export const findScene = (id: string): SceneDefinition | undefined => scenes.find((s) => s.id === id || s.aliases?.includes(id));

const loaded = new Map<string, Promise<AnySceneParts>>();

/** One load per scene: the same promise every time, so the page never re-mounts a scene it shows. */
export function loadScene(scene: SceneDefinition): Promise<AnySceneParts> {
  let p = loaded.get(scene.id);
  if (!p) {
    p = scene.parts();
    // A failed load (say, the network dropped) may be tried again later.
    p.catch(() => loaded.delete(scene.id));
    loaded.set(scene.id, p);
  }
  return p;
}

// The scene registry: adding a scene is a folder under src/scenes/ and one line here.
// Scenes load on demand, so the first page carries only the scene it shows.
import type { Component } from 'svelte';

export type SceneInfo = {
  /** The folder name and the URL path: `#/vectors`. */
  readonly id: string;
  readonly title: string;
  readonly load: () => Promise<{ default: Component }>;
};

export const scenes: readonly SceneInfo[] = [
  { id: 'vectors', title: 'Vectors', load: () => import('./vectors/Scene.svelte') },
  { id: 'transform', title: 'Transform', load: () => import('./transform/Scene.svelte') },
  { id: 'gradient', title: 'Gradient', load: () => import('./gradient/Scene.svelte') },
];

export const findScene = (id: string): SceneInfo | undefined => scenes.find((s) => s.id === id);

const loaded = new Map<string, Promise<{ default: Component }>>();

/** One load per scene: the same promise every time, so the page never re-mounts a scene it shows. */
export function loadScene(scene: SceneInfo): Promise<{ default: Component }> {
  let p = loaded.get(scene.id);
  if (!p) {
    p = scene.load();
    // A failed load (say, the network dropped) may be tried again later.
    p.catch(() => loaded.delete(scene.id));
    loaded.set(scene.id, p);
  }
  return p;
}

import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnySceneParts, SceneDefinition } from './define';
import { LoadedScene } from './loaded-scene.svelte';

// Runes in a test: this file is compiled by Svelte (the `.svelte.` in its name).
describe('a scene’s code, loaded as the scene to show changes', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
  });

  /** Loads that resolve or fail when the test says, one per request, in the order asked. */
  function setup(first: string) {
    let id = $state(first);
    const asked: { id: string; resolve: (p: AnySceneParts) => void; reject: () => void }[] = [];
    const load = (s: SceneDefinition) =>
      new Promise<AnySceneParts>((resolve, reject) => asked.push({ id: s.id, resolve, reject: () => reject(new Error('offline')) }));
    let loaded!: LoadedScene;
    cleanup = $effect.root(() => {
      loaded = new LoadedScene(() => ({ id }) as SceneDefinition, load);
    });
    flushSync();
    return { loaded, asked, go: (next: string) => ((id = next), flushSync()) };
  }
  const parts = (name: string) => ({ name }) as unknown as AnySceneParts;
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('shows the scene once its code is in', async () => {
    const { loaded, asked } = setup('vectors');
    expect(loaded.shown).toBeNull();
    asked[0].resolve(parts('vectors'));
    await settle();
    expect(loaded.shown?.id).toBe('vectors');
    expect(loaded.shown?.parts).toEqual({ name: 'vectors' });
  });

  it('the newest scene wins: an older load that comes in late is dropped', async () => {
    const { loaded, asked, go } = setup('vectors');
    go('matrices');
    asked[1].resolve(parts('matrices'));
    await settle();
    asked[0].resolve(parts('vectors'));
    await settle();
    expect(loaded.shown?.id).toBe('matrices');
  });

  it('names a scene whose code could not be loaded, and keeps the last one shown', async () => {
    const { loaded, asked, go } = setup('vectors');
    asked[0].resolve(parts('vectors'));
    await settle();
    go('pca');
    asked[1].reject();
    await settle();
    expect(loaded.failed).toBe('pca');
    expect(loaded.shown?.id).toBe('vectors');
  });
});

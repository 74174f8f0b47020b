// A scene's code, loaded when the scene to show changes: the page, a lesson's step and a challenge
// each hold one.
import { untrack } from 'svelte';
import type { AnySceneParts, SceneDefinition } from './define';

/**
 * Loading talks to the outside world, so it lives in an effect (an {#await} in the markup would
 * re-mount the scene on every address change). The newest scene wins: a slower, older load that
 * resolves late is dropped. Construct it while a component initialises.
 */
export class LoadedScene {
  /** The scene whose parts are loaded, and those parts. */
  shown = $state.raw<{ id: string; parts: AnySceneParts } | null>(null);
  /** The id of a scene whose code could not be loaded ('' when none). */
  failed = $state('');

  constructor(scene: () => SceneDefinition | undefined, load: (scene: SceneDefinition) => Promise<AnySceneParts>) {
    $effect(() => {
      const s = scene();
      if (!s || untrack(() => this.shown?.id) === s.id) return;
      let cancelled = false;
      load(s).then(
        (parts) => {
          if (!cancelled) this.shown = { id: s.id, parts };
        },
        () => {
          if (!cancelled) this.failed = s.id;
        },
      );
      return () => (cancelled = true);
    });
  }
}

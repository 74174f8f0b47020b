// What the SceneHost hands to the scene's panel and to the kit's widgets in it.
import { getContext, setContext } from 'svelte';
import type { Edit } from '../interaction/edit';
import type { PlaneView } from '../plane/view.svelte';

export type SceneKit = {
  /** Tell the URL sync before changing state, so an edit makes one history entry. */
  readonly edit: Edit;
  readonly view: PlaneView;
};

const KEY = Symbol('scene');

export function setSceneKit(kit: SceneKit): SceneKit {
  return setContext(KEY, kit);
}

export function getSceneKit(): SceneKit {
  const kit = getContext<SceneKit | undefined>(KEY);
  if (!kit) throw new Error('A scene widget (Toggle, PlayControls, …) was used outside a scene: render it inside a scene’s Panel.');
  return kit;
}

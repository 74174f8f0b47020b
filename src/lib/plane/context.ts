import { getContext, setContext } from 'svelte';
import type { PlaneView } from './view.svelte';

const KEY = Symbol('plane');

export function setPlane(view: PlaneView): PlaneView {
  return setContext(KEY, view);
}

/** The enclosing Plane's view. Plane children draw in world units through it. */
export function getPlane(): PlaneView {
  const view = getContext<PlaneView | undefined>(KEY);
  if (!view) throw new Error('A plane element (Vector, Point, Grid, …) was used outside <Plane>: put it inside <Plane>…</Plane>.');
  return view;
}

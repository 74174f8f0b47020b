import { getContext, setContext } from 'svelte';
import type { Frame } from './frame';
import type { PlaneView } from './view.svelte';

const PLANE = Symbol('plane');
const FRAME = Symbol('frame');

export function setPlane(view: PlaneView): PlaneView {
  setContext(FRAME, view);
  return setContext(PLANE, view);
}

/** The enclosing Plane's view: its size, zoom, visible region and selection. */
export function getPlane(): PlaneView {
  const view = getContext<PlaneView | undefined>(PLANE);
  if (!view) throw new Error('A plane element (Vector, Point, Grid, …) was used outside <Plane>: put it inside <Plane>…</Plane>.');
  return view;
}

export function setFrame(frame: Frame): Frame {
  return setContext(FRAME, frame);
}

/** The coordinates an element draws in: the world's, or those of the enclosing <Transform>. */
export function getFrame(): Frame {
  getPlane();
  return getContext<Frame>(FRAME);
}

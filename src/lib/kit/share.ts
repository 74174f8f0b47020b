// What "Share link" copies: the scene's query as the scene would like it shared —
// its settled state (an animation at its end, not at t = 0.7757…) and, when the
// learner has panned or zoomed, the region in view (`box=`). The page sets one
// source; the shown scene's host fills it in.
import { getContext, setContext } from 'svelte';

export class ShareSource {
  /** The shown scene's query for sharing; null while no scene is shown. */
  query: (() => string) | null = null;
}

const KEY = Symbol('share');

export const setShareSource = (source: ShareSource): ShareSource => setContext(KEY, source);

/** The page's share source, if the page has one (a lesson step or a test may not). */
export const getShareSource = (): ShareSource | undefined => getContext<ShareSource | undefined>(KEY);

// Text for screen readers that is spoken once a drag ends (or after each key
// press), not on every move: nobody can follow sixty sentences a second.
import { activity } from '../interaction/activity.svelte';

/** `compute()` as of the last moment no drag was under way. */
export function settled(compute: () => string): { readonly text: string } {
  // The derived keeps its last settled sentence in a plain variable: nothing reacts to it directly.
  let last = '';
  const text = $derived.by(() => {
    if (!activity.dragging) last = compute();
    return last;
  });
  return {
    get text() {
      return text;
    },
  };
}

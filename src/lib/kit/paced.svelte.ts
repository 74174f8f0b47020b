// Text that follows a drag at a reading pace.
//
// The panel's prose ("det A = 3: A scales every area by 3; orientation is kept…")
// and its worked lines ("1·5 + 2·6 = 17") change on the beats of `activity` (every
// PACE_MS) while something is dragged, and at once otherwise. Nobody can read a
// sentence that changes sixty times a second, and each change costs a paragraph's
// layout. The plain numbers a scene shows (a matrix's entries, Ax) still follow
// every move. All paced text changes on the same beat, in one frame.
import { activity, PACE_MS } from '../interaction/activity.svelte';

export { PACE_MS };

export function paced(compute: () => string): { readonly text: string } {
  let shown = '';
  let shownAt = -1;
  const text = $derived.by(() => {
    const beat = activity.beat;
    if (!activity.dragging || beat !== shownAt) {
      // compute()'s inputs are read only here: between beats a move does not even re-run this.
      shown = compute();
      shownAt = beat;
    }
    return shown;
  });
  return {
    get text() {
      return text;
    },
  };
}

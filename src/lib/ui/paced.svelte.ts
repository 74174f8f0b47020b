// Sentences that follow a drag at a reading pace.
//
// The panel's prose ("det A = 3: A scales every area by 3; orientation is kept…")
// changes at most every `ms` milliseconds while something is dragged, and at once
// otherwise. Plain numbers still follow every move. Nobody can read a sentence
// that changes sixty times a second, and each change costs a paragraph's layout.
import { activity } from '../activity.svelte';

export const PACE_MS = 250;

export function paced(compute: () => string, ms = PACE_MS): { readonly text: string } {
  let shown = '';
  let at = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Bumped by the timer so that the last sentence of a pause arrives without another move.
  let wake = $state(0);
  const text = $derived.by(() => {
    void wake;
    const next = compute();
    const now = performance.now();
    if (!activity.dragging || now - at >= ms) {
      shown = next;
      at = now;
      clearTimeout(timer);
      timer = undefined;
    } else if (next !== shown) {
      timer ??= setTimeout(
        () => {
          timer = undefined;
          wake++;
        },
        ms - (now - at),
      );
    }
    return shown;
  });
  return {
    get text() {
      return text;
    },
  };
}

// Whether the learner is in the middle of a drag. Costly, non-essential work
// (typesetting formulas) waits while this is true, so the picture under the
// pointer keeps up frame by frame; plain-text numbers update on every move.

/** How often text that follows a drag at a reading pace may change (see ui/paced). */
export const PACE_MS = 250;

class Activity {
  /** Nested drags (two fingers, say) are counted, not flagged. */
  private count = $state(0);
  #beat = $state(0);
  private timer: ReturnType<typeof setTimeout> | undefined;

  get dragging(): boolean {
    return this.count > 0;
  }

  /** Counts up every PACE_MS while a drag lasts: paced text changes on these beats, all together. */
  get beat(): number {
    return this.#beat;
  }

  begin(): void {
    if (this.count++ === 0) this.tick();
  }

  end(): void {
    this.count = Math.max(0, this.count - 1);
    if (this.count === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private tick(): void {
    this.timer = setTimeout(() => {
      this.#beat++;
      this.tick();
    }, PACE_MS);
  }
}

export const activity = new Activity();

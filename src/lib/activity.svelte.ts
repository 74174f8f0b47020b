// Whether the learner is in the middle of a drag. Costly, non-essential work
// (typesetting formulas) waits while this is true, so the picture under the
// pointer keeps up frame by frame; plain-text numbers update on every move.

class Activity {
  /** Nested drags (two fingers, say) are counted, not flagged. */
  private count = $state(0);

  get dragging(): boolean {
    return this.count > 0;
  }

  begin(): void {
    this.count++;
  }

  end(): void {
    this.count = Math.max(0, this.count - 1);
  }
}

export const activity = new Activity();

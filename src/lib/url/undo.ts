// A scene's undo history: the queries its state passed through, one entry per edit (a drag, a
// typed value, a preset, a toggle), and where in them the scene stands. Undo and redo move along
// it; a new edit after an undo drops what could have been redone, as in any editor. The queries
// are the codec's, so an entry restores the state exactly as a link would.
export const UNDO_LIMIT = 200;

export class UndoHistory {
  private entries: string[];
  private at = 0;

  constructor(
    first: string,
    private readonly limit = UNDO_LIMIT,
  ) {
    this.entries = [first];
  }

  get current(): string {
    return this.entries[this.at];
  }
  get canUndo(): boolean {
    return this.at > 0;
  }
  get canRedo(): boolean {
    return this.at < this.entries.length - 1;
  }

  /** A new edit ends at `query`: after the current entry, replacing whatever could be redone. Nothing happens when it changed nothing. */
  push(query: string): void {
    if (query === this.current) return;
    this.entries.length = this.at + 1;
    this.entries.push(query);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    this.at = this.entries.length - 1;
  }

  /** The edit under way goes on: its entry now ends at `query`. */
  amend(query: string): void {
    this.entries[this.at] = query;
    // An amend that comes back to the entry before (a drag that returns to its start) is no edit.
    if (this.at > 0 && this.entries[this.at - 1] === query) {
      this.entries.length = this.at;
      this.at--;
    }
  }

  /** The query to restore, or null when there is nothing to undo. */
  undo(): string | null {
    if (!this.canUndo) return null;
    return this.entries[--this.at];
  }

  redo(): string | null {
    if (!this.canRedo) return null;
    return this.entries[++this.at];
  }
}

// Keeps one scene's state and its query in step, through a port (the address bar
// in the full page, memory in a lesson step or a test).
// - Opening a link, reload, back and forward: the query is decoded into state.
// - Every change of state is encoded back: replaced in place, so history is not flooded,
//   except where an edit begins (a drag, a typed value, a toggle), which makes one entry.
// - During a drag, writes are throttled: browsers refuse more than ~100 history calls a second.
// - It keeps the scene's undo history too (UndoHistory): one entry per edit, toggles included,
//   so Ctrl+Z steps back through what the learner did and the address always shows where they are.

import { untrack } from 'svelte';
import type { Edit } from '../interaction/edit';
import type { Decoded, Problem } from './params';
import type { QueryPort } from './port.svelte';
import { UndoHistory } from './undo';

/** Why the state is set: a link (opening, Back, a typed address), undo or redo, or a reset to the defaults. */
export type SetCause = 'link' | 'history' | 'reset';

// replaceState costs a few milliseconds (it crosses to the browser process): a drag writes
// the address once a second and once at its end, not on every move.
const DRAG_WRITE_MS = 1000;
const STEP_COALESCE_MS = 1000;
const REPLACE_MS = 250;

export type Codec<S> = { decode(query: string): Decoded<S>; encode(state: S): string };

export class UrlSync<S> {
  problems = $state.raw<readonly Problem[]>([]);
  canUndo = $state(false);
  canRedo = $state(false);
  private history: UndoHistory | null = null;
  /** The next change of state begins an undo entry of its own. */
  private undoNext = false;
  /** The query undo or redo just restored: its own write is not an edit. */
  private restoring: string | null = null;
  private written = '';
  private pushNext = false;
  private dragging = false;
  private lastStep = { id: '', at: -Infinity };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;

  constructor(
    private readonly port: QueryPort,
    private readonly codec: Codec<S>,
    private readonly state: { get(): S; set(value: S, cause: SetCause): void },
  ) {
    this.load(untrack(() => port.query) ?? '');

    $effect(() => {
      const query = port.query;
      untrack(() => {
        if (query !== null && query !== this.written) this.load(query);
      });
    });

    $effect(() => {
      const query = this.codec.encode(this.state.get());
      untrack(() => this.write(query));
    });

    $effect(() => () => clearTimeout(this.timer));
  }

  private load(query: string): void {
    const { value, problems } = this.codec.decode(query);
    this.written = query;
    this.pushNext = false;
    // Back, Forward or a typed address: where the scene goes is a step one can undo.
    this.undoNext = this.history !== null;
    this.state.set(value, 'link');
    this.problems = problems;
  }

  /** Back to the state before the last edit (Ctrl+Z); false when there is none. */
  undo(): boolean {
    return this.restore(this.history?.undo() ?? null);
  }

  /** Forward again to the state an undo left (Ctrl+Shift+Z); false when there is none. */
  redo(): boolean {
    return this.restore(this.history?.redo() ?? null);
  }

  /** The scene's defaults (what its bare link shows), as an edit one can undo. */
  reset(): void {
    this.undoNext = true;
    this.pushNext = true;
    this.state.set(this.codec.decode('').value, 'reset');
    this.problems = [];
  }

  private restore(query: string | null): boolean {
    this.syncFlags();
    if (query === null) return false;
    this.restoring = query;
    this.undoNext = false;
    this.state.set(this.codec.decode(query).value, 'history');
    this.problems = [];
    return true;
  }

  private syncFlags(): void {
    this.canUndo = this.history?.canUndo ?? false;
    this.canRedo = this.history?.canRedo ?? false;
  }

  /** Each state the scene reaches: the first is the history's start; an edit's first begins an entry, the rest amend it. */
  private track(query: string): void {
    if (!this.history) this.history = new UndoHistory(query);
    else if (this.restoring !== null) {
      // Undo's own state (its query re-encoded, in case the codec writes it another way).
      this.restoring = null;
      this.history.amend(query);
    } else if (this.undoNext) {
      this.undoNext = false;
      this.history.push(query);
    } else this.history.amend(query);
    this.syncFlags();
  }

  private write(query: string): void {
    this.track(query);
    if (query === this.written) return;
    this.written = query;
    if (this.dragging && !this.pushNext) {
      this.timer ??= setTimeout(() => this.flush(), DRAG_WRITE_MS);
      return;
    }
    // Rewrites follow one another at most every REPLACE_MS (typing a formula rewrites on every key);
    // the last one always lands. A new entry is written at once.
    const wait = this.lastFlush + REPLACE_MS - performance.now();
    if (!this.pushNext && wait > 0) {
      this.timer ??= setTimeout(() => this.flush(), wait);
      return;
    }
    this.flush();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastFlush = performance.now();
    if (this.port.query === null) return;
    this.port.write(this.written, this.pushNext ? 'push' : 'replace');
    this.pushNext = false;
  }

  /** Called by handles and inputs before they change state. */
  readonly edit: Edit = (phase, id) => {
    const now = performance.now();
    if (phase === 'start') {
      this.dragging = true;
      this.pushNext = true;
      this.undoNext = true;
    } else if (phase === 'end') {
      this.dragging = false;
      this.flush();
    } else if (phase === 'switch') {
      // Rewrites the current address entry (a switch is not worth a Back of its own), but undo takes it back on its own.
      this.undoNext = true;
    } else {
      // Repeated arrow-key nudges of one handle make one history entry, not one per press.
      if (id !== this.lastStep.id || now - this.lastStep.at > STEP_COALESCE_MS) this.pushNext = this.undoNext = true;
      this.lastStep = { id, at: now };
    }
  };
}

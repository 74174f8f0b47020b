// Keeps one scene's state and its query in step, through a port (the address bar
// in the full page, memory in a lesson step or a test).
// - Opening a link, reload, back and forward: the query is decoded into state.
// - Every change of state is encoded back: replaced in place, so history is not flooded,
//   except where an edit begins (a drag, a typed value, a toggle), which makes one entry.
// - During a drag, writes are throttled: browsers refuse more than ~100 history calls a second.

import { untrack } from 'svelte';
import type { Edit } from '../interaction/edit';
import type { Decoded, Problem } from './params';
import type { QueryPort } from './port.svelte';

// replaceState costs a few milliseconds (it crosses to the browser process): a drag writes
// the address once a second and once at its end, not on every move.
const DRAG_WRITE_MS = 1000;
const STEP_COALESCE_MS = 1000;
const REPLACE_MS = 250;

export type Codec<S> = { decode(query: string): Decoded<S>; encode(state: S): string };

export class UrlSync<S> {
  problems = $state.raw<readonly Problem[]>([]);
  private written = '';
  private pushNext = false;
  private dragging = false;
  private lastStep = { id: '', at: -Infinity };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;

  constructor(
    private readonly port: QueryPort,
    private readonly codec: Codec<S>,
    private readonly state: { get(): S; set(value: S): void },
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
    this.state.set(value);
    this.problems = problems;
  }

  private write(query: string): void {
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
    } else if (phase === 'end') {
      this.dragging = false;
      this.flush();
    } else if (phase === 'switch') {
      // Rewrites the current entry: a switch is not worth a Back of its own.
    } else {
      // Repeated arrow-key nudges of one handle make one history entry, not one per press.
      if (id !== this.lastStep.id || now - this.lastStep.at > STEP_COALESCE_MS) this.pushNext = true;
      this.lastStep = { id, at: now };
    }
  };
}

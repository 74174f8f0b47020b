// Work that may wait for the browser to be idle, done a little at a time so
// it never holds up a frame: typesetting formulas after a drag, say.
// Idle time is not guaranteed to come soon: Chromium holds idle periods back
// for a while after input (a key press, typing), so jobs also run at most
// TIMEOUT_MS after they were queued, a slice of SLICE_MS at a time.

type Job = () => void;
type Deadline = { timeRemaining(): number; didTimeout: boolean };

/** Longest wait for idle time: a formula typed or nudged follows within a few frames. */
const TIMEOUT_MS = 50;
/** Work done per callback once the wait is over, so input still gets in between. */
const SLICE_MS = 8;

const queue = new Set<Job>();
let scheduled = false;

// Safari has no requestIdleCallback: a timeout with a frame's worth of budget stands in.
const requestIdle: (cb: (d: Deadline) => void, opts: { timeout: number }) => void =
  typeof requestIdleCallback === 'function'
    ? (cb, opts) => requestIdleCallback(cb, opts)
    : (cb) => setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: false }), 16);

/** Jobs run in idle time, each at most once however often it is queued. */
export function whenIdle(job: Job): void {
  queue.add(job);
  schedule();
}

export function cancelIdle(job: Job): void {
  queue.delete(job);
}

function schedule() {
  if (scheduled || queue.size === 0) return;
  scheduled = true;
  requestIdle(run, { timeout: TIMEOUT_MS });
}

function run(deadline: Deadline) {
  scheduled = false;
  // Past the timeout there is no idle time to wait for: do a slice's worth, at least one job.
  const end = performance.now() + SLICE_MS;
  let first = true;
  for (const job of queue) {
    if (!first && (deadline.didTimeout ? performance.now() > end : deadline.timeRemaining() < 3)) break;
    first = false;
    queue.delete(job);
    job();
  }
  schedule();
}

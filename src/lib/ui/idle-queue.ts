// Work that may wait for the browser to be idle, done a little at a time so
// it never holds up a frame: typesetting formulas after a drag, say.

type Job = () => void;
type Deadline = { timeRemaining(): number; didTimeout: boolean };

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
  requestIdle(run, { timeout: 300 });
}

function run(deadline: Deadline) {
  scheduled = false;
  // Past the timeout there is no idle time to wait for: do one job per callback, so input still gets in between.
  let budget = deadline.didTimeout ? 1 : Infinity;
  for (const job of queue) {
    if (budget-- <= 0 || (!deadline.didTimeout && deadline.timeRemaining() < 3)) break;
    queue.delete(job);
    job();
  }
  schedule();
}

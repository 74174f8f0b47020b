// Which challenges this learner has solved, kept in the browser's local storage under one key.
// Storage may be missing or full (a private window, a locked-down school laptop): then progress is
// simply not kept, and nothing breaks.
const KEY = 'vector-playground-challenges';
const MAX = 500;

export function loadDone(): ReadonlySet<string> {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(data) ? data.filter((k): k is string => typeof k === 'string').slice(-MAX) : []);
  } catch {
    return new Set();
  }
}

/** Marks a challenge solved; true when it was not already. */
export function markDone(key: string): boolean {
  const done = loadDone();
  if (done.has(key)) return false;
  try {
    localStorage.setItem(KEY, JSON.stringify([...done, key].slice(-MAX)));
  } catch {
    return false;
  }
  return true;
}

export function clearDone(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

// How a change reports itself, so the address bar can make one history entry per
// edit: a gesture (a drag, a scrub) starts and ends; a discrete change (a key
// press, a typed value, a toggle) is one step.
export type EditPhase = 'start' | 'step' | 'end';

/** Called before state changes, with a stable id of what is edited ("key:a", "show:sum"). */
export type Edit = (phase: EditPhase, id: string) => void;

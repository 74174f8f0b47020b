// How a change reports itself, so the address bar makes one history entry per
// meaningful edit: a gesture (a drag, a scrub) starts and ends; a discrete change
// (a key press, a typed value, a preset) is one step; a switch of what is drawn or
// how (a toggle, a choice of levels) rewrites the current entry instead, so nine
// toggles never need nine Backs.
export type EditPhase = 'start' | 'step' | 'end' | 'switch';

/** Called before state changes, with a stable id of what is edited ("key:a", "show:sum"). */
export type Edit = (phase: EditPhase, id: string) => void;

// Native listeners for events that fire on every pointer move.
//
// Svelte delegates `onpointermove` to one listener at the root, which walks the
// event's path and schedules a timer on every event: about 0.15 ms a move here,
// more than the handlers themselves. Attached this way, the browser calls the
// handler directly. Use it as `{@attach pointermove(handler)}`.
import type { Attachment } from 'svelte/attachments';

export function pointermove(handler: (e: PointerEvent) => void): Attachment<Element> {
  return (element) => {
    const listener = (e: Event) => handler(e as PointerEvent);
    element.addEventListener('pointermove', listener);
    return () => element.removeEventListener('pointermove', listener);
  };
}

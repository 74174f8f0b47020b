// A disclosure menu closes when the learner presses or moves the focus outside it: the app's top
// bar menu and the lesson bar's More menu both use this attachment.
//
//   <div class="menu" {@attach outsideCloses(() => (open = false))}>…</div>
export function outsideCloses(close: () => void): (el: HTMLElement) => () => void {
  return (el) => {
    const onOutside = (e: Event) => {
      if (!el.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  };
}

// KaTeX on demand: the first formula shown asks for it (a dynamic import, its own chunk with its
// style sheet, precached by the service worker like every other chunk); until it arrives a
// formula is an empty box of about its height. Once loaded, typesetting is synchronous, so a
// formula that follows a drag or a keystroke renders in the same frame as before.
type Render = (element: HTMLElement, tex: string, displayMode?: boolean) => void;

let render: Render | null = null;
let loading: Promise<Render> | null = null;

/** KaTeX's renderer when it has loaded, else null (and `loadTex()` starts loading it). */
export const texRenderer = (): Render | null => render;

/** Loads KaTeX once; every caller gets the same promise. A failed load may be tried again. */
export function loadTex(): Promise<Render> {
  loading ??= import('./katex-render').then(
    (m) => (render = m.renderTex),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

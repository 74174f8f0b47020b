// KaTeX itself and its style sheet: loaded on demand by katex.ts the first time a formula is
// shown, so a scene's first paint (its plane) does not wait for ~70 kB gzip of typesetting code.
import katex from 'katex';
import 'katex/dist/katex.min.css';

// trust: false blocks \href, \includegraphics and friends; the size and macro
// limits stop a pasted formula from growing the page or looping in expansion.
const OPTIONS = {
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  maxSize: 20,
  maxExpand: 500,
  output: 'htmlAndMathml',
} as const;

/**
 * Renders TeX into an element with KaTeX's DOM builder. `renderToString` with
 * `{@html}` would emit inline style attributes, which our CSP (style-src 'self') blocks.
 */
export function renderTex(element: HTMLElement, tex: string, displayMode = false): void {
  katex.render(tex, element, { ...OPTIONS, displayMode });
}

// How the app is shown: presentation mode, theme and the motion preference.
// The page builds one from its link and the system's settings and hands it down
// through context; a lesson step, an embed or a test hands down its own. The
// plane and the panels read it, e.g. to thicken strokes for the back row.
import { getContext, setContext } from 'svelte';

export type Theme = 'light' | 'dark';

export type DisplaySettings = {
  readonly present: boolean;
  readonly theme: Theme;
  readonly reducedMotion: boolean;
};

export class Display {
  readonly #read: () => DisplaySettings;

  /** `read` is called inside getters, so whatever state it reads stays reactive. */
  constructor(read: () => DisplaySettings) {
    this.#read = read;
  }

  get present(): boolean {
    return this.#read().present;
  }
  get theme(): Theme {
    return this.#read().theme;
  }
  /** Under `prefers-reduced-motion` nothing moves on its own: animations jump to their end. */
  get reducedMotion(): boolean {
    return this.#read().reducedMotion;
  }
  /** Vector stroke widths in px: 3 and 1.5, or thicker on a projector (DESIGN.md). */
  get vectorWidth(): number {
    return this.present ? 5 : 3;
  }
  get derivedWidth(): number {
    return this.present ? 2.7 : 1.5;
  }
  /** Type sizes in px, the twins of app.css's --label-size and --tick-size, for placing text. */
  get labelPx(): number {
    return this.present ? 30 : 16;
  }
  get tickPx(): number {
    return this.present ? 24 : 12;
  }
}

/** Light, not presenting, motion allowed: outside any page (a component test). */
export const PLAIN_DISPLAY: DisplaySettings = { present: false, theme: 'light', reducedMotion: false };
const KEY = Symbol('display');

export function setDisplay(display: Display): Display {
  return setContext(KEY, display);
}

/** The display of the enclosing page or embed; outside one (a component test), light and not presenting. */
export function getDisplay(): Display {
  return getContext<Display | undefined>(KEY) ?? new Display(() => PLAIN_DISPLAY);
}

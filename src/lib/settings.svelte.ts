// How the app is shown, shared by every scene: presentation mode and theme.
// Presentation and a chosen theme come from the link (`present=1`, `theme=dark`),
// so they are derived from the address; the system's theme and motion preference
// are written by the App's media-query listeners. The Plane and the panels read
// these, e.g. to thicken strokes for the back row.
import { decodeApp, type Theme } from './url/app-params';
import { router } from './url/router.svelte';

export type { Theme };

class DisplaySettings {
  systemTheme = $state<Theme>('light');
  reducedMotion = $state(false);

  private readonly fromLink = $derived(decodeApp(router.appQuery).value);
  readonly present = $derived(this.fromLink.present);
  /** null follows the system. */
  readonly themeChoice = $derived(this.fromLink.theme);
  readonly theme: Theme = $derived(this.themeChoice ?? this.systemTheme);
  /** Vector stroke widths in px: 3 and 1.5, or thicker on a projector (DESIGN.md). */
  readonly vectorWidth = $derived(this.present ? 5 : 3);
  readonly derivedWidth = $derived(this.present ? 2.7 : 1.5);
  /** Type sizes in px, the twins of app.css's --label-size and --tick-size, for placing text. */
  readonly labelPx = $derived(this.present ? 30 : 16);
  readonly tickPx = $derived(this.present ? 24 : 12);
}

export const display = new DisplaySettings();

// How the app is shown, shared by every scene: presentation mode and theme.
// The App writes these (from the URL, the system and the top bar); the Plane
// and the panels read them, e.g. to thicken strokes for the back row.

export type Theme = 'light' | 'dark';

class DisplaySettings {
  present = $state(false);
  /** null follows the system. */
  themeChoice = $state<Theme | null>(null);
  systemTheme = $state<Theme>('light');
  reducedMotion = $state(false);

  readonly theme: Theme = $derived(this.themeChoice ?? this.systemTheme);
  /** Vector stroke width in px: 3, or 5 on a projector (DESIGN.md). */
  readonly vectorWidth = $derived(this.present ? 5 : 3);
  readonly derivedWidth = $derived(this.present ? 2.7 : 1.5);
  readonly labelSize = $derived(this.present ? 30 : 16);
}

export const display = new DisplaySettings();

// The app's own keys in every link: `present=1`, `theme=dark|light` and `embed=1` (the plane and
// its panel alone, for an iframe in a slide or a course page).
import type { Theme } from '../display/display.svelte';
import { ParamReader, type Problem } from './params';

export type AppParams = { present: boolean; theme: Theme | null; embed: boolean };

export function decodeApp(query: string): { value: AppParams; problems: Problem[] } {
  const r = new ParamReader(query);
  const present = r.boolean('present', false);
  const [theme] = r.flags('theme', ['light', 'dark'] as const, []);
  const embed = r.boolean('embed', false);
  return { value: { present, theme: theme ?? null, embed }, problems: r.problems };
}

export function encodeApp({ present, theme, embed }: AppParams): string {
  return [present ? 'present=1' : '', theme ? `theme=${theme}` : '', embed ? 'embed=1' : ''].filter(Boolean).join('&');
}

// The app's own keys in every link: `present=1` and `theme=dark|light`.
import type { Theme } from '../display/display.svelte';
import { ParamReader, type Problem } from './params';

export type AppParams = { present: boolean; theme: Theme | null };

export function decodeApp(query: string): { value: AppParams; problems: Problem[] } {
  const r = new ParamReader(query);
  const present = r.boolean('present', false);
  const [theme] = r.flags('theme', ['light', 'dark'] as const, []);
  return { value: { present, theme: theme ?? null }, problems: r.problems };
}

export function encodeApp({ present, theme }: AppParams): string {
  return [present ? 'present=1' : '', theme ? `theme=${theme}` : ''].filter(Boolean).join('&');
}

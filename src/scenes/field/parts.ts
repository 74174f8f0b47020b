// The Field scene's parts, loaded when the scene is first shown.
export { FieldState as State } from './state.svelte';
export * as codec from './url';
export { default as Drawing } from './Drawing.svelte';
export { default as Panel } from './Panel.svelte';
export const home = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 };

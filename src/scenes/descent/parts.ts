// The Descent scene's parts, loaded when the scene is first shown.
export { DescentState as State } from './state.svelte';
export * as codec from './url';
export { default as Drawing } from './Drawing.svelte';
export { default as Panel } from './Panel.svelte';
export const home = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };

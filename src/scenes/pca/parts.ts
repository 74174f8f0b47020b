// The PCA scene's parts, loaded when the scene is first shown.
export { PcaState as State } from './state.svelte';
export * as codec from './url';
export { default as Drawing } from './Drawing.svelte';
export { default as Panel } from './Panel.svelte';

// One path to a scene. A scene is its state class, its codec (the URL), its
// drawing and its panel; everything that wires them together (the plane's view,
// the URL sync, the link notice, fitting the view) is the SceneHost's, so a fix
// there fixes every scene.
//
// A scene's `index.ts` holds what the app needs before the scene is shown (its
// id, title and example links: the top bar, the screenshot test and the benches
// read them) and loads the rest on demand:
//
//   export default defineScene({ id: 'vectors', title: 'Vectors', examples, parts: () => import('./parts') });
//
// This file is plain TypeScript without runes or components, so Node (the test
// runner, the benches) can read the registry.
import type { Component } from 'svelte';
import type { Vec2 } from '../math/vec2';
import type { Box } from '../math/box';
import type { Codec } from '../url/sync.svelte';
import type { PlaneView } from '../plane/view.svelte';
import type { Problem } from '../text/problem';
import type { Edit } from '../interaction/edit';
import type { Display } from '../display/display.svelte';

/** A link a teacher would hand out: what it shows and its query (without `#/id?`). */
export type Example = { readonly name: string; readonly query: string };

/** What a scene's state class offers the host. */
export interface SceneState<S> {
  /** The state as one immutable value: what the URL holds. */
  readonly snapshot: S;
  restore(value: S): void;
  /** Points the view must show when a link opens; the view is fitted around them. */
  frame?(): readonly Vec2[];
  /** Problems the state found in what the link gave it (a formula that does not read), beyond the codec's. */
  readonly problems?: readonly Problem[];
  /** The snapshot to share: where a running animation will end. The snapshot itself when omitted. */
  readonly settled?: S;
  /** The scene's numbers as LaTeX, for a slide or a worksheet: the panel's "Copy as LaTeX". */
  latex?(): string;
  /** The scene's numbers as a NumPy script, where the scene has an equivalent: "Copy as NumPy". */
  numpy?(): string;
}

/**
 * What a state class may use: the edit reporter (for changes it makes itself, like an animation),
 * the display, and the plane's view (for what is computed per view, like a sampled function).
 */
export type SceneEnv = { readonly edit: Edit; readonly display: Display; readonly view: PlaneView };

export type SceneParts<S, State extends SceneState<S>> = {
  readonly State: new (env: SceneEnv) => State;
  readonly codec: Codec<S>;
  /** The region shown before any fitting; the plane's default otherwise. */
  readonly home?: Box;
  readonly Drawing: Component<{ s: State; view: PlaneView }>;
  readonly Panel: Component<{ s: State }>;
};

/** Some scene's parts: each scene has its own snapshot and state types, which only its host needs. */
export type AnySceneParts = SceneParts<any, any>;

export type SceneDefinition = {
  /** The folder name and the URL path: `#/vectors`. */
  readonly id: string;
  readonly title: string;
  /** The first example is the scene's richest picture: the screenshots show it. */
  readonly examples: readonly Example[];
  readonly parts: () => Promise<AnySceneParts>;
  /** Former ids whose links still open this scene (`#/gradient?…` opens Descent), rewritten to the id. */
  readonly aliases?: readonly string[];
};

export function defineScene<S, State extends SceneState<S>>(definition: {
  id: string;
  title: string;
  examples: readonly Example[];
  parts: () => Promise<SceneParts<S, State>>;
  aliases?: readonly string[];
}): SceneDefinition {
  for (const id of [definition.id, ...(definition.aliases ?? [])])
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(id)) throw new Error(`scene id “${id}” must be a lower-case word: it is the URL path`);
  return definition;
}

/** The hash of an example link: `#/vectors?a=3,-2`. */
export const exampleHash = (scene: SceneDefinition, example: Example): string => `#/${scene.id}${example.query ? `?${example.query}` : ''}`;

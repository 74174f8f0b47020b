// Where a scene's query lives. In the full page it is the address bar (through
// the router); in a lesson step, an embed, a preview or a test it is a value in
// memory. The URL sync reads and writes a port and never knows which.
import { router } from './router.svelte';

export interface QueryPort {
  /** The scene's query now, or null while the port is not the scene's (the page shows another scene). */
  readonly query: string | null;
  /** `push` makes one history entry; `replace` rewrites the current one. */
  write(query: string, mode: 'push' | 'replace'): void;
}

/** The address bar, for the scene `scene`: `#/scene?query`, with the app's own keys kept. */
export function routerPort(scene: string): QueryPort {
  return {
    get query() {
      return router.route.scene === scene ? router.sceneQuery : null;
    },
    write(query, mode) {
      if (router.route.scene === scene) router.setSceneQuery(scene, query, mode);
    },
  };
}

/** A query held in memory; `writes` counts history entries a page would have made. */
export class MemoryPort implements QueryPort {
  query = $state<string | null>('');
  pushes = 0;

  constructor(query = '') {
    this.query = query;
  }

  write(query: string, mode: 'push' | 'replace'): void {
    if (mode === 'push') this.pushes++;
    this.query = query;
  }
}

// The one owner of `location`: reads the hash on load, back and forward, and
// writes it for scenes through `UrlSync`. Scenes never touch `history` directly.

import { formatHash, joinQuery, parseHash, splitQuery, type Route } from './route';

class Router {
  route = $state.raw<Route>(parseHash(location.hash));
  /** Each scene's last query on this page, so the top bar's links come back to where a scene was. */
  #last = $state.raw<Readonly<Record<string, string>>>({});

  constructor() {
    this.#remember(this.route);
    const read = () => {
      const next = parseHash(location.hash);
      if (next.scene !== this.route.scene || next.query !== this.route.query) {
        this.route = next;
        this.#remember(next);
      }
    };
    addEventListener('popstate', read);
    addEventListener('hashchange', read);
  }

  get sceneQuery(): string {
    return splitQuery(this.route.query).scene;
  }

  get appQuery(): string {
    return splitQuery(this.route.query).app;
  }

  /** Writes a new address without reloading; `push` makes one history entry. */
  write(route: Route, mode: 'push' | 'replace'): void {
    const hash = formatHash(route);
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.route = route;
    this.#remember(route);
  }

  // Called where the route changes (never from an effect): the scene's keys only, the app's
  // own (theme, presentation) always come from the current address.
  #remember({ scene, query }: Route): void {
    if (!scene) return;
    const sceneQuery = splitQuery(query).scene;
    if (this.#last[scene] !== sceneQuery) this.#last = { ...this.#last, [scene]: sceneQuery };
  }

  /**
   * The top bar's link to a scene: where it was last on this page, with the current app keys.
   * A link someone pastes is read as it is; only these links carry the memory.
   */
  href(scene: string): string {
    return formatHash({ scene, query: joinQuery(this.#last[scene] ?? '', this.appQuery) });
  }

  setSceneQuery(scene: string, sceneQuery: string, mode: 'push' | 'replace'): void {
    this.write({ scene, query: joinQuery(sceneQuery, this.appQuery) }, mode);
  }

  setAppQuery(appQuery: string): void {
    this.write({ scene: this.route.scene, query: joinQuery(this.sceneQuery, appQuery) }, 'replace');
  }

  go(scene: string): void {
    this.write({ scene, query: joinQuery(this.#last[scene] ?? '', this.appQuery) }, 'push');
  }
}

export const router = new Router();

// The one owner of `location`: reads the hash on load, back and forward, and
// writes it for scenes through `UrlSync`. Scenes never touch `history` directly.

import { formatHash, joinQuery, parseHash, splitQuery, type Route } from './route';

class Router {
  route = $state.raw<Route>(parseHash(location.hash));

  constructor() {
    const read = () => {
      const next = parseHash(location.hash);
      if (next.scene !== this.route.scene || next.query !== this.route.query) this.route = next;
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
  }

  setSceneQuery(scene: string, sceneQuery: string, mode: 'push' | 'replace'): void {
    this.write({ scene, query: joinQuery(sceneQuery, this.appQuery) }, mode);
  }

  setAppQuery(appQuery: string): void {
    this.write({ scene: this.route.scene, query: joinQuery(this.sceneQuery, appQuery) }, 'replace');
  }

  go(scene: string): void {
    this.write({ scene, query: this.appQuery }, 'push');
  }
}

export const router = new Router();

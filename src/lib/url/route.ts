// The hash route: `#/vectors?a=3,-2&b=-2,5&show=sum,dot`. Pure, so it is tested in Node.

export type Route = { scene: string; query: string };

/** Splits a location hash into the scene name and its query string. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  // Hand-typed links: #/Descent and #/descent/ mean #/descent.
  const path = (q < 0 ? body : body.slice(0, q)).replace(/\/+$/, '').toLowerCase();
  const query = q < 0 ? '' : body.slice(q + 1);
  const scene = /^[a-z][a-z0-9-]{0,31}$/.test(path) ? path : '';
  return { scene, query };
}

export function formatHash({ scene, query }: Route): string {
  return `#/${scene}${query ? `?${query}` : ''}`;
}

/** Keys the app reads for itself on every scene; scenes leave them alone. */
export const APP_KEYS = ['present', 'theme', 'embed'] as const;

/** Splits the app's own keys from the scene's, keeping each side's order. */
export function splitQuery(query: string): { scene: string; app: string } {
  const scene: string[] = [];
  const app: string[] = [];
  for (const part of query.split('&').filter(Boolean)) {
    const key = part.split('=')[0];
    (APP_KEYS.includes(key as (typeof APP_KEYS)[number]) ? app : scene).push(part);
  }
  return { scene: scene.join('&'), app: app.join('&') };
}

export const joinQuery = (...parts: string[]): string => parts.filter(Boolean).join('&');

// Every scene can live anywhere: the SceneHost reads and writes its query through a port,
// so a lesson step, an embed or this test holds it in memory and the address bar is untouched.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import SceneHost from '../lib/kit/SceneHost.svelte';
import { MemoryPort } from '../lib/url/port.svelte';
import { findScene, loadScene, scenes } from './index';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

async function show(id: string, query: string) {
  const scene = findScene(id)!;
  const parts = await loadScene(scene);
  const port = new MemoryPort(query);
  const target = document.body.appendChild(document.createElement('div'));
  target.style.cssText = 'position: relative; width: 1200px; height: 800px';
  const component = mount(SceneHost, { target, props: { scene, parts, port } });
  flushSync();
  mounted.push(() => {
    void unmount(component);
    target.remove();
  });
  return port;
}

describe('a scene in memory', () => {
  it.each(scenes.map((s) => [s.id, s.examples[0].query] as const))('%s opens its first example from a memory port', async (id, query) => {
    const hash = location.hash;
    await show(id, query);
    await expect.element(page.getByRole('heading', { name: findScene(id)!.title, exact: true })).toBeVisible();
    expect(location.hash).toBe(hash);
  });

  it('a key press on a handle is written to the port, as one history entry, and the address bar is left alone', async () => {
    const hash = location.hash;
    const port = await show('vectors', 'a=3,-2&b=-2,5');
    const a = page.getByRole('button', { name: /^vector a:/ });
    await expect.element(a).toHaveAccessibleName('vector a: right 3, down 2');
    (a.element() as SVGGElement).focus();
    await userEvent.keyboard('{ArrowUp}');
    // One grid step up, whatever the zoom: only a's y changes.
    await expect.poll(() => Number(/^a=3,(-?[\d.]+)&b=-2,5&/.exec(port.query ?? '')?.[1])).toBeGreaterThan(-2);
    expect(port.pushes).toBe(1);
    expect(location.hash).toBe(hash);
  });

  it('a bad value in the query is named in the link notice, and a new query wins', async () => {
    const port = await show('transform', 'm=1,2,3,zz');
    await expect.element(page.getByText(/“zz” is not a number/)).toBeVisible();
    port.query = 'm=1,2,3,4&x=5,6&show=x';
    flushSync();
    await expect.element(page.getByTestId('ax')).toHaveTextContent('Ax = [17, 39]');
  });
});

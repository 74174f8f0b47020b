// Every scene can live anywhere: the SceneHost reads and writes its query through a port,
// so a lesson step, an embed or this test holds it in memory and the address bar is untouched.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import SceneHost from '../lib/kit/SceneHost.svelte';
import WithShare from '../lib/kit/test/WithShare.svelte';
import { ShareSource } from '../lib/kit/share';
import { MemoryPort } from '../lib/url/port.svelte';
import { findScene, loadScene, scenes } from './index';

const mounted: (() => void)[] = [];
afterEach(() => mounted.splice(0).forEach((done) => done()));

async function show(id: string, query: string, share?: ShareSource) {
  const scene = findScene(id)!;
  const parts = await loadScene(scene);
  const port = new MemoryPort(query);
  const target = document.body.appendChild(document.createElement('div'));
  target.style.cssText = 'position: relative; width: 1200px; height: 800px';
  const component = share
    ? mount(WithShare, { target, props: { scene, parts, port, share } })
    : mount(SceneHost, { target, props: { scene, parts, port } });
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

  it('shares the settled state: an animation where it ends, not part-way', async () => {
    const share = new ShareSource();
    await show('transform', 'm=1,2,3,4', share);
    await page.getByRole('button', { name: 'Play from I' }).click();
    await expect.poll(() => port0(share)).toMatch(/^m=1,2,3,4&/);
    expect(share.query!()).not.toMatch(/(^|&)t=/);
  });

  it('shares the region in view once the learner has zoomed, and opens a shared region', async () => {
    const share = new ShareSource();
    await show('vectors', 'a=3,-2&b=-2,5', share);
    expect(share.query!()).not.toContain('box=');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => share.query!()).toMatch(/&box=-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/);
    mounted.splice(0).forEach((done) => done());

    const again = new ShareSource();
    await show('vectors', 'a=3,-2&b=-2,5&box=-1,1,-1,1', again);
    const box = /box=(.*)$/.exec(again.query!())![1].split(',').map(Number);
    // The plane is wider than tall: the region shown holds the box, centred on it.
    expect(box[0]).toBeLessThanOrEqual(-1);
    expect(box[1]).toBeGreaterThanOrEqual(1);
    expect(box[2]).toBeCloseTo(-1, 0);
    expect(box[3]).toBeCloseTo(1, 0);
  });

  it('a bad box is named and the view fitted instead', async () => {
    await show('vectors', 'box=3,1,0,1');
    await expect.element(page.getByText(/needs xMin < xMax/)).toBeVisible();
  });
});

const port0 = (share: ShareSource) => share.query?.() ?? '';

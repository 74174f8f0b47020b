import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activity } from '../interaction/activity.svelte';
import { paced, PACE_MS } from './paced.svelte';

// Runes in a test: this file is compiled by Svelte (the `.svelte.` in its name).
describe('paced sentences', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => {
    cleanup?.();
    cleanup = null;
    while (activity.dragging) activity.end();
    vi.useRealTimers();
  });

  function setup() {
    let n = $state(0);
    const seen: string[] = [];
    let sentence!: { readonly text: string };
    cleanup = $effect.root(() => {
      sentence = paced(() => `n is ${n}`);
      $effect(() => {
        seen.push(sentence.text);
      });
    });
    flushSync();
    return { set: (v: number) => ((n = v), flushSync()), seen, sentence };
  }

  it('follows every change when nothing is dragged', () => {
    const { set, seen } = setup();
    set(1);
    set(2);
    expect(seen).toEqual(['n is 0', 'n is 1', 'n is 2']);
  });

  it('changes at a reading pace during a drag, and catches up when the pointer rests', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { set, seen, sentence } = setup();
    activity.begin();
    flushSync();
    for (let v = 1; v <= 20; v++) {
      vi.advanceTimersByTime(16);
      set(v);
    }
    // 20 moves over 320 ms: the sentence changed about twice, not twenty times.
    expect(seen.length).toBeLessThanOrEqual(4);
    expect(sentence.text).not.toBe('n is 20');
    // The pointer rests, still pressed: the last sentence arrives within one pace.
    vi.advanceTimersByTime(PACE_MS);
    flushSync();
    expect(sentence.text).toBe('n is 20');
  });

  it('shows the final sentence as soon as the drag ends', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { set, sentence } = setup();
    activity.begin();
    flushSync();
    vi.advanceTimersByTime(16);
    set(1);
    vi.advanceTimersByTime(16);
    set(2);
    activity.end();
    flushSync();
    expect(sentence.text).toBe('n is 2');
  });

  it('changes every paced text on the same beat, so a drag pays for one panel update per beat', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let n = $state(0);
    let computed = 0;
    const frames: string[] = [];
    cleanup = $effect.root(() => {
      const first = paced(() => (computed++, `first ${n}`));
      const second = paced(() => `second ${n}`);
      $effect(() => {
        frames.push(`${first.text} / ${second.text}`);
      });
    });
    flushSync();
    activity.begin();
    flushSync();
    for (let v = 1; v <= 40; v++) {
      vi.advanceTimersByTime(16);
      n = v;
      flushSync();
    }
    // Never one text ahead of the other, whatever the timing of the moves.
    for (const f of frames) {
      const [a, b] = f.split(' / ');
      expect(a.replace('first ', '')).toBe(b.replace('second ', ''));
    }
    expect(frames.length).toBeGreaterThan(1);
    expect(frames.length).toBeLessThanOrEqual(4);
    // 40 moves, two beats: the text was worked out on the beats, not on every move.
    expect(computed).toBeLessThanOrEqual(4);
  });
});

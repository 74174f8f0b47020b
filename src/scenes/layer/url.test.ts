import { describe, expect, it } from 'vitest';
import { decode, encode } from './url';
import { DEFAULTS, seededNet } from './state.svelte';

describe('the Layer scene’s address', () => {
  it('reads a hand-written link', () => {
    const { value, problems } = decode('W=1,2,3,4&b=0.5,-1&act=relu&data=circles&stage=1.5&seed=7&opt=momentum&lr=0.1');
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      w: [
        [1, 2],
        [3, 4],
      ],
      b: [0.5, -1],
      act: 'relu',
      data: 'circles',
      stage: 1.5,
      seed: 7,
      opt: 'momentum',
      lr: 0.1,
    });
    // Untrained: the later layers are the seed's start.
    expect(value.net).toEqual(seededNet(7));
  });

  it('writes short links: defaults and an untrained network left out', () => {
    expect(encode(DEFAULTS)).toBe('W=1.2,-0.9,0.7,1.1&b=0.3,-0.4&act=tanh&data=moons');
    expect(encode({ ...DEFAULTS, stage: 2, show: ['points'] })).toBe('W=1.2,-0.9,0.7,1.1&b=0.3,-0.4&act=tanh&data=moons&stage=2&show=points');
  });

  it('round-trips a trained network', () => {
    const s = { ...DEFAULTS, net: [1, 2, 3, 4, 5, 6, 7, 8, 9], seed: 12, act: 'sigmoid' as const, stage: 0.25 };
    const back = decode(encode(s));
    expect(back.problems).toEqual([]);
    expect(back.value).toEqual(s);
    expect(encode(s)).toContain('net=1,2,3,4,5,6,7,8,9');
  });

  it.each([
    ['W=oops', 'W'],
    ['W=1,2,3', 'W'],
    ['W=1,2,3,1e9', 'W'],
    ['b=1', 'b'],
    ['act=softmax', 'act'],
    ['data=spirals', 'data'],
    ['stage=4', 'stage'],
    ['stage=-1', 'stage'],
    ['seed=-3', 'seed'],
    ['seed=2.5', 'seed'],
    ['net=1,2', 'net'],
    ['lr=0', 'lr'],
    ['opt=sgd', 'opt'],
  ])('%s falls back with a message about %s, and the rest of the link still applies', (bad, key) => {
    const { value, problems } = decode(`${bad}&data=xor`);
    expect(problems.map((p) => p.key)).toContain(key);
    expect(value.data).toBe(key === 'data' ? DEFAULTS.data : 'xor');
  });

  it('a bad net falls back to the seed’s start', () => {
    expect(decode('seed=3&net=a,b').value.net).toEqual(seededNet(3));
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { challengeKey, decodeChallenge, encodeChallenge } from './challenge';
import { GOALS } from './goals';
import { SHIPPED_CHALLENGES, shippedQuery } from './shipped';
import { scenes } from '../scenes';

describe('challenge links', () => {
  it('reads a hand-written link: title, scene state, goal and its parameters, hint', () => {
    const { challenge, problems } = decodeChallenge('title=Squash%20it&in=transform:m=2,1,1,2%26x=1,0&goal=det&keep=i&tol=0.01&hint=Move%20%C4%B5');
    expect(problems).toEqual([]);
    expect(challenge?.title).toBe('Squash it');
    expect(challenge?.scene).toBe('transform');
    expect(challenge?.state).toBe('m=2,1,1,2&x=1,0');
    expect(challenge?.goal.id).toBe('det');
    expect(challenge?.params).toEqual({ target: 0, tol: 0.01, keep: ['i'] });
    expect(challenge?.hint).toBe('Move ĵ');
  });

  it('round-trips through its own link', () => {
    const { challenge } = decodeChallenge('in=vectors:a=3,-2%26b=1,1&goal=dot&keep=a&hint=a%20stays');
    const again = decodeChallenge(encodeChallenge(challenge!));
    expect(again.problems).toEqual([]);
    expect(again.challenge?.params).toEqual(challenge?.params);
    expect(again.challenge?.state).toBe('a=3,-2&b=1,1');
    expect(challengeKey(again.challenge!)).toBe(challengeKey(challenge!));
  });

  it('titles itself from the goal when the link gives no title', () => {
    expect(decodeChallenge('goal=det&keep=i').challenge?.title).toBe('Make det A = 0 without moving î');
    expect(decodeChallenge('goal=norm').challenge?.title).toBe('Make the length ‖a‖ = 5');
  });

  it('a malformed goal gets a message, never an exception', () => {
    expect(decodeChallenge('goal=squash').problems[0].message).toMatch(/no goal called “squash” \(the goals are norm, dot/);
    expect(decodeChallenge('in=transform:m=1,2,3,4').problems[0].message).toMatch(/names no goal/);
    expect(decodeChallenge('goal=det&tol=-1').problems[0]).toMatchObject({ key: 'tol' });
    expect(decodeChallenge('goal=det&kep=i').problems[0].message).toMatch(/“kep” is not read by the goal “det” \(it reads target, tol, keep\)/);
    const wrongScene = decodeChallenge('goal=det&in=vectors:a=1,2');
    expect(wrongScene.challenge?.scene).toBe('transform');
    expect(wrongScene.challenge?.state).toBe('');
    expect(wrongScene.problems[0].message).toMatch(/measured in the transform scene/);
    expect(decodeChallenge('goal=det&hint=%E0%A4').problems[0].key).toBe('hint');
    expect(decodeChallenge(`goal=det&title=${'x'.repeat(9000)}`).challenge).toBeNull();
    for (const q of [
      '',
      '&&&',
      'goal',
      'goal=',
      '=det',
      'goal=det&in=',
      'goal=det&in=:',
      'goal=value&value=',
      'goal=shape&shape=0,0',
      'goal=eigen&keep=q',
    ])
      expect(() => decodeChallenge(q)).not.toThrow();
  });
});

describe('the shipped challenges', () => {
  it('are at least twelve, every one a clean link of a scene that exists', () => {
    expect(SHIPPED_CHALLENGES.length).toBeGreaterThanOrEqual(12);
    const ids = scenes.map((s) => s.id);
    for (const c of SHIPPED_CHALLENGES) {
      const d = decodeChallenge(shippedQuery(c));
      expect(d.problems, c.id).toEqual([]);
      expect(ids).toContain(d.challenge?.scene);
      expect(d.challenge?.hint, c.id).not.toBe('');
    }
    expect(new Set(SHIPPED_CHALLENGES.map((c) => c.id)).size).toBe(SHIPPED_CHALLENGES.length);
  });

  it('use goals from every scene the first lesson touches', () => {
    const used = new Set(SHIPPED_CHALLENGES.map((c) => decodeChallenge(shippedQuery(c)).challenge?.goal.scene));
    for (const s of ['vectors', 'matrices', 'transform', 'field', 'descent', 'pca', 'layer']) expect(used).toContain(s);
  });
});

describe('the README documents the goal vocabulary', () => {
  it('names every goal kind with its scene and parameters', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Challenges'));
    for (const g of GOALS) {
      const row = section.split('\n').find((l) => l.startsWith(`| \`${g.id}\``));
      expect(row, g.id).toBeTruthy();
      expect(row).toContain(g.scene);
      for (const k of g.keys) expect(row, `${g.id} ${k}`).toContain(`\`${k}\``);
    }
  });

  it('whose example links open without a problem', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Challenges'));
    const links = [...section.matchAll(/#\/challenge\?([^\s`)]+)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const q of links) expect(decodeChallenge(q).problems, q).toEqual([]);
  });
});

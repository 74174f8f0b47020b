// A challenge: a scene's state, a goal from the vocabulary (goals.ts) and a hint, all in the
// address, so a teacher writes one as a link and no server is involved:
//
//   #/challenge?title=Squash the plane&in=transform:m=2,1,1,2&goal=det&keep=i&hint=…
//
// `in` is the scene and its own query (its `&` written %26); `goal` names the kind, and the kind's
// own parameters follow as keys of their own. Read with the same care as any link: a malformed
// goal gets a message and never an exception; whatever can be used is used.
// Pure: no DOM, so Node tests it.
import { ParamReader } from '../lib/url/params';
import type { Problem } from '../lib/text/problem';
import { findGoal, GOALS } from './goals';
import type { GoalKind } from './goal';

export type Challenge = {
  readonly title: string;
  readonly scene: string;
  /** The scene's query the challenge opens with. */
  readonly state: string;
  readonly goal: GoalKind;
  /** The goal's parameters, as its kind read them. */
  readonly params: unknown;
  readonly hint: string;
};

export const CHALLENGE_LIMITS = { link: 8000, title: 120, hint: 600, state: 6000 } as const;

const COMMON = ['title', 'in', 'goal', 'hint'];

// Only what would break the address is escaped, so `m=2,1,1,2` in `in=` reads as it is.
const escape = (s: string) => s.replace(/[%&#+\s]/g, (c) => encodeURIComponent(c));

export type DecodedChallenge = { challenge: Challenge | null; problems: Problem[] };

export function decodeChallenge(query: string): DecodedChallenge {
  if (query.length > CHALLENGE_LIMITS.link)
    return {
      challenge: null,
      problems: [{ key: 'challenge', message: `the link is ${query.length} characters long (at most ${CHALLENGE_LIMITS.link})` }],
    };
  const r = new ParamReader(query);
  const goalId = r.text('goal', '', 40);
  const goal = findGoal(goalId);
  if (!goal) {
    const message = goalId
      ? `there is no goal called “${goalId}” (the goals are ${GOALS.map((g) => g.id).join(', ')})`
      : `the link names no goal (add goal=, one of ${GOALS.map((g) => g.id).join(', ')})`;
    return { challenge: null, problems: [...r.problems, { key: 'goal', message }] };
  }
  const params = goal.read(r);
  const inText = r.text('in', goal.scene, CHALLENGE_LIMITS.state);
  const colon = inText.indexOf(':');
  const scene = colon < 0 ? inText : inText.slice(0, colon);
  let state = colon < 0 ? '' : inText.slice(colon + 1);
  if (scene !== goal.scene) {
    r.problems.push({
      key: 'in',
      message: `the goal “${goal.id}” is measured in the ${goal.scene} scene, not “${scene.slice(0, 32)}”; opening ${goal.scene} as it starts`,
    });
    state = '';
  }
  const known = new Set([...COMMON, ...goal.keys]);
  for (const part of query.split('&')) {
    const key = part.split('=')[0];
    if (key && !known.has(key))
      r.problems.push({
        key,
        message: `“${key.slice(0, 32)}” is not read by the goal “${goal.id}” (it reads ${goal.keys.join(', ') || 'nothing else'}); left out`,
      });
  }
  const title = r.text('title', '', CHALLENGE_LIMITS.title).trim() || goal.describe(params);
  const hint = r.text('hint', '', CHALLENGE_LIMITS.hint).trim();
  return { challenge: { title, scene: goal.scene, state, goal, params, hint }, problems: r.problems };
}

/** The challenge's own link query: `title=…&in=…&goal=…&…&hint=…`. */
export function encodeChallenge(c: Challenge): string {
  const pairs: (readonly [string, string | null])[] = [
    ['title', c.title || null],
    ['in', `${c.scene}${c.state ? `:${c.state}` : ''}`],
    ['goal', c.goal.id],
    ...c.goal.write(c.params),
    ['hint', c.hint || null],
  ];
  return pairs
    .filter((p): p is readonly [string, string] => p[1] !== null)
    .map(([k, v]) => `${k}=${escape(v)}`)
    .join('&');
}

/** What makes two challenges the same task (not their wording): the key progress is kept under. */
export const challengeKey = (c: Challenge): string => encodeChallenge({ ...c, title: '', hint: '' });

// A lesson: a title and an ordered list of scene states, each with a short note. It travels in
// the address (`#/lesson?title=…&step=transform:m=1,2,3,4:A first matrix&step=…&at=2`) or as a
// small JSON file the teacher downloads and opens again. Both are read with the same care as any
// link: whatever is wrong gets a message saying what and where, and what can be used is used.
// Pure: no DOM, so Node tests it.
import type { Problem } from '../lib/text/problem';

export type LessonStep = { readonly scene: string; readonly query: string; readonly note: string };
export type Lesson = { readonly title: string; readonly steps: readonly LessonStep[] };

export const LESSON_LIMITS = { steps: 40, title: 120, note: 600, query: 6000, link: 60000, file: 200000 } as const;
export const FILE_FORMAT = 'vector-playground-lesson';

export const EMPTY_LESSON: Lesson = { title: 'A lesson', steps: [] };

// Only what would break the address is escaped, so a link stays readable: `m=1,2,3,4` inside a
// step reads as it is, and a note's spaces become %20.
const escape = (s: string) => s.replace(/[%&#:+\s]/g, (c) => encodeURIComponent(c));

function unescape(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function encodeLesson(lesson: Lesson, at?: number): string {
  const parts = [`title=${escape(lesson.title)}`];
  for (const s of lesson.steps) parts.push(`step=${s.scene}:${escape(s.query)}:${escape(s.note)}`);
  if (at !== undefined && lesson.steps.length > 0) parts.push(`at=${at + 1}`);
  return parts.join('&');
}

export type DecodedLesson = { lesson: Lesson; /** 0-based step shown */ at: number; edit: boolean; problems: Problem[] };

/** A lesson link's query. `scenes`: the ids there are; a step of another scene is left out with a message. */
export function decodeLesson(query: string, scenes: readonly string[]): DecodedLesson {
  const problems: Problem[] = [];
  if (query.length > LESSON_LIMITS.link)
    return {
      lesson: EMPTY_LESSON,
      at: 0,
      edit: false,
      problems: [{ key: 'lesson', message: `the link is ${query.length} characters long (at most ${LESSON_LIMITS.link})` }],
    };
  let title = EMPTY_LESSON.title;
  const steps: LessonStep[] = [];
  let atText: string | null = null;
  let edit = false;
  let n = 0;
  for (const part of query.split('&').filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    if (key === 'title') {
      const t = unescape(raw);
      if (t === null) problems.push({ key: 'title', message: 'the title has a broken %-escape; keeping “A lesson”' });
      else title = clip(t.trim(), LESSON_LIMITS.title) || EMPTY_LESSON.title;
    } else if (key === 'step') {
      n++;
      const step = readStep(raw, n, scenes, problems);
      if (step && steps.length < LESSON_LIMITS.steps) steps.push(step);
      else if (step) problems.push({ key: 'step', message: `step ${n}: a lesson has at most ${LESSON_LIMITS.steps} steps; the rest are left out` });
    } else if (key === 'at') atText = raw;
    else if (key === 'edit') edit = raw === '1' || raw === 'true';
  }
  let at = 0;
  if (atText !== null) {
    const k = /^\d{1,4}$/.test(atText) ? Number(atText) : NaN;
    if (k >= 1 && k <= steps.length) at = k - 1;
    else problems.push({ key: 'at', message: `“${atText.slice(0, 20)}” is not a step of this lesson (1 to ${steps.length}); showing step 1` });
  }
  return { lesson: { title, steps }, at, edit, problems };
}

function readStep(raw: string, n: number, scenes: readonly string[], problems: Problem[]): LessonStep | null {
  const [scene, query = '', note = '', ...extra] = raw.split(':');
  if (!scenes.includes(scene)) {
    problems.push({ key: 'step', message: `step ${n}: there is no scene called “${scene.slice(0, 32)}”; the step is left out` });
    return null;
  }
  const q = unescape(query);
  const t = unescape([note, ...extra].join(':'));
  if (q === null || t === null) {
    problems.push({ key: 'step', message: `step ${n}: a broken %-escape; the step is left out` });
    return null;
  }
  if (q.length > LESSON_LIMITS.query) {
    problems.push({
      key: 'step',
      message: `step ${n}: the scene's link is ${q.length} characters long (at most ${LESSON_LIMITS.query}); the step is left out`,
    });
    return null;
  }
  return { scene, query: q, note: clip(t, LESSON_LIMITS.note) };
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** The file a teacher downloads: readable, and named as ours so another JSON file is told apart. */
export function lessonToJson(lesson: Lesson): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: 1, title: lesson.title, steps: lesson.steps }, null, 2)}\n`;
}

export type ReadFile = { ok: true; lesson: Lesson; problems: Problem[] } | { ok: false; message: string };

/** A lesson file's text. A file that is not one of ours, or holds no usable step, changes nothing. */
export function lessonFromJson(text: string, scenes: readonly string[]): ReadFile {
  if (text.length > LESSON_LIMITS.file)
    return { ok: false, message: `This file is ${text.length} characters long; a lesson file has at most ${LESSON_LIMITS.file}.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `This file is not a lesson: it is not JSON (${(e as Error).message}).` };
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT)
    return { ok: false, message: `This file is not a lesson: a lesson file says "format": "${FILE_FORMAT}".` };
  if (data.version !== 1)
    return { ok: false, message: `This lesson file is version ${String(data.version).slice(0, 10)}; this app reads version 1.` };
  if (!Array.isArray(data.steps)) return { ok: false, message: 'This lesson file has no list of "steps".' };
  const problems: Problem[] = [];
  const steps: LessonStep[] = [];
  data.steps.forEach((s: unknown, i: number) => {
    const n = i + 1;
    if (!isRecord(s) || typeof s.scene !== 'string' || typeof s.query !== 'string' || (s.note !== undefined && typeof s.note !== 'string')) {
      problems.push({ key: 'step', message: `step ${n}: a step needs "scene" and "query" as text (and "note", text if given); left out` });
      return;
    }
    if (!scenes.includes(s.scene))
      return void problems.push({ key: 'step', message: `step ${n}: there is no scene called “${s.scene.slice(0, 32)}”; left out` });
    if (s.query.length > LESSON_LIMITS.query)
      return void problems.push({ key: 'step', message: `step ${n}: the scene's link is too long; left out` });
    if (steps.length >= LESSON_LIMITS.steps)
      return void problems.push({ key: 'step', message: `step ${n}: a lesson has at most ${LESSON_LIMITS.steps} steps; left out` });
    steps.push({ scene: s.scene, query: s.query, note: clip(typeof s.note === 'string' ? s.note : '', LESSON_LIMITS.note) });
  });
  if (steps.length === 0)
    return { ok: false, message: `This lesson file has no step that can be used${problems.length ? `: ${problems[0].message}` : ''}.` };
  const title = typeof data.title === 'string' && data.title.trim() ? clip(data.title.trim(), LESSON_LIMITS.title) : EMPTY_LESSON.title;
  return { ok: true, lesson: { title, steps }, problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Steps moved, removed or edited: a new lesson each time (the state is immutable). */
export const moveStep = (l: Lesson, i: number, by: -1 | 1): Lesson => {
  const j = i + by;
  if (i < 0 || j < 0 || i >= l.steps.length || j >= l.steps.length) return l;
  const steps = [...l.steps];
  [steps[i], steps[j]] = [steps[j], steps[i]];
  return { ...l, steps };
};
export const removeStep = (l: Lesson, i: number): Lesson => ({ ...l, steps: l.steps.filter((_, k) => k !== i) });
export const setNote = (l: Lesson, i: number, note: string): Lesson => ({
  ...l,
  steps: l.steps.map((s, k) => (k === i ? { ...s, note: clip(note, LESSON_LIMITS.note) } : s)),
});
export const addStep = (l: Lesson, step: LessonStep): Lesson => (l.steps.length >= LESSON_LIMITS.steps ? l : { ...l, steps: [...l.steps, step] });

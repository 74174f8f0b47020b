import { describe, expect, it } from 'vitest';
import { addStep, decodeLesson, encodeLesson, lessonFromJson, lessonToJson, moveStep, removeStep, setNote, type Lesson } from './lesson';

const SCENES = ['vectors', 'transform', 'matrices'];
const LESSON: Lesson = {
  title: 'First lesson: A @ x',
  steps: [
    { scene: 'vectors', query: 'a=3,-2', note: 'Right 3, down 2.' },
    { scene: 'transform', query: 'm=1,2,3,4&x=5,6', note: 'A x = [17, 39]: 100% the lesson’s.' },
    { scene: 'matrices', query: 'code=A%20%3D%20np.eye(2)%0AA%20@%20A&cell=2', note: '' },
  ],
};

describe('lesson links', () => {
  it('round-trip exactly, readable where they can be', () => {
    const q = encodeLesson(LESSON, 1);
    expect(q).toContain('step=transform:m=1,2,3,4%26x=5,6:');
    expect(q).toContain('at=2');
    const d = decodeLesson(q, SCENES);
    expect(d.problems).toEqual([]);
    expect(d.lesson).toEqual(LESSON);
    expect(d.at).toBe(1);
  });

  it('leave out a step they cannot use, with a message naming it, and keep the rest', () => {
    const q = `${encodeLesson(LESSON)}&step=nowhere:a=1:x&step=vectors:%E0%A4%A:bad&at=9`;
    const d = decodeLesson(q, SCENES);
    expect(d.lesson.steps).toHaveLength(3);
    expect(d.problems.map((p) => p.message)).toEqual([
      'step 4: there is no scene called “nowhere”; the step is left out',
      'step 5: a broken %-escape; the step is left out',
      '“9” is not a step of this lesson (1 to 3); showing step 1',
    ]);
    expect(d.at).toBe(0);
  });

  it('cap what a link can hold', () => {
    const many = Array.from({ length: 50 }, () => 'step=vectors:a=1,1:').join('&');
    const d = decodeLesson(many, SCENES);
    expect(d.lesson.steps).toHaveLength(40);
    expect(d.problems[0].message).toMatch(/at most 40 steps/);
    expect(decodeLesson('x'.repeat(70000), SCENES).problems[0].message).toMatch(/at most 60000/);
    expect(decodeLesson('', SCENES).lesson).toEqual({ title: 'A lesson', steps: [] });
  });
});

describe('lesson files', () => {
  it('open again to the same lesson', () => {
    const r = lessonFromJson(lessonToJson(LESSON), SCENES);
    expect(r).toEqual({ ok: true, lesson: LESSON, problems: [] });
  });

  it('refuse anything that is not a lesson with a message, and changing nothing', () => {
    const bad = (t: string) => {
      const r = lessonFromJson(t, SCENES);
      return r.ok ? 'ok' : r.message;
    };
    expect(bad('{')).toMatch(/^This file is not a lesson: it is not JSON/);
    expect(bad('[1, 2]')).toMatch(/a lesson file says "format": "vector-playground-lesson"/);
    expect(bad('{"format": "vector-playground-lesson", "version": 7, "steps": []}')).toMatch(/version 7/);
    expect(bad('{"format": "vector-playground-lesson", "version": 1}')).toMatch(/no list of "steps"/);
    expect(bad('{"format": "vector-playground-lesson", "version": 1, "steps": [{"scene": "x", "query": ""}]}')).toMatch(
      /no step that can be used: step 1: there is no scene called “x”/,
    );
    const partly = lessonFromJson(
      '{"format": "vector-playground-lesson", "version": 1, "steps": [{"scene": "vectors", "query": "a=1,1"}, {"scene": 3}]}',
      SCENES,
    );
    expect(partly.ok && partly.lesson.steps).toEqual([{ scene: 'vectors', query: 'a=1,1', note: '' }]);
    expect(partly.ok && partly.problems[0].message).toMatch(/^step 2: a step needs "scene" and "query"/);
  });
});

describe('editing', () => {
  it('moves, removes, notes and adds steps without touching the lesson it was given', () => {
    const moved = moveStep(LESSON, 0, 1);
    expect(moved.steps.map((s) => s.scene)).toEqual(['transform', 'vectors', 'matrices']);
    expect(moveStep(LESSON, 0, -1)).toBe(LESSON);
    expect(removeStep(LESSON, 1).steps.map((s) => s.scene)).toEqual(['vectors', 'matrices']);
    expect(setNote(LESSON, 2, 'Look at I').steps[2].note).toBe('Look at I');
    expect(addStep(LESSON, { scene: 'vectors', query: '', note: '' }).steps).toHaveLength(4);
    expect(LESSON.steps).toHaveLength(3);
  });
});

// The lesson a teacher is building, kept in this browser between pages: "Add to lesson" in any
// scene appends the view to it, and the lesson page edits it. Storage may be off (a private
// window, a locked-down school laptop): then the draft lives as long as the page.
import { addStep, decodeLesson, encodeLesson, EMPTY_LESSON, type Lesson, type LessonStep } from './lesson';

const KEY = 'vector-playground.lesson-draft';
let inMemory = '';

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? inMemory;
  } catch {
    return inMemory;
  }
}

export function loadDraft(scenes: readonly string[]): Lesson {
  const q = read();
  return q ? decodeLesson(q, scenes).lesson : EMPTY_LESSON;
}

export function saveDraft(lesson: Lesson): void {
  inMemory = encodeLesson(lesson);
  try {
    localStorage.setItem(KEY, inMemory);
  } catch {
    // Kept in memory only.
  }
}

/** Appends a view; returns how many steps the draft has now. */
export function addToDraft(step: LessonStep, scenes: readonly string[]): number {
  const next = addStep(loadDraft(scenes), step);
  saveDraft(next);
  return next.steps.length;
}

// What every answer to any text must satisfy, shared by the property and security tests.
import { expect } from 'vitest';

interface Answer {
  readonly ok: boolean;
  readonly message?: string;
  readonly from?: number;
  readonly to?: number;
}

/** A failure has a message and a span inside the text (the component underlines text.slice(from, to)). */
export function expectWellFormed(answer: Answer, length: number): void {
  if (answer.ok) return;
  expect(typeof answer.message).toBe('string');
  expect(answer.message!.length).toBeGreaterThan(0);
  expect(Number.isInteger(answer.from) && Number.isInteger(answer.to)).toBe(true);
  expect(0 <= answer.from! && answer.from! <= answer.to! && answer.to! <= length).toBe(true);
}

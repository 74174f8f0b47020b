// Reading one number as people write it, from a link or a typed field.
import { fmt } from './format';

/** Longest value we read for any key; beyond it the value is refused unread. */
export const MAX_VALUE_LENGTH = 200;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Shows a bad value safely: short, without control characters. Svelte escapes markup. */
export function quote(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�');
  return `“${clean.length > 24 ? clean.slice(0, 24) + '…' : clean}”`;
}

/** Parses one number written as people write them: 3, -2, 0.5, 1e3, or with a true minus −2. */
export function parseNumber(text: string, limit: number): { ok: true; value: number } | { ok: false; why: string } {
  const t = text.trim().replace(/^\u2212/, '-');
  if (t === '') return { ok: false, why: 'a number is missing' };
  if (!NUMBER.test(t)) return { ok: false, why: `${quote(text)} is not a number` };
  const value = Number(t);
  if (!Number.isFinite(value) || Math.abs(value) > limit)
    return { ok: false, why: `${quote(text)} is outside the range ${fmt(-limit)} to ${fmt(limit)}` };
  return { ok: true, value: value === 0 ? 0 : value };
}

// Reading scene state from a URL that anyone may have typed, pasted or forged.
// Every reader returns a value (the fallback when the text is bad) and a
// problem naming the key and what was wrong; nothing here throws.

import type { Vec2 } from '../math/vec2';
import { WORLD_LIMIT } from '../math/world';
import { fmt } from '../text/format';
import { fmtFull } from '../text/significant';
import { MAX_VALUE_LENGTH, parseNumber, quote } from '../text/parse-number';
import type { Problem } from '../text/problem';

export type { Problem };
export { MAX_VALUE_LENGTH, parseNumber, quote };
export type Decoded<T> = { value: T; problems: Problem[] };

/** Parses "3,-2" into a vector; `n` numbers exactly. */
export function parseNumbers(text: string, n: number, limit: number): { ok: true; value: number[] } | { ok: false; why: string } {
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, why: `the value is ${text.length} characters long (at most ${MAX_VALUE_LENGTH})` };
  const parts = text.split(',');
  if (parts.length !== n) return { ok: false, why: `expected ${n} numbers separated by commas, got ${parts.length}` };
  const value: number[] = [];
  for (const [i, part] of parts.entries()) {
    const r = parseNumber(part, limit);
    if (!r.ok) return { ok: false, why: `number ${i + 1}: ${r.why}` };
    value.push(r.value);
  }
  return { ok: true, value };
}

/** The longest query a scene reads, unless it asks for more. */
export const MAX_QUERY = 20_000;

export class ParamReader {
  readonly problems: Problem[] = [];
  private readonly params: URLSearchParams;
  private readonly rawText = new Map<string, string>();

  /**
   * `maxQuery`: the longest query read at all (20,000 characters); a scene whose state is long
   * text, such as a notebook, reads more.
   */
  constructor(query: string, maxQuery = MAX_QUERY) {
    const tooLong = query.length > maxQuery;
    for (const part of tooLong ? [] : query.split('&')) {
      const eq = part.indexOf('=');
      const k = eq < 0 ? part : part.slice(0, eq);
      if (!this.rawText.has(k)) this.rawText.set(k, eq < 0 ? '' : part.slice(eq + 1));
    }
    // URLSearchParams decodes leniently: a broken escape such as %E0%A4 stays as text.
    this.params = new URLSearchParams(tooLong ? '' : query);
    if (tooLong) this.problems.push({ key: 'address', message: 'the link is too long to read; showing the defaults' });
  }

  has(key: string): boolean {
    return this.params.has(key);
  }

  private raw(key: string): string | null {
    const all = this.params.getAll(key);
    if (all.length > 1) this.problems.push({ key, message: `given ${all.length} times; using the first` });
    return all.length ? all[0] : null;
  }

  vec2(key: string, fallback: Vec2, limit = WORLD_LIMIT): Vec2 {
    const text = this.raw(key);
    if (text === null) return fallback;
    const r = parseNumbers(text, 2, limit);
    if (r.ok) return [r.value[0], r.value[1]];
    this.problems.push({ key, message: `${r.why}; using ${fallback.map((x) => fmt(x)).join(', ')}` });
    return fallback;
  }

  numbers(key: string, n: number, fallback: readonly number[], limit = WORLD_LIMIT): readonly number[] {
    const text = this.raw(key);
    if (text === null) return fallback;
    const r = parseNumbers(text, n, limit);
    if (r.ok) return r.value;
    this.problems.push({ key, message: `${r.why}; using ${fallback.map((x) => fmt(x)).join(', ')}` });
    return fallback;
  }

  /** Up to `max` points written one after another: `dye=1,0,-2,1.5` is (1, 0) and (−2, 1.5). */
  points(key: string, max: number, limit = WORLD_LIMIT): Vec2[] {
    const text = this.raw(key);
    if (text === null || text === '') return [];
    const parts = text.length > MAX_VALUE_LENGTH * max ? null : text.split(',');
    const why = !parts
      ? `the value is ${text.length} characters long (at most ${MAX_VALUE_LENGTH * max})`
      : parts.length % 2
        ? `points need pairs of numbers, got ${parts.length} numbers`
        : null;
    const pts: Vec2[] = [];
    for (let i = 0; !why && i < parts!.length; i += 2) {
      const r = parseNumbers(`${parts![i]},${parts![i + 1]}`, 2, limit);
      if (!r.ok) {
        this.problems.push({ key, message: `point ${i / 2 + 1}: ${r.why}; using none` });
        return [];
      }
      pts.push([r.value[0], r.value[1]]);
    }
    if (why) {
      this.problems.push({ key, message: `${why}; using none` });
      return [];
    }
    if (pts.length > max) this.problems.push({ key, message: `${pts.length} points given, at most ${max}; using the last ${max}` });
    return pts.slice(-max);
  }

  number(key: string, fallback: number, min: number, max: number): number {
    const text = this.raw(key);
    if (text === null) return fallback;
    const r = text.length > MAX_VALUE_LENGTH ? ({ ok: false, why: 'the value is too long' } as const) : parseNumber(text, 1e15);
    if (r.ok && r.value >= min && r.value <= max) return r.value;
    const why = r.ok ? `${quote(text)} is outside ${fmtFull(min)} to ${fmtFull(max)}` : r.why;
    this.problems.push({ key, message: `${why}; using ${fmtFull(fallback)}` });
    return fallback;
  }

  /** A comma-separated set of known words; unknown words are reported and skipped. */
  flags<T extends string>(key: string, allowed: readonly T[], fallback: readonly T[]): readonly T[] {
    const text = this.raw(key);
    if (text === null) return fallback;
    if (text.length > MAX_VALUE_LENGTH) {
      this.problems.push({ key, message: `the value is too long; using ${fallback.join(', ') || 'none'}` });
      return fallback;
    }
    const words = text
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    const unknown = words.filter((w) => !(allowed as readonly string[]).includes(w));
    const known = allowed.filter((a) => words.includes(a));
    // Nothing known at all is a mistake, not a wish to see nothing: the defaults, said so.
    if (unknown.length && !known.length) {
      this.problems.push({
        key,
        message: `${unknown.map(quote).join(', ')} not known (choose from ${allowed.join(', ')}); using ${fallback.join(', ') || 'none'}`,
      });
      return fallback;
    }
    if (unknown.length) this.problems.push({ key, message: `${unknown.map(quote).join(', ')} not known; choose from ${allowed.join(', ')}` });
    return known;
  }

  /**
   * Free text such as a formula. Read from the raw query, not URLSearchParams,
   * because a teacher typing `f=x^2+y^2` means a plus, not a space.
   */
  text(key: string, fallback: string, maxLength = 1000): string {
    const text = this.anyText(key, fallback);
    if (text === null) return fallback;
    if (text.length > maxLength) {
      this.problems.push({ key, message: `the text is ${text.length} characters long (at most ${maxLength}); using ${quote(fallback)}` });
      return fallback;
    }
    return text;
  }

  /**
   * The text as given, however long (the caller cuts it); null when absent, or badly escaped (that
   * is said, naming the fallback the caller uses).
   */
  anyText(key: string, fallback: string): string | null {
    const raw = this.rawText.get(key);
    if (raw === undefined) return null;
    try {
      return decodeURIComponent(raw);
    } catch {
      this.problems.push({ key, message: `${quote(raw)} has a broken %-escape; using ${quote(fallback)}` });
      return null;
    }
  }

  boolean(key: string, fallback: boolean): boolean {
    const text = this.raw(key);
    if (text === null) return fallback;
    if (text === '1' || text === 'true' || text === '') return true;
    if (text === '0' || text === 'false') return false;
    this.problems.push({ key, message: `${quote(text)} should be 1 or 0` });
    return fallback;
  }
}

/** Numbers as a teacher would write them in a link: 3,-2 (not 3.0000000000000004). */
export function writeNumbers(v: readonly number[]): string {
  return v.map((x) => String(Number(x.toPrecision(12)))).join(',');
}

/**
 * A formula as a teacher would write it in a link: only what would break the query is
 * escaped, and a plus stays a plus (ParamReader.text reads it back as a plus, not a space).
 */
export const writeFormula = (s: string): string => s.replace(/[%&#=\s+]/g, (c) => encodeURIComponent(c)).replace(/%2B/g, '+');

/** Joins key=value pairs without escaping commas, so links stay readable. */
export function writeQuery(pairs: readonly (readonly [string, string | null])[]): string {
  return pairs
    .filter((p): p is readonly [string, string] => p[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`)
    .join('&');
}

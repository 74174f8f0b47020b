import { describe, expect, it } from 'vitest';
import { describeColumnsProblem, readColumns } from './csv-columns';

describe('readColumns', () => {
  it('reads commas, tabs, semicolons or spaces, and a header of names', () => {
    expect(readColumns('1,2\n3,4', 2, 10, 1000)).toEqual({
      ok: true,
      rows: [
        [1, 2],
        [3, 4],
      ],
      names: null,
    });
    expect(readColumns('height\tweight\n170\t65\n\n182\t80\n', 2, 10, 1000)).toEqual({
      ok: true,
      rows: [
        [170, 65],
        [182, 80],
      ],
      names: ['height', 'weight'],
    });
    expect(readColumns('1 2\r\n−3   4.5', 2, 10, 1000)).toMatchObject({
      ok: true,
      rows: [
        [1, 2],
        [-3, 4.5],
      ],
    });
    expect(readColumns('"x"; "y"\n1;2', 2, 10, 1000)).toMatchObject({ ok: true, names: ['x', 'y'], rows: [[1, 2]] });
  });

  it('names the row and column of what does not read', () => {
    const r = readColumns('1,2\n3,abc\n5,6', 2, 10, 1000);
    expect(r).toMatchObject({ ok: false, row: 2, column: 2 });
    if (!r.ok) expect(describeColumnsProblem(r)).toBe('row 2, column 2: “abc” is not a number');
    expect(readColumns('1,2\n3\n', 2, 10, 1000)).toMatchObject({ ok: false, row: 2, message: '1 value in this row; expected 2, one per column' });
    expect(readColumns('1,2\n3,1e9', 2, 10, 1000)).toMatchObject({ ok: false, row: 2, column: 2 });
    expect(readColumns('1,2\n3,', 2, 10, 1000)).toMatchObject({ ok: false, row: 2, column: 2, message: 'a value is missing' });
    expect(readColumns('', 2, 10, 1000)).toMatchObject({ ok: false, message: 'no rows of numbers found' });
    expect(readColumns('1,2\n'.repeat(11), 2, 10, 1000)).toMatchObject({ ok: false, row: 11 });
    expect(readColumns('x'.repeat(300_000), 2, 10, 1000).ok).toBe(false);
  });

  it('never throws on junk', () => {
    for (const junk of ['\u0000', ',,,', 'NaN,Infinity', '1e400,1', '🙂,🙂', '\n\n\n', 'a,b\nc,d', '0x10,1'])
      expect(() => readColumns(junk, 2, 10, 1000)).not.toThrow();
    expect(readColumns('NaN,1', 2, 10, 1000).ok).toBe(false);
  });
});

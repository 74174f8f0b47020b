import { describe, expect, it } from 'vitest';
import { UndoHistory } from './undo';

describe('UndoHistory', () => {
  it('undoes and redoes edits in order, and a new edit drops the redo', () => {
    const h = new UndoHistory('a=1');
    h.push('a=2');
    h.push('a=3');
    expect(h.undo()).toBe('a=2');
    expect(h.undo()).toBe('a=1');
    expect(h.undo()).toBeNull();
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe('a=2');
    h.push('a=9');
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBeNull();
    expect(h.undo()).toBe('a=2');
    expect(h.current).toBe('a=2');
  });

  it('keeps one entry for an edit that goes on (a drag), and none for one that changes nothing', () => {
    const h = new UndoHistory('x=0');
    h.push('x=1');
    h.amend('x=2');
    h.amend('x=3');
    h.push('x=3');
    expect(h.undo()).toBe('x=0');
    expect(h.canUndo).toBe(false);
    // A drag that ends where it began leaves no entry.
    h.push('x=5');
    h.amend('x=0');
    expect(h.canUndo).toBe(false);
    expect(h.current).toBe('x=0');
  });

  it('forgets the oldest entries past its limit', () => {
    const h = new UndoHistory('0', 3);
    for (const q of ['1', '2', '3', '4']) h.push(q);
    expect(h.undo()).toBe('3');
    expect(h.undo()).toBe('2');
    expect(h.undo()).toBeNull();
  });
});

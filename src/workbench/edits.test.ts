import { describe, expect, it } from 'vitest';
import { readEdits, withEdit, writeEdits } from './edits.ts';
import type { StorageLike } from '../storage/safe-storage.ts';

const memory = (): StorageLike => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe("a translator's edits", () => {
  it('survive a reload through storage', () => {
    const storage = memory();
    expect(writeEdits(() => storage, 'vi', { 'ui.app.tagline': 'Xin chào' })).toBe(true);
    expect(readEdits(() => storage, 'vi')).toEqual({ edits: { 'ui.app.tagline': 'Xin chào' }, storageWorks: true });
    expect(readEdits(() => storage, 'ko').edits).toEqual({});
  });

  it('are dropped when they equal the file text again', () => {
    const edited = withEdit({}, 'a', 'new', 'old');
    expect(edited).toEqual({ a: 'new' });
    expect(withEdit(edited, 'a', 'old', 'old')).toEqual({});
  });

  it('report storage that refuses, so the translator is told to export', () => {
    const refusing = (): StorageLike => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readEdits(refusing, 'vi').storageWorks).toBe(false);
    expect(writeEdits(refusing, 'vi', {})).toBe(false);
  });
});

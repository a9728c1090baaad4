import { create } from 'zustand';
import type { StorageLike } from '../app/preferences.ts';

/**
 * A translator's edits: per language, key → text, kept in the browser until exported. Edits are
 * laid over the language's file; an edit equal to the file's text is no edit and is dropped.
 */
export type Edits = Readonly<Record<string, string>>;

const keyFor = (language: string): string => `uketsuke:edits:v1:${language}`;

export function readEdits(storage: () => StorageLike, language: string): { edits: Edits; storageWorks: boolean } {
  try {
    const raw = storage().getItem(keyFor(language));
    if (raw === null) return { edits: {}, storageWorks: true };
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { edits: {}, storageWorks: true };
    return {
      edits: Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
      storageWorks: true,
    };
  } catch (error) {
    return { edits: {}, storageWorks: error instanceof SyntaxError };
  }
}

export function writeEdits(storage: () => StorageLike, language: string, edits: Edits): boolean {
  try {
    storage().setItem(keyFor(language), JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}

/** Sets or clears one edit, dropping it when it equals the file's own text. */
export function withEdit(edits: Edits, key: string, value: string, base: string | undefined): Edits {
  const others = Object.entries(edits).filter(([other]) => other !== key);
  return Object.fromEntries(value === base ? others : [...others, [key, value]]);
}

interface EditsStore {
  /** Edits by language, mirrored from storage so every view re-renders on a change. */
  readonly byLanguage: Readonly<Record<string, Edits>>;
  readonly storageWorks: boolean;
  readonly put: (language: string, edits: Edits, storageWorks: boolean) => void;
}

export const useEditsStore = create<EditsStore>()((set) => ({
  byLanguage: {},
  storageWorks: true,
  put: (language, edits, storageWorks) =>
    set((store) => ({ byLanguage: { ...store.byLanguage, [language]: edits }, storageWorks })),
}));

import { create } from 'zustand';
import type { i18n as I18n } from 'i18next';
import { browserStorage, readJson, writeJson, type StorageLike } from '../storage/safe-storage.ts';

/**
 * A translator's edits: per language, key → text, kept in the browser until exported. Edits are
 * laid over the language's file; an edit equal to the file's text is no edit and is dropped.
 */
export type Edits = Readonly<Record<string, string>>;

const keyFor = (language: string): string => `uketsuke:edits:v1:${language}`;

export function readEdits(storage: () => StorageLike, language: string): { edits: Edits; storageWorks: boolean } {
  const { value, storageWorks } = readJson(storage, keyFor(language));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { edits: {}, storageWorks };
  const strings = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return { edits: Object.fromEntries(strings), storageWorks };
}

export function writeEdits(storage: () => StorageLike, language: string, edits: Edits): boolean {
  return writeJson(storage, keyFor(language), edits);
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

/**
 * Lays a translator's kept edits over a language's strings as it loads, and mirrors them for
 * the workbench. Registered by the app with `onLanguageLoaded`.
 */
export function applyStoredEdits(code: string, instance: I18n): void {
  const { edits, storageWorks } = readEdits(browserStorage, code);
  for (const [key, value] of Object.entries(edits)) instance.addResource(code, 'translation', key, value);
  useEditsStore.getState().put(code, edits, storageWorks);
}

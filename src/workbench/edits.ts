import { create } from 'zustand';
import type { i18n as I18n } from 'i18next';
import en from '../../locales/en.json';
import { i18n, loadLanguage } from '../i18n/i18n.ts';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGE, findLanguage } from '../i18n/languages.ts';
import { flatten, hasControlCharacter, languageKeys, unflatten, type FlatStrings } from '../i18n/locale-keys.ts';
import { browserStorage, readJson, writeJson, type StorageLike } from '../storage/safe-storage.ts';
import { useUiStore } from '../store/ui-store.ts';
import { editsKey, importUndoKey } from './edits-keys.ts';

/**
 * A translator's edits: per language, key → text, kept in the browser until exported. Edits are
 * laid over the language's file; an edit equal to the file's text is no edit and is dropped.
 *
 * This module is the one writer of edits: to storage, and to i18next, where the simulator and
 * every preview read them. Components call the store's actions; nothing else writes either.
 */
export type Edits = Readonly<Record<string, string>>;

/** The edits an import replaced, kept (also over a reload) until the next change. */
export interface ImportUndo {
  readonly file: string;
  /** How many strings the import changed. */
  readonly count: number;
  /** The edits as they were before it. */
  readonly edits: Edits;
}


/**
 * English names every source key (the translation gate holds it complete, with no unknown
 * keys), and it is in the first visit already: stored edits are checked against it at boot
 * without bringing the whole Japanese source along.
 */
const SOURCE_KEYS: readonly string[] = [...flatten(en).strings.keys()];
const keySets = new Map<string, ReadonlySet<string>>();

/** The keys a language should have (the source's, with its own plural forms). */
export function keySetFor(language: string): ReadonlySet<string> {
  let keys = keySets.get(language);
  if (!keys) {
    keys = new Set(languageKeys(SOURCE_KEYS, language));
    keySets.set(language, keys);
  }
  return keys;
}

export function readEdits(storage: () => StorageLike, language: string): { value: unknown; storageWorks: boolean } {
  return readJson(storage, editsKey(language));
}

export function writeEdits(storage: () => StorageLike, language: string, edits: Edits): boolean {
  return writeJson(storage, editsKey(language), edits);
}

/** What a translator may keep as an edit: a non-blank single line of text. */
export const isKeepable = (value: string): boolean => value.trim() !== '' && !hasControlCharacter(value);

/** Sets or clears one edit: blank text or the file's own text is no edit. */
export function withEdit(edits: Edits, key: string, value: string, fileValue: string | undefined): Edits {
  const others = Object.entries(edits).filter(([other]) => other !== key);
  return Object.fromEntries(value === fileValue || value.trim() === '' ? others : [...others, [key, value]]);
}

/**
 * What an import would change: each string of the file that could be an edit of this language
 * (a key it has, keepable text) and differs from the text shown now. The one rule for the
 * import's preview and for the import itself.
 */
export function importChanges(
  language: string,
  file: FlatStrings | undefined,
  edits: Edits,
  strings: ReadonlyMap<string, string>,
): [string, string][] {
  const keys = keySetFor(language);
  return [...strings].filter(([key, value]) => keys.has(key) && isKeepable(value) && value !== (edits[key] ?? file?.get(key)));
}

export interface CheckedEdits {
  readonly edits: Edits;
  /** Entries that could not be edits of this language: unknown keys, non-strings, blanks, control characters. */
  readonly dropped: number;
  /** Whether anything was left out (those, or edits equal to the file again): storage needs rewriting. */
  readonly changed: boolean;
}

/**
 * Checks edits read from storage as an import is checked: only keys the language should have,
 * string values, never blank, no control characters. (A stored `{"ui": "x"}` laid over the
 * strings would replace every label with its raw key.)
 */
export function checkEdits(value: unknown, language: string, file: FlatStrings): CheckedEdits {
  if (value === null) return { edits: {}, dropped: 0, changed: false };
  if (typeof value !== 'object' || Array.isArray(value)) return { edits: {}, dropped: 1, changed: true };
  const keys = keySetFor(language);
  const kept: [string, string][] = [];
  let dropped = 0;
  let changed = false;
  for (const [key, text] of Object.entries(value)) {
    if (!keys.has(key) || typeof text !== 'string' || !isKeepable(text)) {
      dropped += 1;
      changed = true;
    } else if (text === file.get(key)) {
      changed = true;
    } else {
      kept.push([key, text]);
    }
  }
  return { edits: Object.fromEntries(kept), dropped, changed };
}

function readImportUndo(language: string, file: FlatStrings): ImportUndo | null {
  const { value } = readJson(browserStorage, importUndoKey(language));
  if (typeof value !== 'object' || value === null || !('file' in value) || !('edits' in value) || !('count' in value)) return null;
  if (typeof value.file !== 'string' || typeof value.count !== 'number') return null;
  return { file: value.file, count: value.count, edits: checkEdits(value.edits, language, file).edits };
}

/**
 * Each language's own file, as it first arrived in i18next: what an undo goes back to. Kept
 * outside the store's state (which tests reset) since it never changes.
 */
const files = new Map<string, FlatStrings>();

function fileOf(language: string, instance: I18n): FlatStrings {
  let file = files.get(language);
  if (!file) {
    // English's own file is the whole of en.json: the first visit carries only a part of it, and
    // the rest comes with later pages (src/i18n/english-later.ts), after this may first be read.
    const bundle: unknown = language === FALLBACK_LANGUAGE ? en : instance.getResourceBundle(language, 'translation');
    file = flatten(bundle ?? {}).strings;
    files.set(language, file);
  }
  return file;
}

/**
 * Replaces the language's strings in i18next with its file and the edits laid over it. A key
 * the file lacks and no edit sets is simply absent, so English shows: never an empty string.
 * The bundle is always a fresh copy: the imported locale modules themselves are never changed.
 */
function lay(instance: I18n, language: string, file: FlatStrings, edits: Edits): void {
  const strings = new Map(file);
  for (const [key, value] of Object.entries(edits)) strings.set(key, value);
  instance.removeResourceBundle(language, 'translation');
  instance.addResourceBundle(language, 'translation', unflatten(strings), true, true);
}

interface EditsStore {
  /** Edits by language, mirrored from storage so every view re-renders on a change. */
  readonly byLanguage: Readonly<Record<string, Edits>>;
  /** Each language's own file, once it has loaded. */
  readonly files: Readonly<Record<string, FlatStrings>>;
  readonly storageWorks: boolean;
  readonly importUndo: Readonly<Record<string, ImportUndo>>;
  /** Sets one string. Blank text or the file's text removes the edit; control characters are refused (false). */
  readonly edit: (language: string, key: string, value: string) => boolean;
  /** Back to the file's text, or to English where the file lacks the string. */
  readonly undo: (language: string, key: string) => void;
  readonly discardAll: (language: string) => void;
  /** Lays a checked file's strings over the language; the edits it replaces can be brought back. */
  readonly applyImport: (language: string, file: string, strings: ReadonlyMap<string, string>) => void;
  readonly undoImport: (language: string) => void;
}

export const useEditsStore = create<EditsStore>()((set, get) => {
  /** The one way edits change: storage, i18next and the mirror, together. */
  const commit = (language: string, edits: Edits, importUndo: ImportUndo | null) => {
    const file = files.get(language) ?? new Map<string, string>();
    const saved = writeEdits(browserStorage, language, edits);
    const undoSaved = writeJson(browserStorage, importUndoKey(language), importUndo);
    lay(i18n, language, file, edits);
    set((store) => {
      const undos = Object.fromEntries(Object.entries(store.importUndo).filter(([code]) => code !== language));
      return {
        byLanguage: { ...store.byLanguage, [language]: edits },
        storageWorks: saved && undoSaved,
        importUndo: importUndo === null ? undos : { ...undos, [language]: importUndo },
      };
    });
  };
  const editsOf = (language: string): Edits => get().byLanguage[language] ?? {};
  const editable = (language: string): boolean => language !== SOURCE_LANGUAGE && files.has(language);

  return {
    byLanguage: {},
    files: {},
    storageWorks: true,
    importUndo: {},
    edit: (language, key, value) => {
      if (!editable(language) || !keySetFor(language).has(key) || hasControlCharacter(value)) return false;
      commit(language, withEdit(editsOf(language), key, value, files.get(language)?.get(key)), null);
      return true;
    },
    undo: (language, key) => {
      if (editable(language)) commit(language, Object.fromEntries(Object.entries(editsOf(language)).filter(([other]) => other !== key)), null);
    },
    discardAll: (language) => {
      if (editable(language)) commit(language, {}, null);
    },
    applyImport: (language, fileName, strings) => {
      if (!editable(language)) return;
      const before = editsOf(language);
      const file = files.get(language);
      const changes = importChanges(language, file, before, strings);
      const next = changes.reduce((edits, [key, value]) => withEdit(edits, key, value, file?.get(key)), before);
      commit(language, next, { file: fileName, count: changes.length, edits: before });
    },
    undoImport: (language) => {
      const undo = get().importUndo[language];
      if (undo && editable(language)) commit(language, undo.edits, null);
    },
  };
});

/**
 * Lays a translator's kept edits over a language's strings as it loads, and mirrors them for
 * the workbench. Registered by the app with `onLanguageLoaded`; the workbench calls it too for
 * a language that was loaded before. Stored edits that cannot belong to the language are
 * dropped, storage is rewritten, and the visitor is told.
 */
export function applyStoredEdits(code: string, instance: I18n): void {
  if (code === SOURCE_LANGUAGE) return;
  const file = fileOf(code, instance);
  const stored = readEdits(browserStorage, code);
  const { edits, dropped, changed } = checkEdits(stored.value, code, file);
  const rewritten = changed ? writeEdits(browserStorage, code, edits) : true;
  const importUndo = readImportUndo(code, file);
  lay(instance, code, file, edits);
  useEditsStore.setState((store) => {
    const undos = Object.fromEntries(Object.entries(store.importUndo).filter(([language]) => language !== code));
    return {
      byLanguage: { ...store.byLanguage, [code]: edits },
      files: { ...store.files, [code]: file },
      storageWorks: stored.storageWorks && rewritten,
      importUndo: importUndo === null ? undos : { ...undos, [code]: importUndo },
    };
  });
  if (dropped > 0) {
    useUiStore.getState().notify({ id: `edits-dropped-${code}`, key: 'ui.notice.editsDropped', value: findLanguage(code)?.name ?? code });
  }
}

/**
 * Makes a language ready to edit: its strings loaded, its kept edits laid over them. (The app
 * registers `applyStoredEdits` to run on every load; where it has not, this runs it.)
 */
export async function openLanguage(code: string): Promise<void> {
  const result = await loadLanguage(code);
  if (result.ok && !files.has(code)) applyStoredEdits(code, i18n);
}

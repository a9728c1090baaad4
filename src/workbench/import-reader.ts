import { pluralCategories, readLocaleFile } from '../i18n/locale-check.ts';
import { languageMismatch, type LanguageMismatch } from '../i18n/script-check.ts';
import { SOURCE } from './workbench-model.ts';

/**
 * Far above any locale file (the largest is under 30 kB), far below what freezes a tab: a 20 MB
 * file took 45 s to check. Checked before a byte is read.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportProblem =
  | { readonly kind: 'size'; readonly size: number }
  | { readonly kind: 'encoding' }
  | { readonly kind: 'json'; readonly detail: string }
  | { readonly kind: 'shape'; readonly path: string }
  | { readonly kind: 'depth'; readonly path: string }
  | { readonly kind: 'unknown'; readonly keys: readonly string[] }
  | { readonly kind: 'control'; readonly keys: readonly string[] };

export type ImportRead =
  | {
      readonly ok: true;
      readonly file: string;
      readonly strings: ReadonlyMap<string, string>;
      /** What says the file is for another language, or null. */
      readonly mismatch: LanguageMismatch | null;
    }
  | { readonly ok: false; readonly file: string; readonly problem: ImportProblem };

/** The file's text, if it is UTF-8 (a byte-order mark is fine): Shift_JIS or Latin-1 must not import as mojibake. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads a locale file a translator brings for `language`; changes nothing, says what is wrong. */
export async function readImport(file: File, language: string): Promise<ImportRead> {
  const name = file.name;
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, file: name, problem: { kind: 'size', size: file.size } };
  const text = decodeUtf8(await file.arrayBuffer());
  if (text === null) return { ok: false, file: name, problem: { kind: 'encoding' } };
  const result = readLocaleFile(text, SOURCE, pluralCategories(language));
  if (!result.ok) {
    switch (result.error) {
      case 'json':
        return { ok: false, file: name, problem: { kind: 'json', detail: result.detail } };
      case 'shape':
      case 'depth':
        return { ok: false, file: name, problem: { kind: result.error, path: result.path } };
      case 'unknown':
      case 'control':
        return { ok: false, file: name, problem: { kind: result.error, keys: result.keys } };
    }
  }
  return { ok: true, file: name, strings: result.strings, mismatch: languageMismatch(name, result.strings.values(), language) };
}

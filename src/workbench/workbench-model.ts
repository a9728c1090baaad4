import jaJson from '../../locales/ja.json';
import enJson from '../../locales/en.json';
import contextJson from '../../locales/context.json';
import { isScreenId, type ScreenId } from '../flow/types.ts';
import { checkString, flatten, pluralBase, pluralCategories, sourceKeyFor, type Context, type FlatStrings, type Problem } from '../i18n/locale-check.ts';

export const SOURCE: FlatStrings = flatten(jaJson).strings;
export const ENGLISH: FlatStrings = flatten(enJson).strings;
// Checked by the context test: every source key has { screen, note, maxLength }.
const CONTEXT = contextJson as Record<string, Context | undefined>;

export interface Entry {
  readonly key: string;
  readonly sourceKey: string;
  readonly japanese: string;
  readonly english: string;
  readonly context: Context | undefined;
  readonly screen: ScreenId | null;
  readonly base: string | undefined;
  readonly value: string;
  readonly edited: boolean;
  readonly problems: readonly Problem[];
}

/** The keys a language should have: the source's, with plural forms as that language needs them. */
export function keysFor(language: string): string[] {
  const categories = pluralCategories(language);
  const keys: string[] = [];
  for (const key of SOURCE.keys()) {
    const base = pluralBase(key);
    if (base === key) keys.push(key);
    else if (key.endsWith('_other')) keys.push(...categories.map((category) => `${base}_${category}`));
  }
  return keys;
}

export function buildEntries(language: string, base: FlatStrings, edits: Readonly<Record<string, string>>): Entry[] {
  const categories = pluralCategories(language);
  return keysFor(language).map((key) => {
    const sourceKey = sourceKeyFor(key, SOURCE, categories) ?? key;
    const value = edits[key] ?? base.get(key) ?? '';
    const context = CONTEXT[sourceKey] ?? CONTEXT[key];
    const screenPart = key.startsWith('device.') ? (key.split('.')[1] ?? '') : (context?.screen ?? '');
    const japanese = SOURCE.get(sourceKey) ?? '';
    return {
      key,
      sourceKey,
      japanese,
      english: ENGLISH.get(sourceKey) ?? '',
      context,
      screen: isScreenId(screenPart) ? screenPart : null,
      base: base.get(key),
      value,
      edited: edits[key] !== undefined,
      problems: checkString({ key, value, source: japanese, english: ENGLISH.get(sourceKey), japanese, context, language }),
    };
  });
}

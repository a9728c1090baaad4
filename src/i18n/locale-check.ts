/**
 * The rules a translation is held to, shared by the translation gate (tests), `npm run locales`
 * and the translators' workbench. Pure: strings in, findings out.
 */
import { PLACEHOLDER, stripRuby } from './ruby.ts';
import { PLURAL, flatten, hasControlCharacter, pluralBase, type FlatStrings } from './locale-keys.ts';

export {
  MAX_DEPTH,
  flatten,
  hasControlCharacter,
  languageKeys,
  pluralBase,
  pluralCategories,
  unflatten,
  type FlatStrings,
  type Flattened,
} from './locale-keys.ts';

export interface Context {
  readonly screen: string;
  readonly note: string;
  readonly maxLength: number;
}

export type Problem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'missing'; readonly name: string }
  | { readonly kind: 'extra'; readonly name: string }
  | { readonly kind: 'tooLong'; readonly length: number; readonly max: number }
  | { readonly kind: 'sameAsEnglish' }
  /** A control character (a line break, a tab…): locale strings are single lines of text. */
  | { readonly kind: 'control' }
  /** `$t(`: i18next nesting is off, so it would show exactly as written. */
  | { readonly kind: 'nesting' };

/** Length as a reader sees it: Thai, Burmese or Khmer clusters and emoji count once. */
export function graphemes(text: string): number {
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length;
}

const isPluralKey = (key: string): boolean => PLURAL.test(key);

/**
 * The `{{placeholders}}` of a string, each with its format where it has one (`topics, topicList`):
 * a translation must keep the format too, or i18next would put in the raw value.
 */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => (match[2] ? `${match[1] ?? ''}, ${match[2]}` : (match[1] ?? ''))).sort();
}

/**
 * The source key a translated key answers to: itself, or for a plural form the source's
 * `_other` of the same base (languages have different plural categories than Japanese).
 */
export function sourceKeyFor(key: string, source: FlatStrings, pluralCategories: readonly string[]): string | null {
  if (source.has(key)) {
    if (!isPluralKey(key)) return key;
    return pluralCategories.includes(key.slice(pluralBase(key).length + 1)) ? key : null;
  }
  if (!isPluralKey(key)) return null;
  const other = `${pluralBase(key)}_other`;
  const category = key.slice(pluralBase(key).length + 1);
  return source.has(other) && pluralCategories.includes(category) ? other : null;
}

export interface CheckInput {
  readonly key: string;
  readonly value: string;
  readonly source: string;
  readonly english: string | undefined;
  readonly japanese: string | undefined;
  readonly context: Context | undefined;
  readonly language: string;
}

export function checkString({ value, source, english, japanese, context, language }: CheckInput): Problem[] {
  if (value.trim() === '') return [{ kind: 'empty' }];
  const problems: Problem[] = [];
  if (hasControlCharacter(value)) problems.push({ kind: 'control' });
  // Unless the source itself speaks of `$t(` (the workbench's own message about it).
  if (value.includes('$t(') && !source.includes('$t(')) problems.push({ kind: 'nesting' });
  const want = placeholders(source);
  const have = placeholders(value);
  for (const name of new Set(want)) if (!have.includes(name)) problems.push({ kind: 'missing', name });
  for (const name of new Set(have)) if (!want.includes(name)) problems.push({ kind: 'extra', name });
  const length = graphemes(stripRuby(value));
  if (context && length > context.maxLength) problems.push({ kind: 'tooLong', length, max: context.maxLength });
  // Same as English is a slip in any other language, unless the English already equals the
  // Japanese (brand names such as iPhone stay as they are everywhere).
  if (language !== 'en' && english !== undefined && value === english && english !== japanese && /\p{L}{3}/u.test(value)) {
    problems.push({ kind: 'sameAsEnglish' });
  }
  return problems;
}

export interface Coverage {
  readonly total: number;
  readonly translated: number;
  readonly percent: number;
  readonly unknown: readonly string[];
  readonly placeholderProblems: readonly string[];
  readonly sameAsEnglish: readonly string[];
  readonly missing: readonly string[];
}

/**
 * Completeness against the source keys: each source string (a plural group counts once) is
 * translated when the language has it non-empty with the right placeholders. Extra keys never
 * count; they are listed as unknown.
 */
export function coverage(
  source: FlatStrings,
  translation: FlatStrings,
  english: FlatStrings,
  language: string,
  pluralCategories: readonly string[],
): Coverage {
  const units = [...new Set([...source.keys()].map((key) => (isPluralKey(key) ? `${pluralBase(key)}_other` : key)))];
  const unknown = [...translation.keys()].filter((key) => sourceKeyFor(key, source, pluralCategories) === null);
  const placeholderProblems: string[] = [];
  const sameAsEnglish: string[] = [];
  for (const [key, value] of translation) {
    const sourceKey = sourceKeyFor(key, source, pluralCategories);
    if (sourceKey === null) continue;
    const problems = checkString({
      key,
      value,
      source: source.get(sourceKey) ?? '',
      english: english.get(sourceKey),
      japanese: source.get(sourceKey),
      context: undefined,
      language,
    });
    if (problems.some((p) => p.kind === 'missing' || p.kind === 'extra')) placeholderProblems.push(key);
    if (problems.some((p) => p.kind === 'sameAsEnglish')) sameAsEnglish.push(key);
  }
  const missing = units.filter((unit) => {
    const value = translation.get(unit);
    return value === undefined || value.trim() === '' || placeholderProblems.includes(unit);
  });
  const translated = units.length - missing.length;
  return {
    total: units.length,
    translated,
    percent: Math.floor((translated / units.length) * 100),
    unknown,
    placeholderProblems,
    sameAsEnglish,
    missing,
  };
}

export type ImportResult =
  | { readonly ok: true; readonly strings: Map<string, string> }
  | { readonly ok: false; readonly error: 'json'; readonly detail: string }
  | { readonly ok: false; readonly error: 'shape'; readonly path: string }
  | { readonly ok: false; readonly error: 'unknown'; readonly keys: readonly string[] }
  | { readonly ok: false; readonly error: 'depth'; readonly path: string }
  | { readonly ok: false; readonly error: 'control'; readonly keys: readonly string[] };

/** Reads a locale file a volunteer brings; says exactly what is wrong with it, changes nothing. */
export function readLocaleFile(text: string, source: FlatStrings, pluralCategories: readonly string[]): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // An engine whose parser recurses runs out of stack on absurd nesting: that is depth, not syntax.
    if (error instanceof RangeError) return { ok: false, error: 'depth', path: '(top level)' };
    return { ok: false, error: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
  const { strings, badPath, deepPath } = flatten(parsed);
  if (deepPath !== null) return { ok: false, error: 'depth', path: deepPath };
  if (badPath !== null) return { ok: false, error: 'shape', path: badPath };
  const unknown = [...strings.keys()].filter((key) => sourceKeyFor(key, source, pluralCategories) === null);
  if (unknown.length > 0) return { ok: false, error: 'unknown', keys: unknown };
  const control = [...strings].filter(([, value]) => hasControlCharacter(value)).map(([key]) => key);
  if (control.length > 0) return { ok: false, error: 'control', keys: control };
  return { ok: true, strings };
}

/**
 * The shape of locale files: nested JSON to dotted keys and back, plural suffixes, the keys a
 * language should have, and the one character class no string may hold. Small and pure, so the
 * first visit can check a translator's kept edits without the rest of the locale rules.
 */

export type FlatStrings = ReadonlyMap<string, string>;

export const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A language's plural rules, as the platform knows them (English's for a code it does not know). */
export function pluralRules(language: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(language);
  } catch {
    return new Intl.PluralRules('en');
  }
}

/** The plural forms a language needs (i18next's suffixes). */
export function pluralCategories(language: string): readonly string[] {
  return pluralRules(language).resolvedOptions().pluralCategories;
}

/**
 * How deeply a locale file may nest. The source is 4 levels deep (`device.consent-topic.
 * questions.surgery`); the bound keeps a hostile or broken file from exhausting the stack.
 */
export const MAX_DEPTH = 8;

/**
 * Control characters: U+0000–U+001F and U+007F. No locale string holds one (they are single
 * lines of text), and i18next's nesting marker is one, so nesting can never start from a string.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export interface Flattened {
  readonly strings: Map<string, string>;
  /** Where the file holds something other than an object of strings, or null. */
  readonly badPath: string | null;
  /** Where the file nests deeper than MAX_DEPTH, or null. */
  readonly deepPath: string | null;
}

/** Nested locale JSON to dotted keys, in file order; non-string leaves and deep nesting are reported by path. */
export function flatten(value: unknown, prefix = '', depth = 1): Flattened {
  const strings = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { strings, badPath: prefix.replace(/\.$/, '') || '(top level)', deepPath: null };
  }
  if (depth > MAX_DEPTH) return { strings, badPath: null, deepPath: prefix.replace(/\.$/, '') };
  for (const [key, child] of Object.entries(value)) {
    const path = prefix + key;
    if (typeof child === 'string') {
      strings.set(path, child);
      continue;
    }
    const inner = flatten(child, `${path}.`, depth + 1);
    if (inner.badPath !== null || inner.deepPath !== null) return { ...inner, strings };
    for (const [k, v] of inner.strings) strings.set(k, v);
  }
  return { strings, badPath: null, deepPath: null };
}

/** Dotted keys back to nested JSON, in the order given. */
export function unflatten(entries: Iterable<readonly [string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>; // built here, always an object
      else node = node[part] = {};
    }
    node[parts[parts.length - 1] ?? ''] = value;
  }
  return root;
}

export const pluralBase = (key: string): string => key.replace(PLURAL, '');

/**
 * The keys a language should have: the source's, in source order, with the plural forms that
 * language needs (`_one`, `_many`… as `Intl.PluralRules` gives them) in place of the source's.
 */
export function languageKeys(sourceKeys: Iterable<string>, language: string): string[] {
  const categories = pluralCategories(language);
  const keys: string[] = [];
  for (const key of sourceKeys) {
    const base = pluralBase(key);
    if (base === key) keys.push(key);
    else if (key.endsWith('_other')) keys.push(...categories.map((category) => `${base}_${category}`));
  }
  return keys;
}

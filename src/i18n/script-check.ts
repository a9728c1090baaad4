/**
 * Whether a locale file is for the language it is about to be laid over: by the language its
 * name gives, and by the script its text is written in. Pure, so the translation gate can hold
 * it against every shipped file.
 */
import { LANGUAGES, PSEUDO_LANGUAGES } from './languages.ts';

/** Scripts as ISO 15924 codes, which `Intl.DisplayNames` names in any language. */
export type Script = 'Latn' | 'Hang' | 'Hani' | 'Jpan' | 'Deva' | 'Thai' | 'Mymr' | 'Khmr' | 'Cyrl';

const LETTERS: readonly (readonly [Script | 'Kana', RegExp])[] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
];

/** Fewer letters than this say too little to judge a script by (a file with one short string). */
const ENOUGH_LETTERS = 12;

/**
 * The script most of these texts are written in, or null when there is too little text to say.
 * Placeholders and furigana readings are left out; brand names in Latin letters (iPhone, My
 * Number) appear in every language, so the majority decides. Japanese mixes kanji and kana:
 * text with a fair share of kana is Japanese (`Jpan`), kanji alone is Chinese (`Hani`).
 */
export function scriptOf(texts: Iterable<string>): Script | null {
  const counts = new Map<Script | 'Kana', number>();
  let total = 0;
  for (const text of texts) {
    const plain = text.replace(/\{\{[^}]*\}\}/g, '').replace(/\{([^{}|]+)\|[^{}|]+\}/g, '$1');
    for (const char of plain) {
      const found = LETTERS.find(([, pattern]) => pattern.test(char));
      if (!found) continue;
      counts.set(found[0], (counts.get(found[0]) ?? 0) + 1);
      total += 1;
    }
  }
  if (total < ENOUGH_LETTERS) return null;
  const kana = counts.get('Kana') ?? 0;
  const han = counts.get('Hani') ?? 0;
  if (kana + han > 0) {
    counts.delete('Kana');
    counts.set(kana >= (kana + han) * 0.15 ? 'Jpan' : 'Hani', kana + han);
  }
  let best: Script | null = null;
  let most = 0;
  for (const [script, count] of counts) {
    // 'Kana' was folded into Jpan or Hani just above.
    if (count > most && script !== 'Kana') [best, most] = [script, count];
  }
  return best;
}

const SCRIPTS: readonly Script[] = ['Latn', 'Hang', 'Hani', 'Jpan', 'Deva', 'Thai', 'Mymr', 'Khmr', 'Cyrl'];

/** The script a language is written in, from its likely subtags (`ko` → Kore → Hangul). */
export function scriptFor(language: string): Script {
  let script: string | undefined;
  try {
    script = new Intl.Locale(language).maximize().script;
  } catch {
    return 'Latn';
  }
  if (script === 'Kore') return 'Hang';
  if (script === 'Hans' || script === 'Hant') return 'Hani';
  return SCRIPTS.find((known) => known === script) ?? 'Latn';
}

const CODES = [...LANGUAGES, ...PSEUDO_LANGUAGES].map((language) => language.code).sort((a, b) => b.length - a.length);

/**
 * The language a file's name gives, if any: `ko.json`, `ko (1).json`, `KO_final.json`. The
 * longest code wins, so `ja-x-easy.json` is Easy Japanese and not Japanese.
 */
export function languageNamedBy(fileName: string): string | null {
  const name = fileName.replace(/\.json$/i, '').toLowerCase();
  return CODES.find((code) => name === code.toLowerCase() || new RegExp(`^${code.toLowerCase()}[ _.(]`).test(name)) ?? null;
}

export interface LanguageMismatch {
  /** Another language that the file's name gives. */
  readonly named: string | null;
  /** The script the file is written in, where it is not the language's own. */
  readonly script: { readonly found: Script; readonly expected: Script } | null;
}

/** What says a file is for another language than the one being edited, or null when nothing does. */
export function languageMismatch(fileName: string, texts: Iterable<string>, language: string): LanguageMismatch | null {
  const named = languageNamedBy(fileName);
  const found = scriptOf(texts);
  const expected = scriptFor(language);
  const mismatch: LanguageMismatch = {
    named: named !== null && named !== language ? named : null,
    script: found !== null && found !== expected ? { found, expected } : null,
  };
  return mismatch.named === null && mismatch.script === null ? null : mismatch;
}

import manifest from '../../locales/languages.json';

export type LanguageStatus = 'source' | 'draft' | 'reviewed';

export interface LanguageInfo {
  readonly code: string;
  readonly name: string;
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
  readonly status: LanguageStatus;
  /** Share of the source keys translated, as measured by `npm run locales -- --write`. */
  readonly completeness: number;
  /** The translation gate fails when completeness falls below this. */
  readonly threshold: number;
  readonly translators: readonly string[];
  readonly reviewers: readonly string[];
}

export const SOURCE_LANGUAGE = 'ja';
export const FALLBACK_LANGUAGE = 'en';

function parseManifest(raw: Record<string, unknown>): LanguageInfo[] {
  return Object.entries(raw).map(([code, value]) => {
    // The manifest is checked field by field by the locale tests; here it is read as written.
    const entry = value as Omit<LanguageInfo, 'code'>;
    return { code, ...entry };
  });
}

export const LANGUAGES: readonly LanguageInfo[] = parseManifest(manifest);

/**
 * Languages for testing only, reachable by link (`?lang=x-pseudo`) but not offered in the
 * picker: accented, lengthened English that shows hard-coded strings and overflow, and the
 * same mirrored right-to-left.
 */
export const PSEUDO_LANGUAGES: readonly LanguageInfo[] = [
  { code: 'x-pseudo', name: 'Pseudo', english: 'Pseudo-locale', dir: 'ltr', status: 'draft', completeness: 100, threshold: 0, translators: [], reviewers: [] },
  { code: 'x-rtl', name: 'Pseudo RTL', english: 'Pseudo right-to-left', dir: 'rtl', status: 'draft', completeness: 100, threshold: 0, translators: [], reviewers: [] },
];

export function findLanguage(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((language) => language.code === code) ?? PSEUDO_LANGUAGES.find((language) => language.code === code);
}

export const isPseudo = (code: string): boolean => PSEUDO_LANGUAGES.some((language) => language.code === code);

/** Which way a language's text runs; left to right for codes we do not know. */
export const directionOf = (code: string): 'ltr' | 'rtl' => findLanguage(code)?.dir ?? 'ltr';

import manifest from '../../locales/languages.json';

export type LanguageStatus = 'source' | 'draft' | 'reviewed';

export interface LanguageInfo {
  readonly code: string;
  readonly name: string;
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
  readonly status: LanguageStatus;
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

export function findLanguage(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

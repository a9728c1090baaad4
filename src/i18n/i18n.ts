import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja from '../../locales/ja.json';
import en from '../../locales/en.json';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGE, findLanguage } from './languages.ts';

/**
 * Japanese (the device) and English (the fallback) ship with the first visit, since every
 * screen needs both; every other language is its own chunk, fetched when first chosen.
 */
const lazyLocales = import.meta.glob<{ default: unknown }>([
  '../../locales/*.json',
  '!../../locales/ja.json',
  '!../../locales/en.json',
  '!../../locales/languages.json',
  '!../../locales/*.sources.json',
]);

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

export const i18n = createI18n();

export type LoadResult = { ok: true } | { ok: false; reason: 'unknown' | 'failed' };

/** Makes a language's strings available; says why not when it cannot, and changes nothing then. */
export async function loadLanguage(code: string, instance: I18n = i18n): Promise<LoadResult> {
  if (!findLanguage(code)) return { ok: false, reason: 'unknown' };
  if (code === SOURCE_LANGUAGE || instance.hasResourceBundle(code, 'translation')) return { ok: true };
  const loader = lazyLocales[`../../locales/${code}.json`];
  if (!loader) return { ok: false, reason: 'failed' };
  try {
    const module = await loader();
    const strings = module.default;
    if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) return { ok: false, reason: 'failed' };
    instance.addResourceBundle(code, 'translation', strings, true, true);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

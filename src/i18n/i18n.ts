import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import jaDevice from 'virtual:ja-device';
// English without the strings of later pages: they come with those pages (english-later.ts).
import en from 'virtual:en-first';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGE, findLanguage, isPseudo } from './languages.ts';
import { stripRuby } from './ruby.ts';
import { TOPIC_LIST_FORMAT, joinTopicNames, topicNameKey, topicsOf } from './topic-list.ts';

/**
 * The device's Japanese and English (the fallback) ship with the first visit, since every
 * screen needs both; every other language (and Japanese for the help layer) is its own file,
 * fetched as JSON when first chosen. Fetched, not imported: a browser remembers a failed
 * import() of a module for the life of the page, so a language that failed offline could never
 * load after the connection came back; a fetch can simply be tried again.
 */
const localeUrls = import.meta.glob<string>(
  [
    '../../locales/*.json',
    '!../../locales/en.json',
    '!../../locales/languages.json',
    '!../../locales/context.json',
    '!../../locales/*.sources.json',
    '!../../locales/*.readings.json',
  ],
  { query: '?url', import: 'default', eager: true },
);

export type FetchOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'failed' | 'broken' };

/** Fetches one of our JSON files: 'failed' when it cannot be had, 'broken' when it is not an object. */
export async function fetchJsonObject(url: string): Promise<FetchOutcome<Record<string, unknown>>> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, reason: 'failed' };
    text = await response.text();
  } catch {
    return { ok: false, reason: 'failed' };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'broken' };
    // Checked just above: a JSON object.
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false, reason: 'broken' };
  }
}

/** Easy Japanese writes furigana as {漢字|かんじ}; where text must be plain, the markup goes. */
const PLAIN_TEXT = {
  type: 'postProcessor',
  name: 'plainText',
  process: (value: string) => stripRuby(value),
} as const;

/** Never in a locale string (the checks refuse control characters): nesting cannot start. */
export const NO_NESTING = '\u0001';

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).use(PLAIN_TEXT).init({
    resources: { ja: { translation: jaDevice }, en: { translation: en } },
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: false,
    // 'ja-x-easy' must not fall back to 'ja', nor 'pt-BR' to a missing 'pt': English is the fallback.
    load: 'currentOnly',
    // React escapes what it renders. Nesting (`$t(other.key)` inside a string) is for code, not
    // for volunteers' text: a translation that writes `$t(` must show as written, never pull in
    // (or loop on) another string. i18next has no switch for it, so its marker is a control
    // character that the locale checks refuse in any string.
    interpolation: { escapeValue: false, nestingPrefix: `${NO_NESTING}$t(`, nestingSuffix: `)${NO_NESTING}` },
    // An empty string is a gap, not a translation: fall back to English rather than show nothing.
    returnEmptyString: false,
    // Re-render when strings are added: a language arriving, or a translator's edit.
    react: { bindI18nStore: 'added' },
    // Plain strings by default (labels, options, attributes); translations laid over the device
    // ask for the markup (`postProcess: []`) and draw it as <ruby>.
    postProcess: [PLAIN_TEXT.name],
    returnNull: false,
    initAsync: false,
  });
  // `{{topics, topicList}}`: the names of the topics, in the language the string is asked in.
  instance.services.formatter?.add(TOPIC_LIST_FORMAT, (value: string | number, lng: string | undefined) => {
    const language = lng ?? FALLBACK_LANGUAGE;
    return joinTopicNames(
      topicsOf(value).map((topic) => instance.t(topicNameKey(topic), { lng: language })),
      language,
    );
  });
  return instance;
}

export const i18n = createI18n();

/** The whole English file, later pages' strings too (a chunk of its own, fetched when asked for). */
async function fullEnglish(): Promise<FetchOutcome<Record<string, unknown>>> {
  try {
    return { ok: true, value: (await import('../../locales/en.json')).default };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

export type LoadResult = { ok: true } | { ok: false; reason: 'unknown' | 'failed' | 'broken' };

/** A language's own file (without a translator's edits), or why it cannot be had. */
export async function fetchBaseStrings(code: string): Promise<FetchOutcome<Record<string, unknown>> | { ok: false; reason: 'unknown' }> {
  if (code === FALLBACK_LANGUAGE) return fullEnglish();
  if (!findLanguage(code)) return { ok: false, reason: 'unknown' };
  if (isPseudo(code)) {
    try {
      const [{ pseudoLocale }, english] = await Promise.all([import('./pseudo.ts'), import('../../locales/en.json')]);
      return { ok: true, value: pseudoLocale(english.default) };
    } catch {
      return { ok: false, reason: 'failed' };
    }
  }
  const url = localeUrls[`../../locales/${code}.json`];
  return url === undefined ? { ok: false, reason: 'unknown' } : fetchJsonObject(url);
}

/** Called with each language once its strings are in, every time it is made available. */
export type LanguageLoadedHook = (code: string, instance: I18n) => void;
const loadedHooks = new Set<LanguageLoadedHook>();

/**
 * Lets a layer above lay its own strings over a language as it arrives (the app registers the
 * translators' kept edits this way), without this module knowing of it. Returns the way to
 * stop.
 */
export function onLanguageLoaded(hook: LanguageLoadedHook): () => void {
  loadedHooks.add(hook);
  return () => loadedHooks.delete(hook);
}

/** Makes a language's strings available; says why not when it cannot, and changes nothing then. */
export async function loadLanguage(code: string, instance: I18n = i18n): Promise<LoadResult> {
  if (!findLanguage(code)) return { ok: false, reason: 'unknown' };
  // Japanese starts with the device's strings only; its help-layer strings come when chosen.
  const loaded =
    code === SOURCE_LANGUAGE
      ? instance.exists('ui.app.name', { lng: code, fallbackLng: false })
      : instance.hasResourceBundle(code, 'translation');
  if (!loaded) {
    const outcome = await fetchBaseStrings(code);
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    instance.addResourceBundle(code, 'translation', outcome.value, true, true);
  }
  for (const hook of loadedHooks) hook(code, instance);
  return { ok: true };
}

import { initialState, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type ScreenId } from '../flow/types.ts';
import type { DeviceKey, UiKey } from '../i18n/keys.ts';
import { describeScreen } from './registry.ts';
import { keysOf } from './screen-view.ts';
import { WORDING_VARIANTS } from './wordings.ts';

/**
 * Finding a screen by a few characters of its Japanese, as staff type them at the counter: the
 * way it is typed must not matter. Hiragana and katakana match each other, full-width digits and
 * letters match half-width ones (NFKC), case, spaces and the punctuation around codes and
 * quotes (「」【】・：（）) are ignored.
 */

/** Characters that never decide a match: spaces and the punctuation of titles and codes. */
const IGNORED = /[\s\p{P}]/gu;
/** Katakana letters (ァ U+30A1 … ヶ U+30F6) and their hiragana, 0x60 below. */
const KATAKANA = /[\u30a1-\u30f6]/g;

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(KATAKANA, (letter) => String.fromCharCode(letter.charCodeAt(0) - 0x60))
    .toLowerCase()
    .replace(IGNORED, '');
}

export interface SearchEntry {
  readonly screen: ScreenId;
  /** The normalised texts a query is looked for in. */
  readonly haystack: readonly string[];
}

/** Looks a key up in Japanese; the counter passes i18next's Japanese `t`, tests the file. */
export type JapaneseOf = (key: UiKey | DeviceKey, values?: Record<string, unknown>) => string;

/**
 * What a screen can be found by: its Japanese name (`ui.screens.<id>`), every string the reader
 * shows on it when opened from a link, as staff would see it on the real one, and the other
 * wordings other readers are known to use for those strings (wordings.ts).
 */
export function searchEntries(japanese: JapaneseOf): SearchEntry[] {
  return SCREEN_IDS.map((screen) => {
    const view = describeScreen(transition(initialState(), { type: 'LINK_OPENED', screen }));
    const parts = keysOf(view);
    const texts = [
      japanese(`ui.screens.${screen}`),
      ...parts.map((part) => japanese(part.key, part.values ?? {})),
      // Other readers' wordings of the same lines: staff type what their own reader says.
      ...parts.flatMap((part) => WORDING_VARIANTS[part.key] ?? []),
    ];
    return { screen, haystack: texts.map(normaliseForSearch) };
  });
}

/** The screens whose texts hold the query, in the given order; every screen for an empty query. */
export function searchScreens(entries: readonly SearchEntry[], query: string): ScreenId[] {
  const wanted = normaliseForSearch(query);
  return entries.filter((entry) => wanted === '' || entry.haystack.some((text) => text.includes(wanted))).map((entry) => entry.screen);
}

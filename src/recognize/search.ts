/**
 * "Typing instead": when the camera cannot help, a patient types a few characters of what the
 * screen says (kana, kanji or romaji) or of what it means in their own language, and the same
 * matcher names the screen. The catalog is searched through its Japanese (every wording), its
 * readings (locales/ja.readings.json: furigana as hiragana, and romaji), the translations the
 * caller passes (locales/<code>.json, as loaded), and the screens' names in those languages.
 */
import readings from '../../locales/ja.readings.json';
import { SCREEN_IDS, type ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';
import { findApprox, weightedLength } from './align.ts';
import { defaultCatalog, type Catalog, type LineRole } from './catalog.ts';
import type { FoundLine, MatchResult, ScreenMatch } from './match.ts';
import { codePoints, foldRomaji, foldTranslation, foldTypedJapanese, hasJapanese, isLatin } from './normalize.ts';

/** How a searchable text was written: what kind of query can find it. */
type Script = 'japanese' | 'romaji' | 'translation';

interface Searchable {
  readonly screen: ScreenId;
  readonly key: DeviceKey | null;
  /** What is shown as found: the Japanese line, or the translation or name that matched. */
  readonly text: string;
  readonly role: LineRole | 'name';
  readonly script: Script;
  readonly folded: readonly string[];
}

/** A language file as loaded (locales/<code>.json): its device strings and screen names are used. */
export type LocaleFile = Readonly<Record<string, unknown>>;

export interface SearchIndex {
  readonly items: readonly Searchable[];
}

type Reading = { readonly ruby: string; readonly romaji: string };
const READINGS = readings as Readonly<Record<string, Reading | undefined>>;

/** 暗証番号{あんしょうばんごう} markup → the reading alone: {暗証番号|あんしょうばんごう} → あんしょうばんごう. */
const kanaOf = (ruby: string): string => ruby.replace(/\{[^|}]*\|([^}]*)\}/g, '$1');

/** A dotted key's strings in a nested locale file: the key itself, or its plural forms. */
function stringsAt(file: LocaleFile, key: string): string[] {
  const path = key.split('.');
  const leaf = path.pop() ?? '';
  let node: unknown = file;
  for (const part of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node as Record<string, unknown>)
    .filter(([name, value]) => (name === leaf || name.startsWith(`${leaf}_`)) && typeof value === 'string' && value !== '')
    .map(([, value]) => String(value));
}

/** Readings of a key, also of its plural forms. */
function readingsOf(key: string): Reading[] {
  return Object.entries(READINGS)
    .filter(([name, reading]) => reading !== undefined && (name === key || name.startsWith(`${key}_`)))
    .map(([, reading]) => reading as Reading);
}

const ROLE_WEIGHT: Readonly<Record<Searchable['role'], number>> = { name: 1, title: 1, code: 1, body: 0.8, button: 0.7, note: 0.6 };

/** Builds what typing searches: the catalog's Japanese and readings, and the given languages. */
export function buildSearchIndex(translations: readonly LocaleFile[] = [], catalog: Catalog = defaultCatalog()): SearchIndex {
  const items: Searchable[] = [];
  const seen = new Set<string>();
  const add = (item: Omit<Searchable, 'folded'>, folded: string) => {
    const id = `${item.screen}|${item.script}|${folded}`;
    if (folded === '' || seen.has(id)) return;
    seen.add(id);
    items.push({ ...item, folded: codePoints(folded) });
  };
  for (const entry of catalog.entries) {
    for (const line of entry.lines) {
      const base = { screen: entry.screen, key: line.key, role: line.role };
      const shown = line.texts[0] ?? '';
      for (const text of line.texts) add({ ...base, text, script: 'japanese' }, foldTypedJapanese(text));
      if (line.key === null) continue;
      for (const reading of readingsOf(line.key)) {
        add({ ...base, text: shown, script: 'japanese' }, foldTypedJapanese(kanaOf(reading.ruby)));
        add({ ...base, text: shown, script: 'romaji' }, foldRomaji(reading.romaji));
      }
      for (const file of translations) {
        for (const text of stringsAt(file, line.key)) add({ ...base, text, script: 'translation' }, foldTranslation(text.replace(/\{\{[^}]*\}\}/g, '')));
      }
    }
  }
  for (const screen of SCREEN_IDS) {
    for (const file of translations) {
      for (const name of stringsAt(file, `ui.screens.${screen}`)) add({ screen, key: null, role: 'name', text: name, script: 'translation' }, foldTranslation(name));
    }
  }
  return { items };
}

/** A query this short must be found exactly; longer ones may have a slip. */
const EXACT_BELOW = 3;
/** A longer query must be found at least this well. */
const MIN_QUALITY = 0.75;
const RUNNERS_UP = 3;
const CLEAR_MARGIN = 0.15;

/**
 * The screens whose words hold what was typed, best first, as `matchScreen` answers for a
 * photo: a title or a screen's name beats a button, a whole word beats a slip, and a query
 * found on several screens alike (戻る) names the first with half the confidence.
 */
export function matchTyped(query: string, index: SearchIndex = defaultIndex()): MatchResult {
  // Kana and kanji search the Japanese and its readings (both folded to hiragana); Latin letters
  // search the romaji; anything searches the translations.
  const forms: Partial<Record<Script, string[]>> = { translation: codePoints(foldTranslation(query)) };
  if (hasJapanese(query)) forms.japanese = codePoints(foldTypedJapanese(query));
  if (isLatin(query)) forms.romaji = codePoints(foldRomaji(query));
  const best = new Map<ScreenId, { score: number; found: FoundLine }>();
  for (const item of index.items) {
    const needle = forms[item.script];
    if (needle === undefined || needle.length === 0) continue;
    const length = weightedLength(needle);
    const found = findApprox(needle, item.folded);
    const quality = Math.max(0, 1 - found.distance / length);
    const exact = needle.length < EXACT_BELOW;
    if (exact ? quality < 1 : quality < MIN_QUALITY) continue;
    // A query that fills most of the text, or starts it, is a better answer than one buried in a sentence.
    const fills = Math.min(1, needle.length / item.folded.length);
    const starts = found.start === 0 ? 1 : 0;
    const score = quality * ROLE_WEIGHT[item.role] * (0.8 + 0.1 * fills + 0.1 * starts);
    const previous = best.get(item.screen);
    if (previous === undefined || score > previous.score) best.set(item.screen, { score, found: { key: item.key, text: item.text, quality: round(quality) } });
  }
  const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score || SCREEN_IDS.indexOf(a[0]) - SCREEN_IDS.indexOf(b[0]));
  const matches = ranked.map(([screen, { score, found }], position): ScreenMatch => {
    const other = position === 0 ? ranked[1] : ranked[0];
    const margin = score - (other?.[1].score ?? 0);
    const sureness = position === 0 ? 0.5 + 0.5 * Math.min(1, Math.max(0, margin) / CLEAR_MARGIN) : 0.5 * Math.min(1, score / (ranked[0]?.[1].score ?? 1));
    return { screen, score: round(score), confidence: round(score * sureness), found: [found] };
  });
  const [first, ...rest] = matches;
  return { best: first ?? null, runnersUp: rest.slice(0, RUNNERS_UP) };
}

let index: SearchIndex | null = null;
/** The index of the Japanese and its readings alone, built once. Pass your own with translations. */
function defaultIndex(): SearchIndex {
  index ??= buildSearchIndex();
  return index;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

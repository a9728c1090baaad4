import jaJson from '../../locales/ja.json';
import enJson from '../../locales/en.json';
import contextJson from '../../locales/context.json';
import { isScreenId, type ScreenId } from '../flow/types.ts';
import type { UiKey } from '../i18n/keys.ts';
import { stripRuby } from '../i18n/ruby.ts';
import {
  checkString,
  flatten,
  graphemes,
  languageKeys,
  pluralCategories,
  sourceKeyFor,
  type Context,
  type FlatStrings,
  type Problem,
} from '../i18n/locale-check.ts';

export const SOURCE: FlatStrings = flatten(jaJson).strings;
export const ENGLISH: FlatStrings = flatten(enJson).strings;
// Checked by the context test: every source key has { screen, note, maxLength }.
const CONTEXT = contextJson as Record<string, Context | undefined>;

/** The help layer's places, as `context.json` names them in `screen`, in the order the list shows them. */
export const PANELS = [
  'header',
  'language list',
  'notice',
  'card reader',
  'practice PIN box',
  'side panel',
  'simulator controls',
  'consent help',
  'phrase cards',
  'practice list',
  'display options',
  'scenario form',
  'clinic settings',
  'sheet',
  'counter',
  'scan',
  'workbench',
] as const;
export type Panel = (typeof PANELS)[number];
const isPanel = (value: string): value is Panel => (PANELS as readonly string[]).includes(value);

/** Where a string appears: on one of the reader's screens, or in a panel of the help layer. */
export type Place = { readonly kind: 'screen'; readonly screen: ScreenId } | { readonly kind: 'panel'; readonly panel: Panel };

/** A heading each place's strings are listed under, in the visitor's language. */
export const PANEL_NAMES: Readonly<Record<Panel, UiKey>> = {
  header: 'ui.workbench.places.header',
  'language list': 'ui.lang.choose',
  notice: 'ui.workbench.places.notice',
  'card reader': 'ui.device.label',
  'practice PIN box': 'ui.pin.heading',
  'side panel': 'ui.panel.heading',
  'simulator controls': 'ui.sim.heading',
  'consent help': 'ui.consent.heading',
  'phrase cards': 'ui.phrase.heading',
  'practice list': 'ui.practice.heading',
  'display options': 'ui.more.display',
  'scenario form': 'ui.scenario.heading',
  'clinic settings': 'ui.settings.heading',
  sheet: 'ui.sheet.link',
  counter: 'ui.counter.nav',
  scan: 'ui.scan.nav',
  workbench: 'ui.workbench.heading',
};

export const placeId = (place: Place): string => (place.kind === 'screen' ? `screen:${place.screen}` : `panel:${place.panel}`);

export interface Entry {
  readonly key: string;
  readonly sourceKey: string;
  readonly japanese: string;
  readonly english: string;
  readonly context: Context | undefined;
  readonly place: Place;
  /** The language's own file's text, if it has one. */
  readonly fileValue: string | undefined;
  readonly value: string;
  readonly edited: boolean;
  readonly problems: readonly Problem[];
}

/** The keys a language should have: the source's, with plural forms as that language needs them. */
export const keysFor = (language: string): string[] => languageKeys(SOURCE.keys(), language);

function placeOf(key: string, context: Context | undefined): Place {
  const screen = key.split('.')[1] ?? '';
  if (key.startsWith('device.') && isScreenId(screen)) return { kind: 'screen', screen };
  const panel = context?.screen ?? '';
  return { kind: 'panel', panel: isPanel(panel) ? panel : 'workbench' };
}

/** The problems of a text typed for this entry, checked as the translation gate checks files. */
export function problemsOf(entry: Pick<Entry, 'key' | 'japanese' | 'english' | 'context'>, value: string, language: string): Problem[] {
  return checkString({ key: entry.key, value, source: entry.japanese, english: entry.english, japanese: entry.japanese, context: entry.context, language });
}

/** Length as the length check counts it: graphemes, furigana readings left out. */
export const lengthOf = (value: string): number => graphemes(stripRuby(value));

/**
 * Entries by language file and key: an entry whose text did not change is the same object, so
 * a row that did not change is not drawn again while another is typed in.
 */
const built = new WeakMap<FlatStrings, Map<string, Entry>>();

export function buildEntry(language: string, key: string, file: FlatStrings, edits: Readonly<Record<string, string>>): Entry {
  let cache = built.get(file);
  if (!cache) built.set(file, (cache = new Map<string, Entry>()));
  const value = edits[key] ?? file.get(key) ?? '';
  const edited = edits[key] !== undefined;
  const known = cache.get(key);
  if (known && known.value === value && known.edited === edited) return known;
  const entry = freshEntry(language, key, file, value, edited);
  cache.set(key, entry);
  return entry;
}

function freshEntry(language: string, key: string, file: FlatStrings, value: string, edited: boolean): Entry {
  const sourceKey = sourceKeyFor(key, SOURCE, pluralCategories(language)) ?? key;
  const context = CONTEXT[sourceKey] ?? CONTEXT[key];
  const japanese = SOURCE.get(sourceKey) ?? '';
  const english = ENGLISH.get(sourceKey) ?? '';
  const entry = { key, sourceKey, japanese, english, context };
  return { ...entry, place: placeOf(key, context), fileValue: file.get(key), value, edited, problems: problemsOf(entry, value, language) };
}

export function buildEntries(language: string, file: FlatStrings, edits: Readonly<Record<string, string>>): Entry[] {
  return keysFor(language).map((key) => buildEntry(language, key, file, edits));
}

export const FILTERS = ['all', 'problems', 'untranslated', 'edited', 'tooLong'] as const;
export type Filter = (typeof FILTERS)[number];
export const isFilter = (value: string): value is Filter => (FILTERS as readonly string[]).includes(value);

export function matches(entry: Entry, filter: Filter, search: string): boolean {
  if (filter === 'problems' && entry.problems.length === 0) return false;
  if (filter === 'untranslated' && entry.value.trim() !== '') return false;
  if (filter === 'edited' && !entry.edited) return false;
  if (filter === 'tooLong' && !entry.problems.some((problem) => problem.kind === 'tooLong')) return false;
  const needle = search.trim().toLowerCase();
  return needle === '' || [entry.key, entry.japanese, entry.english, entry.value].some((text) => text.toLowerCase().includes(needle));
}

export interface Group {
  readonly place: Place;
  readonly entries: readonly Entry[];
}

/** Entries by the place they appear, places in the order their first string comes in the source. */
export function groupByPlace(entries: readonly Entry[]): Group[] {
  const groups = new Map<string, { place: Place; entries: Entry[] }>();
  for (const entry of entries) {
    const id = placeId(entry.place);
    const group = groups.get(id);
    if (group) group.entries.push(entry);
    else groups.set(id, { place: entry.place, entries: [entry] });
  }
  return [...groups.values()];
}

/** The language's complete file for export: every key it has a text for, in source order. */
export function exportedFile(language: string, file: FlatStrings, edits: Readonly<Record<string, string>>): [string, string][] {
  return keysFor(language).flatMap((key): [string, string][] => {
    const value = edits[key] ?? file.get(key);
    return value === undefined || value.trim() === '' ? [] : [[key, value]];
  });
}

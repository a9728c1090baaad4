import ja from '../../locales/ja.json';
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS, initialState, transition } from '../flow/machine.ts';
import { SCREEN_IDS, type FacilitySettings, type FlowState, type Scenario, type ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';
import { describeScreen } from '../screens/registry.ts';
import { keysOf, type TextRole } from '../screens/screen-view.ts';
import { weightedLength } from './align.ts';
import { codePoints, foldForMatch } from './normalize.ts';
import { EXTRA_LINES, WORDING_VARIANTS } from '../screens/wordings.ts';

/** What a line is on its screen: the texts' roles, or a button (keypad keys included). */
export type LineRole = TextRole | 'button';

/** One line of a screen, with every wording it may have on a real reader. */
export interface CatalogLine {
  /** The device key it comes from, or null for a line only some makers show. */
  readonly key: DeviceKey | null;
  readonly role: LineRole;
  /** The wordings as written: the simulator's first, then other makers' and versions'. */
  readonly texts: readonly string[];
  /** The same wordings folded for matching (`foldForMatch`), as arrays of characters. */
  readonly folded: readonly (readonly string[])[];
  /** How much finding each wording says about the screen: its role, length and rarity. */
  readonly weights: readonly number[];
  /** What the line is worth when missing: its first wording's weight, the most any wording gets. */
  readonly weight: number;
  /** A line that counts when seen and is not missed when not (another maker's extra line). */
  readonly optional: boolean;
}

/** One way a screen looks: the lines shown together in one state of the reader. */
export interface CatalogEntry {
  readonly screen: ScreenId;
  readonly lines: readonly CatalogLine[];
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
}

type Nested = { readonly [key: string]: string | Nested };

/** A device string in Japanese, with its plural form and count filled in as i18next would (the benchmark draws with it too). */
export function japanese(key: DeviceKey, count?: number): string {
  const path = key.split('.');
  const leaf = path.pop() ?? '';
  let node: Nested | string | undefined = ja;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') throw new Error(`No Japanese for ${key}`);
  const value = node[leaf] ?? node[`${leaf}_${count === 1 ? 'one' : 'other'}`] ?? node[`${leaf}_other`];
  if (typeof value !== 'string') throw new Error(`No Japanese for ${key}`);
  return value.replace(/\{\{count\}\}/g, String(count ?? ''));
}

/**
 * Clinics' settings and cards that change what a screen shows: a pharmacy asks consent for
 * medicines and check-ups only, and the consent question names only the topics asked.
 */
const SETTINGS: readonly Partial<FacilitySettings>[] = [
  {},
  { cardEntry: 'slot' },
  { smartphoneReader: false },
  { software: 'before-2024-10' },
  { consentTopics: ['medication', 'checkup'] },
];
const SCENARIOS: readonly Partial<Scenario>[] = [{}, { card: 'face-only' }, { card: 'no-photo' }];
/** Moments within a visit that change a screen: later consent topics, a rejected phone PIN… */
const MOMENTS: readonly ((state: FlowState) => FlowState)[] = [
  (state) => state,
  (state) => ({ ...state, session: { ...state.session, consentIndex: 1 } }),
  (state) => ({ ...state, session: { ...state.session, consentIndex: 2 } }),
  (state) => ({ ...state, session: { ...state.session, phonePinRejected: true } }),
  (state) => ({ ...state, session: { ...state.session, phonePinRejected: true, phonePinTriesLeft: 0 } }),
  (state) => ({ ...state, session: { ...state.session, cardInReader: false } }),
  (state) => ({ ...state, card: { pinTriesLeft: 1 } }),
];

interface RawLine {
  readonly key: DeviceKey | null;
  readonly role: LineRole;
  readonly texts: readonly string[];
  readonly optional: boolean;
  /** Which sentence of the key's text this is: other makers' wordings belong to the first. */
  readonly sentence: number;
}

/**
 * A string of several sentences as one line per sentence: a photo that shows half of a long
 * message (wrapped, cropped) still finds that half whole.
 */
const sentencesOf = (text: string): string[] => text.split(/(?<=。)/).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');

/** Each screen as the reader can show it: the lines of every distinct state, as a link opens it. */
function screenRenditions(screen: ScreenId): RawLine[][] {
  const seen = new Set<string>();
  const renditions: RawLine[][] = [];
  for (const settings of SETTINGS) {
    for (const scenario of SCENARIOS) {
      const start = initialState({ ...DEFAULT_SETTINGS, ...settings }, { ...DEFAULT_SCENARIO, ...scenario });
      const opened = transition(start, { type: 'LINK_OPENED', screen });
      for (const moment of MOMENTS) {
        const state = moment(opened);
        const view = describeScreen(state);
        const actionKeys = new Set(view.actions.map((action) => action.key));
        const lines = keysOf(view).flatMap((part): RawLine[] => {
          const count = part.values?.count;
          const text = japanese(part.key, typeof count === 'number' ? count : undefined);
          const role: LineRole = actionKeys.has(part.key) || view.keypad?.clearKey === part.key || view.keypad?.submitKey === part.key ? 'button' : part.role;
          return sentencesOf(text).map((sentence, index) => ({ key: part.key, role, texts: [sentence], optional: false, sentence: index }));
        });
        const signature = lines.map((line) => `${line.key ?? ''}=${line.texts.join('|')}`).join('\n');
        if (seen.has(signature)) continue;
        seen.add(signature);
        renditions.push(lines);
      }
    }
  }
  return renditions;
}

/**
 * The simulator's wording, the listed variants, and each without a bracketed aside (（4桁）):
 * as written, and folded for matching, one of each folded form.
 */
function wordingsOf(line: RawLine): { texts: string[]; folded: string[] } {
  const listed = line.key === null || line.sentence > 0 ? [] : (WORDING_VARIANTS[line.key] ?? []);
  const all = [...line.texts, ...listed];
  const withoutAsides = all.map((text) => text.replace(/（[^）]*）|\([^)]*\)/g, ''));
  const texts: string[] = [];
  const folded: string[] = [];
  for (const text of [...all, ...withoutAsides]) {
    const form = foldForMatch(text);
    if (form === '' || folded.includes(form)) continue;
    texts.push(text);
    folded.push(form);
  }
  return { texts, folded };
}

const ROLE_WEIGHT: Readonly<Record<LineRole, number>> = { title: 3, code: 3, body: 2, note: 1, button: 1.2 };
/** A wording this long (in weighted characters: kana of grammar count half) says all a line can. */
const FULL_LENGTH = 6;

/**
 * Builds the catalog from the flow itself: every screen opened as a link opens it, in every
 * clinic setting and moment that changes its lines, with the other wordings added. A line's
 * weight grows with its role (a title says more than a note), its length (up to six
 * weighted characters) and its rarity: 戻る, on six screens, says little about which.
 */
export function buildCatalog(): Catalog {
  const raw = SCREEN_IDS.flatMap((screen) => {
    const extras = (EXTRA_LINES[screen] ?? []).map((text): RawLine => ({ key: null, role: 'note', texts: [text], optional: true, sentence: 0 }));
    return screenRenditions(screen).map((lines) => ({ screen, lines: [...lines, ...extras] }));
  });
  const wordingsByLine = new Map<RawLine, ReturnType<typeof wordingsOf>>();
  const screensOf = new Map<string, Set<ScreenId>>();
  for (const entry of raw) {
    for (const line of entry.lines) {
      const wordings = wordingsOf(line);
      wordingsByLine.set(line, wordings);
      for (const wording of wordings.folded) {
        const screens = screensOf.get(wording) ?? new Set<ScreenId>();
        screens.add(entry.screen);
        screensOf.set(wording, screens);
      }
    }
  }
  const entries = raw.map(({ screen, lines }): CatalogEntry => ({
    screen,
    lines: lines.map((line): CatalogLine => {
      const { texts, folded } = wordingsByLine.get(line) ?? wordingsOf(line);
      // Rarity is the line's: the most shared of its wordings. Length is each wording's own, so a
      // short wording (顔認証 for 顔認証で本人確認) is worth less, and none more than the first.
      const rarity = 1 / Math.sqrt(Math.max(1, ...folded.map((wording) => screensOf.get(wording)?.size ?? 1)));
      const worth = (wording: string): number => ROLE_WEIGHT[line.role] * rarity * Math.min(1, weightedLength(codePoints(wording)) / FULL_LENGTH);
      const weight = worth(folded[0] ?? '');
      const weights = folded.map((wording) => Math.min(weight, worth(wording)));
      return {
        key: line.key,
        role: line.role,
        texts,
        folded: folded.map(codePoints),
        weights,
        weight,
        optional: line.optional,
      };
    }),
  }));
  return { entries };
}

let built: Catalog | null = null;
/** The catalog, built once on first use. */
export function defaultCatalog(): Catalog {
  built ??= buildCatalog();
  return built;
}

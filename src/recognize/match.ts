import { SCREEN_IDS, type ScreenId } from '../flow/types.ts';
import type { DeviceKey } from '../i18n/keys.ts';
import { findApprox, weightedLength, type Alignment } from './align.ts';
import { defaultCatalog, type Catalog, type CatalogEntry, type CatalogLine } from './catalog.ts';
import { codePoints, foldForMatch } from './normalize.ts';
import { CHROME_PHRASES } from '../screens/wordings.ts';

/** A line of the screen that was found, and how well (0..1, 1 = every character). */
export interface FoundLine {
  readonly key: DeviceKey | null;
  /** The wording that matched best, as written. */
  readonly text: string;
  readonly quality: number;
}

/** One screen as a candidate. */
export interface ScreenMatch {
  readonly screen: ScreenId;
  /**
   * How well the screen explains the text, 0..1: the weighted share of its lines found (a title
   * counts more than 戻る), a little raised by how much of the text those lines cover.
   */
  readonly score: number;
  /** How sure the answer is, 0..1: the score, lowered when another screen comes close. */
  readonly confidence: number;
  readonly found: readonly FoundLine[];
}

export interface MatchResult {
  /** The screen, or null when no reader screen is there (a ticket machine, a poster). */
  readonly best: ScreenMatch | null;
  /** The next candidates, best first (at most three), also when `best` is null. */
  readonly runnersUp: readonly ScreenMatch[];
}

/** The matcher's numbers, set on the benchmark's train split (docs/recognize.md). */
export interface MatchTuning {
  /** Below this score no screen is named: the text is not from the reader. */
  readonly minScore: number;
  /** A line found at least this well (0..1) counts fully… */
  readonly creditFull: number;
  /** …and at or below this, not at all. */
  readonly creditFloor: number;
  /**
   * How much a line loses when the same text is found better by another line: its quality
   * drops by this times the difference (so 過去の手術の情報… is not also read as a weaker
   * match for 過去の健診の情報…).
   */
  readonly explainedAway: number;
  /** How much of the score is how much of the text the screen's lines cover (the rest: its lines found). */
  readonly coverageShare: number;
  /**
   * What a line that is not found costs, against one that is (0..1). Less than 1: a line may be
   * cropped off, misread, or worded otherwise by this maker; a line found is firmer evidence.
   */
  readonly missingCost: number;
  /** How far ahead of the runner-up a screen must be for its confidence to equal its score. */
  readonly clearMargin: number;
}

export const DEFAULT_TUNING: MatchTuning = {
  minScore: 0.42,
  creditFull: 0.9,
  creditFloor: 0.45,
  explainedAway: 1,
  coverageShare: 0.35,
  missingCost: 0.5,
  clearMargin: 0.2,
};

/** Lines at least this good mark the text they cover as explained. */
const COVER_QUALITY = 0.6;
/** Another line's match is a rival when the two share at least this much of the longer of them… */
const RIVAL_OVERLAP = 0.5;
/** …and it is at least this long, against this line (weighted characters). */
const RIVAL_LENGTH = 0.6;
/** A wording of other screens this much longer, found about as well, over this much of a line's match… */
const SUBSUMING_LENGTH = 1.3;
const SUBSUMING_SLACK = 0.05;
const SUBSUMED_OVERLAP = 0.8;
/** …leaves the line this share of its quality. */
const SUBSUMED = 0.3;
const RUNNERS_UP = 3;

const CLOCK = /\d{1,2}\s*[:：]\s*\d{2}/g;
const CHROME = CHROME_PHRASES.map((phrase) => codePoints(foldForMatch(phrase)));
/** A header phrase found this well is taken out. */
const CHROME_QUALITY = 0.7;

/** The text without the phrases every screen may show (a header), each taken out where found. */
function withoutChrome(text: readonly string[]): string[] {
  let rest = [...text];
  for (const phrase of CHROME) {
    for (let again = 0; again < 2; again += 1) {
      const found = findApprox(phrase, rest);
      if (1 - found.distance / weightedLength(phrase) < CHROME_QUALITY) break;
      rest = [...rest.slice(0, found.start), ...rest.slice(found.end)];
    }
  }
  return rest;
}

const credit = (quality: number, tuning: MatchTuning): number =>
  Math.min(1, Math.max(0, (quality - tuning.creditFloor) / (tuning.creditFull - tuning.creditFloor)));

interface LineResult {
  readonly line: CatalogLine;
  readonly quality: number;
  /** What finding it gained: the wording's weight times its credit. */
  readonly gained: number;
  readonly wording: number;
  readonly span: Alignment | null;
}

interface EntryResult {
  readonly entry: CatalogEntry;
  readonly score: number;
  readonly lines: readonly LineResult[];
}

interface Found {
  readonly span: Alignment;
  /** 0..1: one minus the weighted edits per weighted character. */
  readonly quality: number;
  /** The same, lowered where another wording explains the same text better. */
  readonly adjusted: number;
}

/**
 * Every distinct wording of the catalog looked for in the text once, however many screens
 * share it; then each is compared with its rivals, the wordings found over the same stretch of
 * text, and loses what the best of them does better.
 */
function findAll(catalog: Catalog, text: readonly string[], tuning: MatchTuning): Map<string, Found> {
  const spans = new Map<string, { span: Alignment; quality: number; weight: number }>();
  const screensOf = new Map<string, Set<ScreenId>>();
  for (const entry of catalog.entries) {
    for (const line of entry.lines) {
      for (const wording of line.folded) {
        const id = wording.join('');
        const screens = screensOf.get(id) ?? new Set<ScreenId>();
        screens.add(entry.screen);
        screensOf.set(id, screens);
        if (spans.has(id) || wording.length === 0) continue;
        const span = findApprox(wording, text);
        const weight = weightedLength(wording);
        spans.set(id, { span, quality: Math.max(0, 1 - span.distance / weight), weight });
      }
    }
  }
  const all = [...spans.entries()];
  const found = new Map<string, Found>();
  for (const [id, own] of all) {
    const length = own.span.end - own.span.start;
    const ownScreens = screensOf.get(id) ?? new Set<ScreenId>();
    let rival = 0;
    let subsumed = false;
    if (length > 0 && own.quality > 0) {
      for (const [otherId, other] of all) {
        if (!subsumed && otherId !== id && isSubsumedBy(own, other, length) && ![...(screensOf.get(otherId) ?? [])].some((screen) => ownScreens.has(screen))) {
          subsumed = true;
        }
        // A short wording (顔認証 for 顔認証を行います) is no rival of a long one: only a wording
        // about as long, read off about the same stretch of text, is.
        if (otherId === id || other.quality <= rival || other.weight < RIVAL_LENGTH * own.weight) continue;
        const overlap = Math.min(own.span.end, other.span.end) - Math.max(own.span.start, other.span.start);
        if (overlap >= RIVAL_OVERLAP * Math.max(length, other.span.end - other.span.start)) rival = other.quality;
      }
    }
    const adjusted = Math.max(0, own.quality - tuning.explainedAway * Math.max(0, rival - own.quality)) * (subsumed ? SUBSUMED : 1);
    found.set(id, { ...own, adjusted });
  }
  return found;
}

/**
 * Whether a longer wording of other screens, found as well, holds this one's match: then the
 * text is that line, and this one only a part of it (スマートフォンを読み取り部にかざしてください
 * inside phone-iphone's longer sentence is not the phone-hold screen).
 */
function isSubsumedBy(own: { span: Alignment; quality: number; weight: number }, other: { span: Alignment; quality: number; weight: number }, length: number): boolean {
  if (other.weight < SUBSUMING_LENGTH * own.weight || other.quality < own.quality - SUBSUMING_SLACK) return false;
  const overlap = Math.min(own.span.end, other.span.end) - Math.max(own.span.start, other.span.start);
  return overlap >= SUBSUMED_OVERLAP * length;
}

function scoreLine(line: CatalogLine, found: ReadonlyMap<string, Found>, tuning: MatchTuning): LineResult {
  let best: LineResult = { line, quality: 0, gained: 0, wording: 0, span: null };
  line.folded.forEach((wording, index) => {
    const result = found.get(wording.join(''));
    if (result === undefined) return;
    const gained = (line.weights[index] ?? 0) * credit(result.adjusted, tuning);
    if (gained > best.gained || (gained === best.gained && result.adjusted > best.quality)) {
      best = { line, quality: result.adjusted, gained, wording: index, span: result.span };
    }
  });
  return best;
}

function scoreEntry(entry: CatalogEntry, found: ReadonlyMap<string, Found>, textLength: number, tuning: MatchTuning): EntryResult {
  const lines = entry.lines.map((line) => scoreLine(line, found, tuning));
  let gained = 0;
  let missing = 0;
  const covered = new Uint8Array(textLength);
  for (const result of lines) {
    gained += result.gained;
    if (!result.line.optional) missing += result.line.weight - result.gained;
    if (result.quality >= COVER_QUALITY && result.span !== null) covered.fill(1, result.span.start, result.span.end);
  }
  const recall = gained === 0 ? 0 : gained / (gained + tuning.missingCost * missing);
  const coverage = textLength === 0 ? 0 : covered.reduce((sum, value) => sum + value, 0) / textLength;
  return { entry, score: recall * (1 - tuning.coverageShare + tuning.coverageShare * coverage), lines };
}

/**
 * Which reader screen these lines of text come from. Every rendition of every screen in the
 * catalog is scored as a whole: each of its lines is looked for anywhere in the text (an edit
 * distance that forgives OCR's slips), weighted, and summed. A lone 戻る is not a screen; a
 * title and its buttons are.
 */
export function matchScreen(lines: readonly string[], catalog: Catalog = defaultCatalog(), tuning: MatchTuning = DEFAULT_TUNING): MatchResult {
  const text = withoutChrome(codePoints(lines.map((line) => foldForMatch(line.replace(CLOCK, ''))).join('')));
  const bestOf = new Map<ScreenId, EntryResult>();
  if (text.length > 0) {
    const found = findAll(catalog, text, tuning);
    for (const entry of catalog.entries) {
      const result = scoreEntry(entry, found, text.length, tuning);
      const previous = bestOf.get(entry.screen);
      if (previous === undefined || result.score > previous.score) bestOf.set(entry.screen, result);
    }
  }
  // Ties keep the flow's order, so the same text always gives the same answer.
  const ranked = [...bestOf.values()]
    .filter((result) => result.score > 0)
    .sort((a, b) => b.score - a.score || SCREEN_IDS.indexOf(a.entry.screen) - SCREEN_IDS.indexOf(b.entry.screen));
  const matches = ranked.map((result, index): ScreenMatch => {
    const next = index === 0 ? ranked[1] : ranked[0];
    const margin = result.score - (next?.score ?? 0);
    const sureness = 0.5 + 0.5 * Math.min(1, Math.max(0, margin) / tuning.clearMargin);
    return {
      screen: result.entry.screen,
      score: round(result.score),
      confidence: round(index === 0 ? result.score * sureness : result.score * 0.5 * Math.min(1, result.score / (ranked[0]?.score ?? 1))),
      found: result.lines
        .filter((line) => line.gained > 0)
        .map((line) => ({ key: line.line.key, text: line.line.texts[line.wording] ?? line.line.texts[0] ?? '', quality: round(line.quality) })),
    };
  });
  const [first, ...rest] = matches;
  if (first === undefined) return { best: null, runnersUp: [] };
  if (first.score < tuning.minScore) return { best: null, runnersUp: matches.slice(0, RUNNERS_UP) };
  return { best: first, runnersUp: rest.slice(0, RUNNERS_UP) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

import { baseKana } from './normalize.ts';

/** Where a string was found inside a longer one, and how many edits it took. */
export interface Alignment {
  /** Weighted edits (insertions, deletions, substitutions; a lost voicing mark costs less). */
  readonly distance: number;
  /** The span of the longer text that the string matched: [start, end) in code points. */
  readonly start: number;
  readonly end: number;
}

/** A substitution between kana that differ only in voicing marks (ど for と): cheap. */
const VOICING_COST = 0.4;

/**
 * An extra character in the text, inside a match, costs this much of a missing one: another
 * maker's words added to a line (カードを所定の位置に置いてください for カードを置いてください)
 * and OCR's stray marks are less telling than words that are not there.
 */
export const INSERTION_COST = 0.5;

/**
 * What a character says: hiragana (particles, the endings of してください) half of what a kanji
 * or katakana says, so two lines that share only their grammar do not look alike.
 */
export const weightOf = (char: string): number => (char >= '\u3041' && char <= '\u309F' ? 0.5 : 1);

/** The weighted length of a string: what finding it all is worth. */
export const weightedLength = (chars: readonly string[]): number => chars.reduce((sum, char) => sum + weightOf(char), 0);

const bases = new Map<string, string>();
const baseOf = (char: string): string => {
  let base = bases.get(char);
  if (base === undefined) {
    base = baseKana(char);
    bases.set(char, base);
  }
  return base;
};

/**
 * The cheapest way to find `needle` anywhere inside `haystack` (both as arrays of characters):
 * an edit distance where the haystack's text before and after the match is free (Sellers'
 * approximate substring search). O(needle × haystack) time, O(haystack) memory.
 */
export function findApprox(needle: readonly string[], haystack: readonly string[]): Alignment {
  const n = needle.length;
  const m = haystack.length;
  if (n === 0) return { distance: 0, start: 0, end: 0 };
  if (m === 0) return { distance: weightedLength(needle), start: 0, end: 0 };
  // Row for needle prefix i: cost[j] of matching it so that it ends at haystack position j,
  // and from[j] the haystack position where that match started.
  let cost = new Float64Array(m + 1);
  let from = new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) from[j] = j;
  let nextCost = new Float64Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  const haystackBases = haystack.map(baseOf);
  const haystackWeights = haystack.map(weightOf);
  let prefix = 0;
  for (let i = 1; i <= n; i += 1) {
    const char = needle[i - 1] ?? '';
    const charBase = baseOf(char);
    const charWeight = weightOf(char);
    prefix += charWeight;
    nextCost[0] = prefix;
    nextFrom[0] = 0;
    for (let j = 1; j <= m; j += 1) {
      const other = haystack[j - 1];
      const otherWeight = haystackWeights[j - 1] ?? 1;
      const heavier = Math.max(charWeight, otherWeight);
      const change = other === char ? 0 : haystackBases[j - 1] === charBase ? VOICING_COST * heavier : heavier;
      const diagonal = (cost[j - 1] ?? 0) + change;
      const up = (cost[j] ?? 0) + charWeight; // the needle's character is missing from the haystack
      const left = (nextCost[j - 1] ?? 0) + otherWeight * INSERTION_COST; // the haystack has an extra character
      if (diagonal <= up && diagonal <= left) {
        nextCost[j] = diagonal;
        nextFrom[j] = from[j - 1] ?? 0;
      } else if (up <= left) {
        nextCost[j] = up;
        nextFrom[j] = from[j] ?? 0;
      } else {
        nextCost[j] = left;
        nextFrom[j] = nextFrom[j - 1] ?? 0;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  let best = 0;
  for (let j = 1; j <= m; j += 1) if ((cost[j] ?? 0) < (cost[best] ?? 0)) best = j;
  return { distance: cost[best] ?? prefix, start: from[best] ?? 0, end: best };
}

/**
 * How well `needle` is found in `haystack`, 0..1: one minus the weighted edits per weighted
 * character of the needle. 1 is a perfect occurrence; 戻る with 戻 wrong scores 1/3.
 */
export function similarity(needle: readonly string[], haystack: readonly string[]): number {
  const length = weightedLength(needle);
  if (length === 0) return 0;
  return Math.max(0, 1 - findApprox(needle, haystack).distance / length);
}

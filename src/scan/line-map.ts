/**
 * Which line of the reader each line OCR read is, so that its translation can be laid next to it
 * on the photo. Only the lines the matcher found on the answered screen are candidates: OCR's
 * text is compared with each of their wordings (folded alike: `foldForMatch`), either way round,
 * since OCR may read a line with a header stuck to it or split a long sentence over two lines.
 */
import type { DeviceKey } from '../i18n/keys.ts';
import { findApprox, weightedLength } from '../recognize/align.ts';
import type { FoundLine } from '../recognize/match.ts';
import { codePoints, foldForMatch } from '../recognize/normalize.ts';
import type { Box, OcrLine } from '../recognize/ocr.ts';

export interface PlacedLine {
  /** The reader's line it is. */
  readonly key: DeviceKey;
  /** Where OCR read it, in the picture's pixels. */
  readonly box: Box;
  /** How well it matched, 0..1. */
  readonly quality: number;
}

/** A line read at least this well is placed; below, it is left unlabelled rather than mislabelled. */
export const PLACE_QUALITY = 0.6;
/** OCR lines of fewer weighted characters are noise (a stray mark, one kana); 戻る counts 1.5. */
const MIN_LENGTH = 1.5;

const quality = (needle: readonly string[], haystack: readonly string[]): number => {
  const length = weightedLength(needle);
  return length === 0 ? 0 : Math.max(0, 1 - findApprox(needle, haystack).distance / length);
};

const overlap = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
};

export function placeLines(lines: readonly OcrLine[], found: readonly FoundLine[]): PlacedLine[] {
  const candidates = found
    .filter((line): line is FoundLine & { key: DeviceKey } => line.key !== null)
    .map((line) => ({ key: line.key, chars: codePoints(foldForMatch(line.text)) }))
    .filter((line) => line.chars.length > 0);
  const placed: PlacedLine[] = [];
  for (const line of lines) {
    const chars = codePoints(foldForMatch(line.text));
    if (weightedLength(chars) < MIN_LENGTH) continue;
    let best: PlacedLine | null = null;
    for (const candidate of candidates) {
      // The reader's line inside what OCR read, or what OCR read inside the reader's line; a
      // fragment must be a fair share of the line, or 戻 would place 戻る's translation anywhere.
      const whole = quality(candidate.chars, chars);
      const part = chars.length >= Math.min(4, candidate.chars.length) ? quality(chars, candidate.chars) : 0;
      const score = Math.max(whole, part);
      if (score >= PLACE_QUALITY && (best === null || score > best.quality)) best = { key: candidate.key, box: line.box, quality: score };
    }
    if (best !== null) placed.push(best);
  }
  // Several passes read the same line: keep one box for it, the best read.
  const kept: PlacedLine[] = [];
  for (const line of [...placed].sort((a, b) => b.quality - a.quality)) {
    if (!kept.some((other) => other.key === line.key && overlap(other.box, line.box) > 0.5)) kept.push(line);
  }
  // In reading order: top to bottom, then left to right.
  return joinWrapped(kept).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/** One box around both: a line the reader wraps, read as two, gets one label. */
const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/** Whether `b` is the next row of `a` (or the other way round): stacked, touching, side by side. */
function stacked(a: Box, b: Box): boolean {
  const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
  const gap = lower.y - (upper.y + upper.h);
  const across = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return gap < 0.6 * Math.max(a.h, b.h) && across > 0;
}

function joinWrapped(lines: readonly PlacedLine[]): PlacedLine[] {
  const joined: PlacedLine[] = [];
  for (const line of [...lines].sort((a, b) => a.box.y - b.box.y)) {
    const index = joined.findIndex((other) => other.key === line.key && stacked(other.box, line.box));
    const other = joined[index];
    if (other === undefined) joined.push(line);
    else joined[index] = { key: line.key, box: union(other.box, line.box), quality: Math.max(other.quality, line.quality) };
  }
  return joined;
}

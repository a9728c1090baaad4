/**
 * From decoded pixels to what the page shows: OCR and the match (`recognizeScreen`), then each
 * line read placed on the answered screen's lines. The worker runs it on photos and camera
 * frames; component tests run it in place with a fake OCR engine. Plain data in and out, so it
 * crosses `postMessage` as it is.
 */
import type { ScreenId } from '../flow/types.ts';
import type { MatchResult } from '../recognize/match.ts';
import type { OcrEngine, Preparation, RasterImage } from '../recognize/ocr.ts';
import { PASSES, recognizeScreen } from '../recognize/recognize.ts';
import { placeLines, type PlacedLine } from './line-map.ts';

export interface Reading {
  readonly match: MatchResult;
  /**
   * The lines of each candidate screen (the answer and the runners-up) found on the picture,
   * where they are (in its pixels): a screen the patient picks from "not sure" is labelled too.
   */
  readonly placed: Readonly<Partial<Record<ScreenId, readonly PlacedLine[]>>>;
  /** How many lines of text OCR read at all (none: the picture holds no readable text). */
  readonly linesRead: number;
  /** The picture's size, for laying the lines over it. */
  readonly width: number;
  readonly height: number;
}

export interface ReadOptions {
  /**
   * One pass only (contrast): a camera frame comes again in a second, so the slower passes for
   * glare and light-on-dark text are left to photos.
   */
  readonly quick?: boolean;
}

const QUICK: readonly Preparation[] = ['contrast'];

export async function readPicture(image: RasterImage, engine: OcrEngine, options: ReadOptions = {}): Promise<Reading> {
  const { ocr, match } = await recognizeScreen(image, engine, { passes: options.quick ? QUICK : PASSES });
  return {
    match,
    placed: Object.fromEntries([match.best, ...match.runnersUp].flatMap((candidate) => (candidate === null ? [] : [[candidate.screen, placeLines(ocr.lines, candidate.found)]]))),
    linesRead: ocr.lines.length,
    width: image.width,
    height: image.height,
  };
}

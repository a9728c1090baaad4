/**
 * From a picture to a screen: the one call the browser's worker and Node's command make after
 * decoding. OCR runs once on the picture with its contrast stretched; when that does not name a
 * screen surely, once more with its lighting evened out, and the lines of both passes are
 * matched together (each line of the catalog is found in whichever pass read it best).
 */
import { matchScreen, type MatchResult } from './match.ts';
import { recognizeLines, type OcrEngine, type OcrLine, type OcrResult, type Preparation, type RasterImage } from './ocr.ts';

export interface ScreenRecognition {
  /** The lines read, from every pass made, in the picture's pixels. */
  readonly ocr: OcrResult;
  readonly match: MatchResult;
  /** The preparations OCR ran with, in order. */
  readonly passes: readonly Preparation[];
}

/** The passes, in order; the second runs only when the first is not sure (docs/recognize.md). */
export const PASSES: readonly Preparation[] = ['contrast', 'even', 'inverse'];
/** A pass whose answer is at least this sure ends the reading. */
export const SURE_ENOUGH = 0.6;

export interface RecognizeScreenOptions {
  readonly maxSide?: number;
  readonly passes?: readonly Preparation[];
  readonly straighten?: boolean;
}

export async function recognizeScreen(image: RasterImage, engine: OcrEngine, options: RecognizeScreenOptions = {}): Promise<ScreenRecognition> {
  const lines: OcrLine[] = [];
  const passes: Preparation[] = [];
  let match: MatchResult = { best: null, runnersUp: [] };
  for (const preparation of options.passes ?? PASSES) {
    const read = await recognizeLines(image, engine, {
      preparation,
      ...(options.maxSide === undefined ? {} : { maxSide: options.maxSide }),
      ...(options.straighten === undefined ? {} : { straighten: options.straighten }),
    });
    lines.push(...read.lines);
    passes.push(preparation);
    match = matchScreen(lines.map((line) => line.text));
    if ((match.best?.confidence ?? 0) >= SURE_ENOUGH) break;
  }
  return { ocr: { lines, width: image.width, height: image.height }, match, passes };
}

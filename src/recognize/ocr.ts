/**
 * The one small interface to OCR, shared by Node (scripts/recognize.ts, the benchmark) and,
 * later, the browser's Web Worker: a picture goes in as RGBA pixels, lines of text come out
 * with where they are. Decoding the file is the caller's (sharp in Node, createImageBitmap and
 * an OffscreenCanvas in a worker); everything after it is here. No Node or DOM imports.
 */
import { prepareForOcr, type GreyImage, type Preparation, type RasterImage } from './image.ts';

export type { Preparation, RasterImage } from './image.ts';

/** A rectangle in the pixels of the image that was given. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface OcrLine {
  readonly text: string;
  /** The engine's own confidence, 0..1. */
  readonly confidence: number;
  readonly box: Box;
}

export interface OcrResult {
  readonly lines: readonly OcrLine[];
  /** The size of the image that was given (boxes are in its pixels). */
  readonly width: number;
  readonly height: number;
}

/**
 * What reads text off a prepared image: tesseract.js here (`tesseract-engine.ts`), anything
 * else later. It gets a grey image encoded as PGM (which Tesseract's image reader takes as it
 * is) and answers lines in that image's pixels.
 */
export interface OcrEngine {
  recognize(pgm: Uint8Array): Promise<readonly OcrLine[]>;
  terminate(): Promise<void>;
}

export interface RecognizeOptions {
  /** The prepared image's longer side at most (larger pictures are scaled down first). */
  readonly maxSide?: number;
  /** How the picture is prepared (default `contrast`). */
  readonly preparation?: Preparation;
  /** Turn a picture taken askew level first (default true). */
  readonly straighten?: boolean;
}

/** Encodes a grey image as binary PGM (P5): a header and one byte a pixel. */
export function encodePgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}

/**
 * Reads the lines of text in a picture, in one pass: scales it down if it is large, turns it
 * grey, level and prepared (see `prepareForOcr`), hands it to the engine, and gives the lines
 * back in the picture's own pixels.
 */
export async function recognizeLines(image: RasterImage, engine: OcrEngine, options: RecognizeOptions = {}): Promise<OcrResult> {
  const prepared = prepareForOcr(image, options);
  const lines = await engine.recognize(encodePgm(prepared.image));
  return {
    width: image.width,
    height: image.height,
    lines: lines.filter((line) => line.text.trim() !== '').map((line) => ({ text: line.text.trim(), confidence: line.confidence, box: boxInSource(line.box, prepared.toSource) })),
  };
}

/** A box of the prepared image as the upright box around it in the original picture. */
function boxInSource(box: Box, toSource: (x: number, y: number) => { x: number; y: number }): Box {
  const corners = [toSource(box.x, box.y), toSource(box.x + box.w, box.y), toSource(box.x, box.y + box.h), toSource(box.x + box.w, box.y + box.h)];
  const xs = corners.map((corner) => corner.x);
  const ys = corners.map((corner) => corner.y);
  const x = Math.round(Math.min(...xs));
  const y = Math.round(Math.min(...ys));
  return { x, y, w: Math.round(Math.max(...xs)) - x, h: Math.round(Math.max(...ys)) - y };
}

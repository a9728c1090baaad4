/**
 * The one small interface to OCR, shared by Node (scripts/recognize.ts, the benchmark) and,
 * later, the browser's Web Worker: a picture goes in as RGBA pixels, lines of text come out
 * with where they are. Decoding the file is the caller's (sharp in Node, createImageBitmap and
 * an OffscreenCanvas in a worker); everything after it is here. No Node or DOM imports.
 */
import { toGreyForOcr, type GreyImage, type Preparation, type RasterImage } from './image.ts';

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
 * grey and prepares it (see `toGreyForOcr`), hands it to the engine, and gives the lines back
 * in the picture's own pixels.
 */
export async function recognizeLines(image: RasterImage, engine: OcrEngine, options: RecognizeOptions = {}): Promise<OcrResult> {
  const grey = toGreyForOcr(image, options.maxSide, options.preparation);
  const scaleX = image.width / grey.width;
  const scaleY = image.height / grey.height;
  const lines = await engine.recognize(encodePgm(grey));
  return {
    width: image.width,
    height: image.height,
    lines: lines
      .filter((line) => line.text.trim() !== '')
      .map((line) => ({
        text: line.text.trim(),
        confidence: line.confidence,
        box: {
          x: Math.round(line.box.x * scaleX),
          y: Math.round(line.box.y * scaleY),
          w: Math.round(line.box.w * scaleX),
          h: Math.round(line.box.h * scaleY),
        },
      })),
  };
}

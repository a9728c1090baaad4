/**
 * Recognising image files in Node, with the same code the browser will run after decoding:
 * sharp decodes (and turns by the photo's EXIF orientation, and scales a huge photo down),
 * src/recognize does the rest. Used by `npm run recognize` and `npm run bench:recognize`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { DEFAULT_MAX_SIDE, type RasterImage } from '../src/recognize/image.ts';
import type { MatchResult } from '../src/recognize/match.ts';
import type { OcrResult, Preparation } from '../src/recognize/ocr.ts';
import { recognizeScreen } from '../src/recognize/recognize.ts';
import { createTesseractEngine, DEFAULT_MODEL, type ModelVariant } from '../src/recognize/tesseract-engine.ts';

const require = createRequire(import.meta.url);

/** The local folder of a model variant inside @tesseract.js-data/jpn: nothing is downloaded. */
export function modelFolder(variant: ModelVariant): string {
  return join(dirname(require.resolve('@tesseract.js-data/jpn/package.json')), variant);
}

/** Pictures with more pixels than this are refused before decoding (a decompression bomb). */
const MAX_INPUT_PIXELS = 120_000_000;

/** Decodes an image file to RGBA, upright, its longer side at most `maxSide`. Throws when it is not an image. */
export async function decodeImage(path: string, maxSide = DEFAULT_MAX_SIDE): Promise<RasterImage> {
  const { data, info } = await sharp(path, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

export interface FileResult {
  readonly file: string;
  readonly screen: string | null;
  readonly confidence: number;
  readonly ms: number;
  /** Why there is no answer, when the file could not be read. */
  readonly error?: string;
  readonly ocr?: OcrResult;
  readonly match?: MatchResult;
}

export interface NodeRecognizer {
  recognizeFile(file: string): Promise<FileResult>;
  close(): Promise<void>;
}

export interface NodeRecognizerOptions {
  readonly model?: ModelVariant;
  readonly maxSide?: number;
  readonly pageSegmentation?: string;
  readonly straighten?: boolean;
  readonly passes?: readonly Preparation[];
}

/** One tesseract.js worker, kept for every file. */
export async function createNodeRecognizer(options: NodeRecognizerOptions = {}): Promise<NodeRecognizer> {
  const engine = await createTesseractEngine({
    langPath: modelFolder(options.model ?? DEFAULT_MODEL),
    ...(options.pageSegmentation === undefined ? {} : { pageSegmentation: options.pageSegmentation }),
  });
  const maxSide = options.maxSide ?? DEFAULT_MAX_SIDE;
  return {
    async recognizeFile(file: string): Promise<FileResult> {
      const started = performance.now();
      let image: RasterImage;
      try {
        image = await decodeImage(file, maxSide);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { file, screen: null, confidence: 0, ms: Math.round(performance.now() - started), error: reason };
      }
      const { ocr, match } = await recognizeScreen(image, engine, {
        maxSide,
        ...(options.passes === undefined ? {} : { passes: options.passes }),
        ...(options.straighten === undefined ? {} : { straighten: options.straighten }),
      });
      return {
        file,
        screen: match.best?.screen ?? null,
        confidence: match.best?.confidence ?? 0,
        ms: Math.round(performance.now() - started),
        ocr,
        match,
      };
    },
    close: () => engine.terminate(),
  };
}

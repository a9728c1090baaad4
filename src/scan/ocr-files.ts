/**
 * The files the reader of photos needs, all served by this site (never a CDN): the Japanese
 * model and tesseract.js-core's WebAssembly, with SIMD and without (a phone without WebAssembly
 * SIMD gets the plain one). Each is fetched when first needed, checked against its size and
 * SHA-256 here, and only then kept (`download.ts`), so a download cut halfway is never kept.
 * The sizes are said to the patient before the download; a test holds these numbers to the
 * files in node_modules (`core-engine.test.ts`), so a new version of either package
 * fails until they are written here again.
 */
import modelUrl from '@tesseract.js-data/jpn/4.0.0_best_int/jpn.traineddata.gz?url';
import plainCoreUrl from 'tesseract.js-core/tesseract-core-lstm.wasm?url';
import simdCoreUrl from 'tesseract.js-core/tesseract-core-simd-lstm.wasm?url';

export interface OcrFile {
  /** What it is, for messages and the cache's bookkeeping. */
  readonly name: 'model' | 'core-simd' | 'core-plain';
  /** Its address on this site (a hashed file name: it never changes under the same name). */
  readonly url: string;
  readonly bytes: number;
  /** SHA-256 of the file, hex. */
  readonly sha256: string;
}

/** The Japanese LSTM model, integer weights (docs/recognize.md: as accurate here, an eighth of the size). */
export const MODEL: OcrFile = {
  name: 'model',
  url: modelUrl,
  bytes: 2_030_256,
  sha256: '2b63ebfbf1484de4a08ce53b29ef98a1c17658a93cbd38acb665d7d316d0be88',
};

/** Tesseract built for WebAssembly with SIMD, LSTM only (the engine the model uses). */
export const CORE_SIMD: OcrFile = {
  name: 'core-simd',
  url: simdCoreUrl,
  bytes: 2_857_601,
  sha256: '34e8d50cac216427d86bf397d610fdd9f49492539bbcdfbfccc4eda20c810bea',
};

/** The same without SIMD, for phones whose WebAssembly lacks it. */
export const CORE_PLAIN: OcrFile = {
  name: 'core-plain',
  url: plainCoreUrl,
  bytes: 2_855_361,
  sha256: '66b17df6e20c5329a17ffa9c202a47eaa3e32500b253d4c7f38e7f2bc01457c3',
};

export const OCR_FILES: readonly OcrFile[] = [MODEL, CORE_SIMD, CORE_PLAIN];

/** What a first use downloads: the model and one core (the two are about the same size). */
export const FIRST_USE_BYTES = MODEL.bytes + CORE_SIMD.bytes;

/** The Cache Storage cache that keeps them, apart from the service worker's precache. */
export const OCR_CACHE = 'uketsuke-ocr';

/**
 * The OCR engine in the browser: tesseract.js-core (Tesseract compiled to WebAssembly, the
 * engine of tesseract.js) driven directly inside our own Web Worker, with the bytes of its
 * WebAssembly and of the model handed to it. No second worker, no file fetched by the library
 * itself (so no CDN default to override, and every byte is counted in the progress bar and
 * checked before it is kept). The calls are the ones tesseract.js's own worker makes (Init,
 * SetVariable, SetImageFile, Recognize, GetJSONText), with the same settings as Node's engine
 * (`src/recognize/tesseract-engine.ts`: LSTM only, page segmentation 11), so the benchmark's
 * figures hold here.
 */
import type { OcrEngine, OcrLine } from '../recognize/ocr.ts';
import { PAGE_SEGMENTATION } from '../recognize/tesseract-engine.ts';

/** The part of Tesseract's API (through Emscripten's embind) used here. */
interface TessApi {
  Init(dataPath: null, language: string, oem: number): number;
  SetVariable(name: string, value: string): boolean;
  SetImageFile(exifOrientation: number, angle: number): number;
  Recognize(monitor: null): number;
  GetJSONText(): string;
  End(): void;
}

export interface TessModule {
  readonly FS: { writeFile(path: string, data: Uint8Array | string): void };
  readonly TessBaseAPI: new () => TessApi;
}

/** The Emscripten factory a core's JavaScript exports. */
export type CoreFactory = (options: { wasmBinary: Uint8Array; TesseractProgress?: (percent: number) => void; print?: (text: string) => void; printErr?: (text: string) => void }) => Promise<TessModule>;

/** Tesseract's engine modes: LSTM only. */
const OEM_LSTM_ONLY = 1;

interface JsonLine {
  readonly text: string;
  readonly confidence: number;
  readonly bbox: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}
interface JsonBlock {
  readonly paragraphs?: readonly { readonly lines?: readonly JsonLine[] }[];
}

/** Lines out of Tesseract's JSON (blocks → paragraphs → lines), as tesseract.js reads them. */
export function linesOfJson(json: string): OcrLine[] {
  const blocks = (JSON.parse(json) as { blocks?: readonly JsonBlock[] | null }).blocks ?? [];
  const lines: OcrLine[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs ?? []) {
      for (const line of paragraph.lines ?? []) {
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({ text: line.text.trim(), confidence: line.confidence / 100, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } });
      }
    }
  }
  return lines;
}

export interface CoreEngineFiles {
  readonly factory: CoreFactory;
  /** The core's WebAssembly. */
  readonly wasm: Uint8Array;
  /** jpn.traineddata, gunzipped. */
  readonly model: Uint8Array;
}

export async function createCoreEngine({ factory, wasm, model }: CoreEngineFiles): Promise<OcrEngine> {
  // Tesseract's notes on each picture go nowhere: they are not the patient's to read.
  const quiet = () => undefined;
  const tess = await factory({ wasmBinary: wasm, print: quiet, printErr: quiet });
  tess.FS.writeFile('/jpn.traineddata', model);
  const api = new tess.TessBaseAPI();
  // Init reads ./jpn.traineddata (the working folder is /), as tesseract.js's worker does.
  if (api.Init(null, 'jpn', OEM_LSTM_ONLY) === -1) throw new Error('Tesseract could not load the Japanese model');
  api.SetVariable('tessedit_pageseg_mode', PAGE_SEGMENTATION);
  api.SetVariable('debug_file', '/dev/null');
  let ended = false;
  return {
    recognize(pgm) {
      if (ended) return Promise.reject(new Error('The OCR engine was stopped'));
      tess.FS.writeFile('/input', pgm);
      // No rotation here: prepareForOcr straightens the picture first (docs/recognize.md).
      if (api.SetImageFile(1, 0) === 1) return Promise.reject(new Error('Tesseract could not read the prepared picture'));
      api.Recognize(null);
      return Promise.resolve(linesOfJson(api.GetJSONText()));
    },
    terminate() {
      if (!ended) {
        ended = true;
        api.End();
      }
      return Promise.resolve();
    },
  };
}

/**
 * The OCR engine on tesseract.js, told where every file is so that nothing is fetched from
 * another origin: in Node, the model is read from a local folder (and tesseract.js loads its
 * core and worker from node_modules); in a browser, all three are URLs of this site.
 * tesseract.js itself is imported only when an engine is made.
 */
import type { OcrEngine, OcrLine } from './ocr.ts';

/** The Japanese models that @tesseract.js-data/jpn ships; see docs/recognize.md for the choice. */
export const MODEL_VARIANTS = ['4.0.0_best_int', '4.0.0'] as const;
export type ModelVariant = (typeof MODEL_VARIANTS)[number];
/** The model chosen for the app: as accurate here, a tenth of the size (docs/recognize.md). */
export const DEFAULT_MODEL: ModelVariant = '4.0.0_best_int';

export interface TesseractFiles {
  /** The folder (Node: a path; browser: a URL of this site) holding jpn.traineddata.gz. */
  readonly langPath: string;
  /** Browser only: the URL of tesseract.js's worker script (dist/worker.min.js), self-hosted. */
  readonly workerPath?: string;
  /** Browser only: the URL of the folder with tesseract.js-core's files, self-hosted. */
  readonly corePath?: string;
  /** Tesseract's page segmentation mode (default `PAGE_SEGMENTATION`). */
  readonly pageSegmentation?: string;
}

/** Tesseract's page segmentation: 11, sparse text, finds the scattered lines of a screen (docs/recognize.md). */
export const PAGE_SEGMENTATION = '11';

/**
 * Starts a tesseract.js worker with the Japanese model, ready to recognise. `cacheMethod:
 * 'none'`: tesseract.js would otherwise look for a copy of the model in the current folder
 * (Node) or IndexedDB (browser), and write one there.
 */
export async function createTesseractEngine(files: TesseractFiles): Promise<OcrEngine> {
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = await createWorker('jpn', OEM.LSTM_ONLY, {
    langPath: files.langPath,
    cacheMethod: 'none',
    gzip: true,
    ...(files.workerPath === undefined ? {} : { workerPath: files.workerPath, workerBlobURL: false }),
    ...(files.corePath === undefined ? {} : { corePath: files.corePath }),
  });
  await worker.setParameters({
    tessedit_pageseg_mode: (files.pageSegmentation ?? PAGE_SEGMENTATION) as never,
    // Tesseract's notes on each picture ("Estimating resolution as…") are not ours to print.
    debug_file: '/dev/null',
  });
  return {
    async recognize(pgm: Uint8Array): Promise<readonly OcrLine[]> {
      // Tesseract's own straightening (rotateAuto) is left off: it turns a page a degree or so,
      // not a photo held ten degrees askew; prepareForOcr straightens instead.
      const { data } = await worker.recognize(pgm as never, {}, { text: false, blocks: true });
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const { x0, y0, x1, y1 } = line.bbox;
            lines.push({ text: line.text.trim(), confidence: line.confidence / 100, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } });
          }
        }
      }
      return lines;
    },
    async terminate(): Promise<void> {
      await worker.terminate();
    },
  };
}

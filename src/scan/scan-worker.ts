/**
 * The scan worker: everything between a photo and an answer happens here, off the page's
 * thread. It gets the reader's files ready (kept ones from Cache Storage, others downloaded
 * with progress and checked: `download.ts`), starts Tesseract (`core-engine.ts`), decodes each
 * photo or camera frame at the size OCR needs (`decode.ts`), reads and matches it
 * (`reading.ts`), and sends the answer back with the picture to draw. Nothing leaves the
 * device: every fetch is of this site's own files.
 */
import { DEFAULT_MAX_SIDE } from '../recognize/image.ts';
import type { OcrEngine } from '../recognize/ocr.ts';
import { createCoreEngine, type CoreFactory } from './core-engine.ts';
import { PictureError, decodePicture } from './decode.ts';
import { DownloadError, createDownloader, type Downloader } from './download.ts';
import { CORE_PLAIN, CORE_SIMD, MODEL, OCR_CACHE, OCR_FILES, type OcrFile } from './ocr-files.ts';
import type { EngineStatus, FromWorker, PrepareFailure, ToWorker } from './protocol.ts';
import { readPicture } from './reading.ts';
import { buildSearchIndex, matchTyped, type LocaleFile, type SearchIndex } from '../recognize/search.ts';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  readonly location: { readonly href: string };
}
const scope = self as unknown as WorkerScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** A tiny module using a SIMD instruction: valid only where WebAssembly has SIMD (as wasm-feature-detect tests). */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
const hasWasm = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
/** What reading a picture needs besides WebAssembly (Safari has them in workers since 16.4). */
const supported =
  hasWasm && typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function' && typeof DecompressionStream === 'function';
const hasSimd = hasWasm && WebAssembly.validate(SIMD_PROBE);
const CORE: OcrFile = hasSimd ? CORE_SIMD : CORE_PLAIN;
const absolute = (file: OcrFile): OcrFile => ({ ...file, url: new URL(file.url, scope.location.href).href });

let downloader: Promise<Downloader> | null = null;
function getDownloader(): Promise<Downloader> {
  downloader ??= (async () => {
    let keeper = null;
    try {
      keeper = typeof caches === 'object' ? await caches.open(OCR_CACHE) : null;
    } catch {
      // Cache Storage refused (some private windows): download each time instead.
    }
    if (keeper !== null) void forgetOldFiles(keeper);
    return createDownloader({ fetch: (input, init) => fetch(input, init), keeper });
  })();
  return downloader;
}

/** Files of an older version (another hashed name) are dropped, so only one model is ever kept. */
async function forgetOldFiles(keeper: Cache): Promise<void> {
  const current = new Set(OCR_FILES.map((file) => absolute(file).url));
  for (const request of await keeper.keys()) if (!current.has(request.url)) await keeper.delete(request);
}

async function status(): Promise<EngineStatus> {
  const files = [absolute(MODEL), absolute(CORE)];
  const loader = await getDownloader();
  const kept = supported && (await Promise.all(files.map((file) => loader.isKept(file)))).every(Boolean);
  return { supported, kept, downloadBytes: MODEL.bytes + CORE.bytes };
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const loadFactory = async (): Promise<CoreFactory> =>
  hasSimd
    ? ((await import('tesseract.js-core/tesseract-core-simd-lstm.js')).default as CoreFactory)
    : ((await import('tesseract.js-core/tesseract-core-lstm.js')).default as CoreFactory);

class PrepareError extends Error {
  constructor(readonly failure: PrepareFailure) {
    super(failure);
  }
}

let engine: Promise<OcrEngine> | null = null;
function prepare(): Promise<OcrEngine> {
  engine ??= (async () => {
    if (!supported) throw new PrepareError('no-support');
    const loader = await getDownloader();
    const files = [absolute(MODEL), absolute(CORE)];
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    const received = files.map(() => 0);
    const report = () => post({ type: 'preparing', progress: { phase: 'download', received: received.reduce((a, b) => a + b, 0), total } });
    report();
    let bytes: Uint8Array[];
    try {
      bytes = await Promise.all(
        files.map((file, index) =>
          loader.obtain(file, {
            onProgress: (count) => {
              received[index] = count;
              report();
            },
          }),
        ),
      );
    } catch (error) {
      throw new PrepareError(error instanceof DownloadError ? error.failure : 'network');
    }
    post({ type: 'preparing', progress: { phase: 'start' } });
    try {
      const [model, wasm] = bytes as [Uint8Array, Uint8Array];
      return await createCoreEngine({ factory: await loadFactory(), wasm, model: await gunzip(model) });
    } catch {
      throw new PrepareError('start');
    }
  })();
  // A failed start is forgotten, so that "Try again" tries again (a download resumes where it stopped).
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

const failureOf = (error: unknown): PrepareFailure => (error instanceof PrepareError ? error.failure : 'start');

/** The languages' files as sent, and the index of the last set of languages searched. */
const localeFiles = new Map<string, LocaleFile>();
let typedIndex: { key: string; index: SearchIndex } | null = null;
function indexFor(languages: readonly string[]): SearchIndex {
  const key = languages.join(' ');
  if (typedIndex?.key !== key) {
    typedIndex = { key, index: buildSearchIndex(languages.flatMap((code) => { const file = localeFiles.get(code); return file === undefined ? [] : [file]; })) };
  }
  return typedIndex.index;
}

// One scan at a time: the engine reads one picture at a time anyway, and frames must not queue up.
let queue: Promise<unknown> = Promise.resolve();

scope.addEventListener('message', ({ data }) => {
  switch (data.type) {
    case 'status':
      void status().then((result) => post({ type: 'status', status: result }));
      return;
    case 'prepare':
      prepare().then(
        () => post({ type: 'ready' }),
        (error: unknown) => post({ type: 'prepare-failed', failure: failureOf(error) }),
      );
      return;
    case 'typed': {
      for (const [code, file] of Object.entries(data.files)) localeFiles.set(code, file);
      post({ type: 'typed', id: data.id, match: matchTyped(data.query, indexFor(data.languages)) });
      return;
    }
    case 'scan': {
      const { id, source, quick } = data;
      if (!supported) {
        post({ type: 'scan-failed', id, failure: 'no-support' });
        return;
      }
      // The engine gets ready while the picture is decoded: a file that is no picture is said at once.
      const ready = prepare();
      ready.catch(() => undefined);
      queue = queue.then(async () => {
        try {
          const { raster, bitmap } = await decodePicture(source, DEFAULT_MAX_SIDE);
          let ocr: OcrEngine;
          try {
            ocr = await ready;
          } catch (error) {
            bitmap.close();
            post({ type: 'prepare-failed', failure: failureOf(error) });
            post({ type: 'scan-failed', id, failure: failureOf(error) });
            return;
          }
          post({ type: 'ready' });
          post({ type: 'reading', id });
          const reading = await readPicture(raster, ocr, { quick });
          post({ type: 'read', id, reading, bitmap }, [bitmap]);
        } catch (error) {
          post({ type: 'scan-failed', id, failure: error instanceof PictureError ? error.failure : 'engine' });
        }
      });
      return;
    }
  }
});

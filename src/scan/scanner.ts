/**
 * The page's side of the scan worker: promises for status, getting ready and reading one
 * picture, with progress as it comes. The page holds a `Scanner`, never the worker itself, so
 * component tests give it one that reads in place with a fake OCR engine (`createLocalScanner`).
 */
import type { MatchResult } from '../recognize/match.ts';
import type { OcrEngine, RasterImage } from '../recognize/ocr.ts';
import { buildSearchIndex, matchTyped, type LocaleFile } from '../recognize/search.ts';
import type { EngineStatus, FromWorker, Preparing, PrepareFailure, ScanFailure, ToWorker } from './protocol.ts';
import { readPicture, type Reading } from './reading.ts';

export class ScanError extends Error {
  constructor(readonly failure: ScanFailure | PrepareFailure) {
    super(failure);
    this.name = 'ScanError';
  }
}

export interface ScanDone {
  readonly reading: Reading;
  /** The picture as read, to draw with the lines laid over it. */
  readonly picture: CanvasImageSource & { readonly width: number; readonly height: number };
}

export interface Scanner {
  status(): Promise<EngineStatus>;
  /** Downloads (first use) and starts the engine; rejects with a ScanError. */
  prepare(onProgress: (progress: Preparing) => void): Promise<void>;
  /** Reads one photo (a file) or camera frame (a bitmap, given away); rejects with a ScanError. */
  scan(source: Blob | ImageBitmap, options: { readonly quick: boolean }, onProgress: (progress: Preparing | 'reading') => void): Promise<ScanDone>;
  /** Typing instead: the screens whose words hold the query, in Japanese or these languages' words. */
  typed(query: string, languages: readonly { readonly code: string; readonly file: LocaleFile }[]): Promise<MatchResult>;
  dispose(): void;
}

/** Where there are no workers (or they cannot start), nothing is read: the page says so, and typing is unavailable too. */
const NO_WORKER: Scanner = {
  status: () => Promise.resolve({ supported: false, kept: false, downloadBytes: 0 }),
  prepare: () => Promise.reject(new ScanError('no-support')),
  scan: () => Promise.reject(new ScanError('no-support')),
  typed: () => Promise.resolve({ best: null, runnersUp: [] }),
  dispose: () => undefined,
};

export function createWorkerScanner(): Scanner {
  if (typeof Worker === 'undefined') return NO_WORKER;
  const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module', name: 'scan' });
  const listeners = new Set<(message: FromWorker) => void>();
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    for (const listener of [...listeners]) listener(event.data);
  });
  // A worker that cannot even start (its script refused or missing) fails whatever is waiting.
  worker.addEventListener('error', () => {
    for (const listener of [...listeners]) listener({ type: 'prepare-failed', failure: 'start' });
  });
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  /** Waits for the message that settles a request, passing the others on as they come. */
  const until = <T>(settle: (message: FromWorker, resolve: (value: T) => void, reject: (error: ScanError) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      const listener = (message: FromWorker) =>
        settle(
          message,
          (value) => {
            listeners.delete(listener);
            resolve(value);
          },
          (error) => {
            listeners.delete(listener);
            reject(error);
          },
        );
      listeners.add(listener);
    });
  let nextId = 1;
  const sentFiles = new Set<string>();
  return {
    status() {
      const answer = until<EngineStatus>((message, resolve) => {
        if (message.type === 'status') resolve(message.status);
        if (message.type === 'prepare-failed') resolve({ supported: false, kept: false, downloadBytes: 0 });
      });
      send({ type: 'status' });
      return answer;
    },
    prepare(onProgress) {
      const answer = until<undefined>((message, resolve, reject) => {
        if (message.type === 'preparing') onProgress(message.progress);
        if (message.type === 'ready') resolve(undefined);
        if (message.type === 'prepare-failed') reject(new ScanError(message.failure));
      });
      send({ type: 'prepare' });
      return answer;
    },
    scan(source, { quick }, onProgress) {
      const id = nextId;
      nextId += 1;
      const answer = until<ScanDone>((message, resolve, reject) => {
        if (message.type === 'preparing') onProgress(message.progress);
        else if (message.type === 'reading' && message.id === id) onProgress('reading');
        else if (message.type === 'read' && message.id === id) resolve({ reading: message.reading, picture: message.bitmap });
        else if (message.type === 'scan-failed' && message.id === id) reject(new ScanError(message.failure));
        else if (message.type === 'prepare-failed' && message.failure === 'start') reject(new ScanError('start'));
      });
      send({ type: 'scan', id, source, quick }, source instanceof Blob ? [] : [source]);
      return answer;
    },
    typed(query, languages) {
      const id = nextId;
      nextId += 1;
      const answer = until<MatchResult>((message, resolve) => {
        if (message.type === 'typed' && message.id === id) resolve(message.match);
      });
      const files = Object.fromEntries(languages.filter(({ code }) => !sentFiles.has(code)).map(({ code, file }) => [code, file]));
      for (const code of Object.keys(files)) sentFiles.add(code);
      send({ type: 'typed', id, query, languages: languages.map(({ code }) => code), files });
      return answer;
    },
    dispose() {
      worker.terminate();
      listeners.clear();
    },
  };
}

export interface LocalScannerOptions {
  readonly engine: OcrEngine;
  /** Decodes a file or frame to pixels (component tests: fixed pixels, or a ScanError). */
  readonly decode: (source: Blob | ImageBitmap) => Promise<RasterImage>;
  readonly status?: EngineStatus;
  /** Getting ready: resolves, or rejects with a ScanError (a download that fails). */
  readonly prepare?: (onProgress: (progress: Preparing) => void) => Promise<void>;
}

/** The same reading, in place: for component tests with a fake OCR engine (and nothing else). */
export function createLocalScanner({ engine, decode, status, prepare }: LocalScannerOptions): Scanner {
  let ready = false;
  const getReady = async (onProgress: (progress: Preparing) => void) => {
    if (ready) return;
    await (prepare ?? (() => Promise.resolve()))(onProgress);
    ready = true;
  };
  return {
    status: () => Promise.resolve(status ?? { supported: true, kept: true, downloadBytes: 0 }),
    prepare: getReady,
    async scan(source, { quick }, onProgress) {
      const raster = await decode(source);
      await getReady(onProgress);
      onProgress('reading');
      const reading = await readPicture(raster, engine, { quick });
      // A stand-in for the bitmap: a canvas of the picture's size (jsdom draws nothing on it).
      const picture = document.createElement('canvas');
      picture.width = raster.width;
      picture.height = raster.height;
      return { reading, picture };
    },
    typed: (query, languages) => Promise.resolve(matchTyped(query, buildSearchIndex(languages.map(({ file }) => file)))),
    dispose: () => undefined,
  };
}

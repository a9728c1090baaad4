/**
 * The messages between the page and the scan worker (`scan-worker.ts`). Plain data, and
 * bitmaps and files, which `postMessage` carries as they are.
 */
import type { MatchResult } from '../recognize/match.ts';
import type { LocaleFile } from '../recognize/search.ts';
import type { PictureFailure } from './decode.ts';
import type { DownloadFailure } from './download.ts';
import type { Reading } from './reading.ts';

export type ToWorker =
  | { readonly type: 'status' }
  | { readonly type: 'prepare' }
  | { readonly type: 'scan'; readonly id: number; readonly source: Blob | ImageBitmap; readonly quick: boolean }
  /**
   * Typing instead: the query, searched in the Japanese, its readings and the languages named
   * (their files sent along the first time only).
   */
  | { readonly type: 'typed'; readonly id: number; readonly query: string; readonly languages: readonly string[]; readonly files: Readonly<Record<string, LocaleFile>> };

/** Where getting ready has got to: downloading (bytes), then starting the engine. */
export type Preparing =
  | { readonly phase: 'download'; readonly received: number; readonly total: number }
  | { readonly phase: 'start' };

export interface EngineStatus {
  /**
   * This browser can read pictures: WebAssembly, and in a worker createImageBitmap, OffscreenCanvas
   * and DecompressionStream (without them, photos cannot be read here; typing still works).
   */
  readonly supported: boolean;
  /** The model and the core are kept on this device: nothing to download. */
  readonly kept: boolean;
  /** Bytes a first use downloads (the model and the core this browser needs). */
  readonly downloadBytes: number;
}

/** Why the engine could not get ready: a download, a browser that cannot read pictures, or the engine would not start. */
export type PrepareFailure = DownloadFailure | 'no-support' | 'start';

export type ScanFailure = PictureFailure | 'engine';

export type FromWorker =
  | { readonly type: 'status'; readonly status: EngineStatus }
  | { readonly type: 'preparing'; readonly progress: Preparing }
  | { readonly type: 'ready' }
  | { readonly type: 'prepare-failed'; readonly failure: PrepareFailure }
  | { readonly type: 'reading'; readonly id: number }
  | { readonly type: 'read'; readonly id: number; readonly reading: Reading; readonly bitmap: ImageBitmap }
  | { readonly type: 'scan-failed'; readonly id: number; readonly failure: ScanFailure | PrepareFailure }
  | { readonly type: 'typed'; readonly id: number; readonly match: MatchResult };

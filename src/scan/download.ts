/**
 * Fetching the reader's files (the model and the core) on first use: with progress, resumed
 * where a connection dropped (an HTTP Range request for the rest), checked against the size and
 * SHA-256 written in `ocr-files.ts`, and only then kept in Cache Storage for offline use. A file
 * cut halfway, or damaged, is never kept: the next try resumes it or starts it again.
 */
import type { OcrFile } from './ocr-files.ts';

/** Where kept files live: Cache Storage's `Cache`, or a stand-in in tests. */
export interface Keeper {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
  delete(url: string): Promise<boolean>;
}

export interface DownloadOptions {
  readonly onProgress?: (received: number) => void;
}

/** Why a file could not be had. */
export type DownloadFailure = 'network' | 'checksum' | 'refused';

export class DownloadError extends Error {
  constructor(
    readonly failure: DownloadFailure,
    readonly file: OcrFile['name'],
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DownloadError';
  }
}

/** Tries within one call (a dropped connection is resumed at once, twice); then the visitor decides. */
const ATTEMPTS = 3;

export interface Downloader {
  /** The file's bytes: kept, or fetched (and then kept). */
  obtain(file: OcrFile, options?: DownloadOptions): Promise<Uint8Array>;
  /** Whether the file is kept whole already (nothing to download). */
  isKept(file: OcrFile): Promise<boolean>;
}

export interface DownloaderDeps {
  readonly fetch: typeof fetch;
  /** Null where Cache Storage is unavailable: files are then fetched each time the page needs them. */
  readonly keeper: Keeper | null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const isWhole = async (bytes: Uint8Array, file: OcrFile): Promise<boolean> => bytes.length === file.bytes && (await sha256Hex(bytes)) === file.sha256;

/** `bytes START-END/TOTAL` → START. */
function rangeStart(response: Response): number | null {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
  return match?.[1] === undefined ? null : Number(match[1]);
}

export function createDownloader({ fetch: fetchFile, keeper }: DownloaderDeps): Downloader {
  // What arrived of a file before its connection dropped: the next try asks only for the rest.
  const partial = new Map<string, { buffer: Uint8Array; received: number }>();

  async function kept(file: OcrFile): Promise<Uint8Array | null> {
    if (keeper === null) return null;
    try {
      const response = await keeper.match(file.url);
      if (response === undefined) return null;
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (await isWhole(bytes, file)) return bytes;
      await keeper.delete(file.url);
    } catch {
      // Storage that cannot be read is storage without the file.
    }
    return null;
  }

  /** One request: the rest of the file from `state.received`, read into the buffer as it comes. */
  async function fetchRest(file: OcrFile, state: { buffer: Uint8Array; received: number }, onProgress: (received: number) => void): Promise<void> {
    const headers: Record<string, string> = state.received > 0 ? { Range: `bytes=${String(state.received)}-` } : {};
    const response = await fetchFile(file.url, { headers, credentials: 'same-origin' });
    if (response.status === 206 && rangeStart(response) === state.received) {
      // The rest, as asked.
    } else if (response.ok && response.status !== 206) {
      // The whole file again (the server does not resume): start over.
      state.received = 0;
    } else if (response.status === 206) {
      // Another part than the one asked for: ask for the whole file next time.
      state.received = 0;
      throw new DownloadError('network', file.name, 'unexpected range');
    } else {
      throw new DownloadError('refused', file.name, `HTTP ${String(response.status)}`);
    }
    const reader = response.body?.getReader();
    if (reader === undefined) throw new DownloadError('network', file.name, 'no body');
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (state.received + value.length > file.bytes) {
        await reader.cancel();
        state.received = 0;
        throw new DownloadError('checksum', file.name, 'longer than expected');
      }
      state.buffer.set(value, state.received);
      state.received += value.length;
      onProgress(state.received);
    }
  }

  return {
    async isKept(file) {
      return (await kept(file)) !== null;
    },
    async obtain(file, { onProgress = () => undefined } = {}) {
      const found = await kept(file);
      if (found !== null) {
        onProgress(file.bytes);
        return found;
      }
      const state = partial.get(file.url) ?? { buffer: new Uint8Array(file.bytes), received: 0 };
      partial.set(file.url, state);
      let last: unknown = null;
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        try {
          if (state.received < file.bytes) await fetchRest(file, state, onProgress);
          if (state.received < file.bytes) throw new DownloadError('network', file.name, 'cut short');
          if (!(await isWhole(state.buffer, file))) {
            // Whole in length but not the file: never kept; the next try starts again.
            state.received = 0;
            throw new DownloadError('checksum', file.name, 'checksum differs');
          }
          partial.delete(file.url);
          if (keeper !== null) {
            const copy = state.buffer.slice();
            await keeper
              .put(file.url, new Response(copy, { headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(file.bytes) } }))
              .catch(() => undefined);
          }
          return state.buffer;
        } catch (error) {
          last = error;
          if (error instanceof DownloadError && error.failure === 'refused') break;
        }
      }
      throw last instanceof DownloadError ? last : new DownloadError('network', file.name, String(last));
    },
  };
}

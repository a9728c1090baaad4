// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DownloadError, createDownloader, sha256Hex, type Keeper } from './download.ts';
import type { OcrFile } from './ocr-files.ts';

const BYTES = Uint8Array.from({ length: 1000 }, (_, index) => (index * 7) % 251);
const fileOf = async (bytes: Uint8Array): Promise<OcrFile> => ({ name: 'model', url: 'https://uketsuke.test/assets/model.bin', bytes: bytes.length, sha256: await sha256Hex(bytes) });

/** A body that delivers `parts` and then, if `breakAfter`, fails as a dropped connection does. */
function body(parts: readonly Uint8Array[], breakAfter: boolean): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const part = parts[index];
      index += 1;
      if (part !== undefined) controller.enqueue(part);
      else if (breakAfter) controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
}

/** A server that answers each request in turn, and records the Range each asked for. */
function server(answers: readonly ((range: string | null) => Response)[]) {
  const ranges: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = (_url, init) => {
    const range = new Headers(init?.headers).get('range');
    ranges.push(range);
    const answer = answers[ranges.length - 1];
    return answer ? Promise.resolve(answer(range)) : Promise.reject(new TypeError('offline'));
  };
  return { fetch, ranges };
}

function memoryKeeper(): Keeper & { readonly stored: Map<string, Uint8Array> } {
  const stored = new Map<string, Uint8Array>();
  return {
    stored,
    match: (url) => Promise.resolve(stored.has(url) ? new Response(stored.get(url)?.slice()) : undefined),
    put: async (url, response) => {
      stored.set(url, new Uint8Array(await response.arrayBuffer()));
    },
    delete: (url) => Promise.resolve(stored.delete(url)),
  };
}

describe('downloading the text reader', () => {
  it('resumes a download cut halfway with a Range request, checks it, and only then keeps it', async () => {
    const file = await fileOf(BYTES);
    const { fetch, ranges } = server([
      () => new Response(body([BYTES.slice(0, 400)], true), { status: 200 }),
      () => new Response(body([BYTES.slice(400)], false), { status: 206, headers: { 'Content-Range': 'bytes 400-999/1000' } }),
    ]);
    const keeper = memoryKeeper();
    const progress: number[] = [];
    const got = await createDownloader({ fetch, keeper }).obtain(file, { onProgress: (received) => progress.push(received) });
    expect(got).toEqual(BYTES);
    expect(ranges).toEqual([null, 'bytes=400-']);
    expect(progress).toEqual([400, 1000]);
    expect(keeper.stored.get(file.url)).toEqual(BYTES);
  });

  it('starts again when the server sends the whole file instead of the rest', async () => {
    const file = await fileOf(BYTES);
    const { fetch, ranges } = server([
      () => new Response(body([BYTES.slice(0, 300)], true), { status: 200 }),
      () => new Response(body([BYTES], false), { status: 200 }),
    ]);
    expect(await createDownloader({ fetch, keeper: null }).obtain(file)).toEqual(BYTES);
    expect(ranges).toEqual([null, 'bytes=300-']);
  });

  it('never keeps a file that arrives damaged, and fetches it whole again', async () => {
    const file = await fileOf(BYTES);
    const damaged = BYTES.slice();
    damaged[500] = 0;
    const { fetch, ranges } = server([() => new Response(damaged.slice(), { status: 200 }), () => new Response(BYTES.slice(), { status: 200 })]);
    const keeper = memoryKeeper();
    expect(await createDownloader({ fetch, keeper }).obtain(file)).toEqual(BYTES);
    expect(ranges).toEqual([null, null]);
    expect(keeper.stored.get(file.url)).toEqual(BYTES);
  });

  it('gives up after three broken tries, keeps nothing, and the next call resumes where the last one stopped', async () => {
    const file = await fileOf(BYTES);
    const { fetch, ranges } = server([
      () => new Response(body([BYTES.slice(0, 100)], true), { status: 200 }),
      () => new Response(body([BYTES.slice(100, 200)], true), { status: 206, headers: { 'Content-Range': 'bytes 100-999/1000' } }),
      () => new Response(body([], true), { status: 206, headers: { 'Content-Range': 'bytes 200-999/1000' } }),
      () => new Response(body([BYTES.slice(200)], false), { status: 206, headers: { 'Content-Range': 'bytes 200-999/1000' } }),
    ]);
    const keeper = memoryKeeper();
    const downloader = createDownloader({ fetch, keeper });
    const failed = await downloader.obtain(file).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(DownloadError);
    expect((failed as DownloadError).failure).toBe('network');
    expect(keeper.stored.size).toBe(0);
    // "Try again": only the rest is asked for.
    expect(await downloader.obtain(file)).toEqual(BYTES);
    expect(ranges).toEqual([null, 'bytes=100-', 'bytes=200-', 'bytes=200-']);
  });

  it('says a missing file is refused, without trying again', async () => {
    const file = await fileOf(BYTES);
    const { fetch, ranges } = server([() => new Response('not here', { status: 404 })]);
    const failed = await createDownloader({ fetch, keeper: null }).obtain(file).catch((error: unknown) => error);
    expect((failed as DownloadError).failure).toBe('refused');
    expect(ranges).toHaveLength(1);
  });

  it('uses a kept file without any request, and drops a kept copy that is not the file', async () => {
    const file = await fileOf(BYTES);
    const keeper = memoryKeeper();
    keeper.stored.set(file.url, BYTES.slice());
    const none = server([]);
    expect(await createDownloader({ fetch: none.fetch, keeper }).isKept(file)).toBe(true);
    expect(await createDownloader({ fetch: none.fetch, keeper }).obtain(file)).toEqual(BYTES);
    expect(none.ranges).toHaveLength(0);

    keeper.stored.set(file.url, BYTES.slice(0, 999));
    expect(await createDownloader({ fetch: none.fetch, keeper }).isKept(file)).toBe(false);
    expect(keeper.stored.has(file.url)).toBe(false);
  });
});

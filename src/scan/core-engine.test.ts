// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import simdFactory from 'tesseract.js-core/tesseract-core-simd-lstm.js';
import plainFactory from 'tesseract.js-core/tesseract-core-lstm.js';
import { readPicture } from './reading.ts';
import { createCoreEngine, linesOfJson, type CoreFactory } from './core-engine.ts';
import { CORE_PLAIN, CORE_SIMD, MODEL, type OcrFile } from './ocr-files.ts';
import { sha256Hex } from './download.ts';

const PACKAGES: Readonly<Record<OcrFile['name'], string>> = {
  model: '@tesseract.js-data/jpn/4.0.0_best_int/jpn.traineddata.gz',
  'core-simd': 'tesseract.js-core/tesseract-core-simd-lstm.wasm',
  'core-plain': 'tesseract.js-core/tesseract-core-lstm.wasm',
};
const bytesOf = (file: OcrFile) => new Uint8Array(readFileSync(new URL(`../../node_modules/${PACKAGES[file.name]}`, import.meta.url)));

describe("the text reader's files", () => {
  it.each([MODEL, CORE_SIMD, CORE_PLAIN])('$name: the size and checksum said and checked are those of the installed package', async (file) => {
    const bytes = bytesOf(file);
    expect(bytes.length).toBe(file.bytes);
    expect(await sha256Hex(bytes)).toBe(file.sha256);
  });
});

describe('Tesseract in WebAssembly, driven as the scan worker drives it', () => {
  it('reads the lines of a JSON result with their boxes and confidence', () => {
    const json = JSON.stringify({ blocks: [{ paragraphs: [{ lines: [{ text: ' 訂正 ', confidence: 91, bbox: { x0: 10, y0: 20, x1: 60, y1: 45 } }] }] }, { paragraphs: [] }] });
    expect(linesOfJson(json)).toEqual([{ text: '訂正', confidence: 0.91, box: { x: 10, y: 20, w: 50, h: 25 } }]);
    expect(linesOfJson('{"blocks":null}')).toEqual([]);
  });

  // The plain core is for phones whose WebAssembly has no SIMD: it must read as the SIMD one does.
  it.each([
    ['with SIMD', simdFactory, CORE_SIMD],
    ['without SIMD', plainFactory, CORE_PLAIN],
  ] as const)('reads a photo of the PIN screen and names it (the core %s)', { timeout: 60_000 }, async (_, factory, core) => {
    const engine = await createCoreEngine({ factory: factory as CoreFactory, wasm: bytesOf(core), model: gunzipSync(bytesOf(MODEL)) });
    try {
      const { data, info } = await sharp(readFileSync(new URL('../../tests/fixtures/scan/pin-entry.jpg', import.meta.url)))
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const reading = await readPicture({ width: info.width, height: info.height, data: new Uint8Array(data) }, engine);
      expect(reading.match.best?.screen).toBe('pin-entry');
      expect(reading.placed['pin-entry']?.map((line) => line.key)).toContain('device.pin-entry.title');
    } finally {
      await engine.terminate();
    }
  });
});

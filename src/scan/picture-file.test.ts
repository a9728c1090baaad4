// @vitest-environment node
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fitWithin, pictureSize, sniffPicture } from './picture-file.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/scan/${name}`, import.meta.url)));
const head = (bytes: Uint8Array) => bytes.subarray(0, 256 * 1024);

/** The start of an ISO-BMFF file (HEIC, AVIF): its ftyp box with a major brand and compatible ones. */
function ftyp(major: string, compatible: readonly string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  const bytes = new Uint8Array(64);
  new DataView(bytes.buffer).setUint32(0, size);
  bytes.set(new TextEncoder().encode(`ftyp${major}\0\0\0\0${compatible.join('')}`), 4);
  return bytes;
}

describe('telling a chosen file by its first bytes', () => {
  it('knows photos, screenshots and the formats phones save', async () => {
    expect(sniffPicture(fixture('pin-entry.jpg'))).toBe('jpeg');
    expect(sniffPicture(new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer()))).toBe('png');
    expect(sniffPicture(new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).webp().toBuffer()))).toBe('webp');
    expect(sniffPicture(ftyp('heic', ['mif1', 'heic']))).toBe('heic');
    expect(sniffPicture(ftyp('mif1', ['heic', 'miaf']))).toBe('heic');
    // An AVIF lists mif1 too; it is still an AVIF, which browsers open.
    expect(sniffPicture(ftyp('avif', ['mif1', 'miaf']))).toBe('avif');
  });

  it('calls anything else unknown, whatever its name says', () => {
    expect(sniffPicture(new TextEncoder().encode('This is a note, not a picture.'))).toBe('unknown');
    expect(sniffPicture(new Uint8Array(0))).toBe('unknown');
    expect(sniffPicture(new TextEncoder().encode('%PDF-1.7'))).toBe('unknown');
  });
});

describe('the size of a picture, from its header', () => {
  it('reads a JPEG and a PNG without decoding them', async () => {
    expect(pictureSize('jpeg', head(fixture('pin-entry.jpg')))).toEqual(await sharp(fixture('pin-entry.jpg')).metadata().then(({ width, height }) => ({ width, height })));
    const png = new Uint8Array(await sharp({ create: { width: 321, height: 123, channels: 3, background: '#000' } }).png().toBuffer());
    expect(pictureSize('png', png)).toEqual({ width: 321, height: 123 });
  });

  it('turns a JPEG by its EXIF orientation, as the phone shows it', async () => {
    const landscape = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const turned = new Uint8Array(await sharp(landscape).withMetadata({ orientation: 6 }).jpeg().toBuffer());
    expect(pictureSize('jpeg', turned)).toEqual({ width: 400, height: 600 });
    const upright = new Uint8Array(await sharp(landscape).withMetadata({ orientation: 1 }).jpeg().toBuffer());
    expect(pictureSize('jpeg', upright)).toEqual({ width: 600, height: 400 });
  });

  it('says nothing for a header it cannot read (the browser decodes such a picture whole)', () => {
    expect(pictureSize('jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4, 5, 6]))).toBeNull();
    expect(pictureSize('webp', new Uint8Array(100))).toBeNull();
  });

  it('fits a 50-megapixel photo within the size OCR reads, and never enlarges a small one', () => {
    expect(fitWithin({ width: 8160, height: 6120 }, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 6120, height: 8160 }, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin({ width: 640, height: 480 }, 1600)).toEqual({ width: 640, height: 480 });
  });
});

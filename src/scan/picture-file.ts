/**
 * What a chosen file is, from its first bytes (never from its name or the type the phone
 * claims), and how large its picture is, from its header, so that a 50-megapixel photo is
 * decoded straight to the size OCR needs instead of whole. Pure functions on bytes.
 */

export type PictureKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic' | 'unknown';

const ascii = (bytes: Uint8Array, from: number, length: number): string => String.fromCharCode(...bytes.subarray(from, from + length));

/** HEIF brands of HEIC photos (iPhones' default) and of HEIF images in general. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The kind of picture, from the first 32 bytes. */
export function sniffPicture(head: Uint8Array): PictureKind {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 0, 2) === 'BM') return 'bmp';
  if (ascii(head, 4, 4) === 'ftyp') {
    // The major brand, then the compatible ones: an AVIF may list mif1 as well.
    const brands: string[] = [];
    const size = Math.min(head.length, ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0));
    brands.push(ascii(head, 8, 4));
    for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(head, at, 4));
    if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
    if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  }
  return 'unknown';
}

export interface PictureSize {
  readonly width: number;
  readonly height: number;
}

const u16 = (bytes: Uint8Array, at: number, little = false): number =>
  little ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32 = (bytes: Uint8Array, at: number, little = false): number =>
  little ? (u16(bytes, at, true) | (u16(bytes, at + 2, true) << 16)) >>> 0 : ((u16(bytes, at) << 16) | u16(bytes, at + 2)) >>> 0;

/** EXIF orientation (1–8) in a JPEG's APP1 segment, 1 when none. */
function exifOrientation(bytes: Uint8Array, start: number, end: number): number {
  if (ascii(bytes, start, 6) !== 'Exif\0\0') return 1;
  const tiff = start + 6;
  const little = ascii(bytes, tiff, 2) === 'II';
  const ifd = tiff + u32(bytes, tiff + 4, little);
  const entries = u16(bytes, ifd, little);
  for (let i = 0; i < entries; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) break;
    if (u16(bytes, entry, little) === 0x0112) return u16(bytes, entry + 8, little);
  }
  return 1;
}

/**
 * The picture's size as shown (a JPEG turned by its EXIF orientation), from the start of the
 * file (64 KiB is plenty: the size comes before the picture data), or null when not found.
 */
export function pictureSize(kind: PictureKind, bytes: Uint8Array): PictureSize | null {
  if (kind === 'png' && ascii(bytes, 12, 4) === 'IHDR') return { width: u32(bytes, 16), height: u32(bytes, 20) };
  if (kind !== 'jpeg') return null;
  let orientation = 1;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = u16(bytes, at + 2);
    if (marker === 0xe1) orientation = Math.max(orientation, exifOrientation(bytes, at + 4, at + 2 + length));
    // Start of frame (baseline, progressive…; not DHT 0xC4, JPG 0xC8, DAC 0xCC): height, then width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = u16(bytes, at + 5);
      const width = u16(bytes, at + 7);
      if (width === 0 || height === 0) return null;
      return orientation >= 5 ? { width: height, height: width } : { width, height };
    }
    at += 2 + length;
  }
  return null;
}

/** The size a picture is decoded to: its longer side at most `maxSide`, never enlarged. */
export function fitWithin(size: PictureSize, maxSide: number): PictureSize {
  const scale = Math.min(1, maxSide / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

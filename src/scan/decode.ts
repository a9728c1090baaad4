/**
 * Decoding a photo or a camera frame to RGBA pixels at the size OCR needs, in the worker (so a
 * 50-megapixel photo never holds up the page): the file is told by its first bytes, its size
 * read from its header, and the browser asked to decode it straight to at most `maxSide` on the
 * longer side. Needs `createImageBitmap` and `OffscreenCanvas`, as workers have them.
 */
import type { RasterImage } from '../recognize/ocr.ts';
import { fitWithin, pictureSize, sniffPicture, type PictureSize } from './picture-file.ts';

/** Why a file gave no picture: not a picture we can open, an HEIC photo this browser cannot open, or a damaged one. */
export type PictureFailure = 'unsupported' | 'heic' | 'damaged';

export class PictureError extends Error {
  constructor(readonly failure: PictureFailure) {
    super(`The picture could not be opened (${failure})`);
    this.name = 'PictureError';
  }
}

/** Enough of the file for its header: a phone's EXIF block (with its thumbnail) comes before the size. */
const HEAD_BYTES = 256 * 1024;

export interface Decoded {
  readonly raster: RasterImage;
  /** The same picture, to draw on the page (transferred to it). */
  readonly bitmap: ImageBitmap;
}

function pixelsOf(bitmap: ImageBitmap): RasterImage {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('No 2D canvas in this worker');
  context.drawImage(bitmap, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return { data, width, height };
}

async function scaled(bitmap: ImageBitmap, maxSide: number): Promise<ImageBitmap> {
  if (Math.max(bitmap.width, bitmap.height) <= maxSide) return bitmap;
  const size = fitWithin(bitmap, maxSide);
  const smaller = await createImageBitmap(bitmap, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
  bitmap.close();
  return smaller;
}

/** A chosen file, or a camera frame already taken as a bitmap. */
export async function decodePicture(source: Blob | ImageBitmap, maxSide: number): Promise<Decoded> {
  if (!(source instanceof Blob)) {
    const bitmap = await scaled(source, maxSide);
    return { raster: pixelsOf(bitmap), bitmap };
  }
  const head = new Uint8Array(await source.slice(0, HEAD_BYTES).arrayBuffer());
  const kind = sniffPicture(head);
  if (kind === 'unknown') throw new PictureError('unsupported');
  const size: PictureSize | null = pictureSize(kind, head);
  let bitmap: ImageBitmap;
  try {
    if (size !== null && Math.max(size.width, size.height) > maxSide) {
      // Only the width is given: the browser keeps the picture's proportions, whichever way
      // its EXIF orientation turns it.
      const target = fitWithin(size, maxSide);
      bitmap = await createImageBitmap(source, { resizeWidth: target.width, resizeQuality: 'high' });
    } else {
      bitmap = await createImageBitmap(source);
    }
  } catch {
    throw new PictureError(kind === 'heic' ? 'heic' : 'damaged');
  }
  if (bitmap.width === 0 || bitmap.height === 0) throw new PictureError('damaged');
  bitmap = await scaled(bitmap, maxSide);
  return { raster: pixelsOf(bitmap), bitmap };
}

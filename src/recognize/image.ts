/**
 * Pixels, before OCR: pure functions on arrays, so a browser worker and Node run the same.
 */

/** A decoded picture: RGBA, four bytes a pixel, row by row (as ImageData holds it). */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** One byte a pixel, 0 black to 255 white. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * The longer side OCR gets by default. A reader's screen photographed from arm's length has
 * text well above Tesseract's best size (a capital 20–30 pixels high) at this size; more
 * pixels only cost time (see docs/recognize.md).
 */
export const DEFAULT_MAX_SIDE = 1600;

/** Luminance (Rec. 601), so white text on a blue or green button stays lighter than its button. */
export function toGrey(image: RasterImage): GreyImage {
  const { width, height, data } = image;
  if (width <= 0 || height <= 0 || data.length < width * height * 4) throw new Error('Not an RGBA image of the size it claims');
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i += 1, p += 4) {
    out[i] = ((data[p] ?? 0) * 299 + (data[p + 1] ?? 0) * 587 + (data[p + 2] ?? 0) * 114 + 500) / 1000;
  }
  return { width, height, data: out };
}

/** Scales down by averaging the source pixels under each new pixel (never up). */
export function shrink(image: GreyImage, maxSide: number): GreyImage {
  const factor = Math.max(image.width, image.height) / maxSide;
  if (factor <= 1) return image;
  const width = Math.max(1, Math.round(image.width / factor));
  const height = Math.max(1, Math.round(image.height / factor));
  const sums = new Float64Array(width * height);
  const counts = new Float64Array(width * height);
  const xs = new Int32Array(image.width);
  for (let x = 0; x < image.width; x += 1) xs[x] = Math.min(width - 1, Math.floor((x * width) / image.width));
  for (let y = 0; y < image.height; y += 1) {
    const row = Math.min(height - 1, Math.floor((y * height) / image.height)) * width;
    const source = y * image.width;
    for (let x = 0; x < image.width; x += 1) {
      const target = row + (xs[x] ?? 0);
      sums[target] = (sums[target] ?? 0) + (image.data[source + x] ?? 0);
      counts[target] = (counts[target] ?? 0) + 1;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1) data[i] = Math.round((sums[i] ?? 0) / Math.max(1, counts[i] ?? 1));
  return { width, height, data };
}

/**
 * How a picture is prepared for one OCR pass. `contrast`: grey levels stretched to black and
 * white (a dim or washed-out photo). `even`: each pixel against its surroundings first, for
 * glare, low light and a dark corner; it costs some clean text, so it is the second pass.
 */
export type Preparation = 'plain' | 'contrast' | 'even';

/** The picture as OCR should get it: grey, no larger than `maxSide` on its longer side, prepared. */
export function toGreyForOcr(image: RasterImage, maxSide = DEFAULT_MAX_SIDE, preparation: Preparation = 'contrast'): GreyImage {
  const grey = shrink(toGrey(image), maxSide);
  switch (preparation) {
    case 'plain':
      return grey;
    case 'contrast':
      return stretchContrast(grey);
    case 'even':
      return stretchContrast(evenLighting(grey, Math.max(8, Math.round(Math.max(grey.width, grey.height) / 40))));
  }
}

/** Mean of each pixel's (2r+1)² neighbourhood, edges clamped: an integral image, O(pixels). */
export function boxBlur(image: GreyImage, radius: number): GreyImage {
  const { width, height, data } = image;
  const stride = width + 1;
  const integral = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += data[y * width + x] ?? 0;
      integral[(y + 1) * stride + x + 1] = (integral[y * stride + x + 1] ?? 0) + row;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const top = Math.max(0, y - radius);
    const bottom = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x += 1) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const sum =
        (integral[bottom * stride + right] ?? 0) - (integral[top * stride + right] ?? 0) - (integral[bottom * stride + left] ?? 0) + (integral[top * stride + left] ?? 0);
      out[y * width + x] = Math.round(sum / ((bottom - top) * (right - left)));
    }
  }
  return { width, height, data: out };
}

/** Stretches the grey levels so that the darkest and lightest `clip` of pixels become black and white. */
export function stretchContrast(image: GreyImage, clip = 0.01): GreyImage {
  const histogram = new Uint32Array(256);
  for (const value of image.data) histogram[value] = (histogram[value] ?? 0) + 1;
  const cut = image.data.length * clip;
  let low = 0;
  for (let seen = 0; low < 255 && seen + (histogram[low] ?? 0) <= cut; low += 1) seen += histogram[low] ?? 0;
  let high = 255;
  for (let seen = 0; high > 0 && seen + (histogram[high] ?? 0) <= cut; high -= 1) seen += histogram[high] ?? 0;
  if (high - low < 8) return image;
  const data = new Uint8Array(image.data.length);
  const scale = 255 / (high - low);
  for (let i = 0; i < data.length; i += 1) data[i] = Math.min(255, Math.max(0, Math.round(((image.data[i] ?? 0) - low) * scale)));
  return { width: image.width, height: image.height, data };
}

/**
 * Evens out uneven light (glare, a dark corner): each pixel is compared with the mean of a
 * large neighbourhood, so text keeps its contrast with what is around it wherever it is.
 */
export function evenLighting(image: GreyImage, radius: number): GreyImage {
  const background = boxBlur(image, radius);
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i += 1) {
    const value = image.data[i] ?? 0;
    const around = background.data[i] ?? 0;
    data[i] = Math.min(255, Math.max(0, Math.round(128 + (value - around) * 1.6)));
  }
  return { width: image.width, height: image.height, data };
}

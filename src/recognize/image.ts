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
 * glare, low light and a dark corner; it costs some clean text, so it is a later pass.
 * `inverse`: `contrast` with black and white swapped, for light text on a dark screen.
 */
export type Preparation = 'plain' | 'contrast' | 'even' | 'inverse';

/** A picture ready for OCR, and how to find its pixels in the picture it came from. */
export interface PreparedImage {
  readonly image: GreyImage;
  /** How far it was turned back (degrees, clockwise positive), see `estimateSkew`. */
  readonly skew: number;
  /** Where a point of the prepared image is in the original picture. */
  readonly toSource: (x: number, y: number) => { readonly x: number; readonly y: number };
}

/**
 * Grey, scaled to `maxSide` at most, straightened (when `straighten`), and prepared.
 */
export function prepareForOcr(image: RasterImage, options: { maxSide?: number; preparation?: Preparation; straighten?: boolean } = {}): PreparedImage {
  const grey = shrink(toGrey(image), options.maxSide ?? DEFAULT_MAX_SIDE);
  const skew = options.straighten === false ? 0 : estimateSkew(grey);
  const upright = rotate(grey, skew);
  const radians = (skew * Math.PI) / 180;
  const scaleX = image.width / grey.width;
  const scaleY = image.height / grey.height;
  const toSource = (x: number, y: number) => {
    const dx = x - upright.width / 2;
    const dy = y - upright.height / 2;
    return {
      x: (dx * Math.cos(radians) - dy * Math.sin(radians) + grey.width / 2) * scaleX,
      y: (dx * Math.sin(radians) + dy * Math.cos(radians) + grey.height / 2) * scaleY,
    };
  };
  return { image: prepare(upright, options.preparation ?? 'contrast'), skew, toSource };
}

function prepare(grey: GreyImage, preparation: Preparation): GreyImage {
  switch (preparation) {
    case 'plain':
      return grey;
    case 'contrast':
      return stretchContrast(grey);
    case 'even':
      return stretchContrast(evenLighting(grey, Math.max(8, Math.round(Math.max(grey.width, grey.height) / 40))));
    case 'inverse': {
      const stretched = stretchContrast(grey);
      return { ...stretched, data: stretched.data.map((value) => 255 - value) };
    }
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

/** The angles straightening tries, in degrees either way. */
const SKEW_RANGE = 20;
const SKEW_STEP = 0.5;
/** The size the angle is measured at: plenty for lines of text, cheap to search. */
const SKEW_SIDE = 480;

/**
 * How far the lines of text lean, in degrees, clockwise positive: the angle at which the
 * strongest edges (text, button and screen borders, of either polarity) line up in the fewest,
 * fullest rows (a projection profile). Tesseract's own straightening does not turn a photo
 * more than a degree or so; a phone held askew turns it ten.
 */
export function estimateSkew(image: GreyImage): number {
  const small = shrink(image, SKEW_SIDE);
  const { width, height, data } = small;
  const strength = new Float32Array(width * height);
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      strength[i] = Math.abs((data[i + 1] ?? 0) - (data[i - 1] ?? 0)) + Math.abs((data[i + width] ?? 0) - (data[i - width] ?? 0));
    }
  }
  // The strongest tenth of the edges.
  const sorted = Float32Array.from(strength).sort();
  const cut = Math.max(24, sorted[Math.floor(sorted.length * 0.9)] ?? 0);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < strength.length; i += 1) {
    if ((strength[i] ?? 0) >= cut) {
      xs.push((i % width) - width / 2);
      ys.push(Math.floor(i / width) - height / 2);
    }
  }
  if (xs.length < 50) return 0;
  const rows = Math.ceil(Math.hypot(width, height)) + 2;
  const offset = rows / 2;
  let best = 0;
  let bestScore = -1;
  for (let angle = -SKEW_RANGE; angle <= SKEW_RANGE + 1e-9; angle += SKEW_STEP) {
    const radians = (angle * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    const bins = new Float64Array(rows);
    for (let k = 0; k < xs.length; k += 1) {
      // The row this edge falls in once the picture is turned back by `angle`.
      const row = Math.round(-(xs[k] ?? 0) * sin + (ys[k] ?? 0) * cos + offset);
      bins[row] = (bins[row] ?? 0) + 1;
    }
    let score = 0;
    for (const count of bins) score += count * count;
    // Ties (a blank picture) keep the smaller turn.
    if (score > bestScore * 1.0001 || (score >= bestScore && Math.abs(angle) < Math.abs(best))) {
      bestScore = score;
      best = angle;
    }
  }
  return Math.round(best * 10) / 10;
}

/**
 * Turns a picture back by `degrees` (as `estimateSkew` measures it), onto a canvas large
 * enough to keep its corners, filled with the picture's own mean grey.
 */
export function rotate(image: GreyImage, degrees: number): GreyImage {
  if (degrees === 0) return image;
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const width = Math.ceil(Math.abs(image.width * cos) + Math.abs(image.height * sin));
  const height = Math.ceil(Math.abs(image.width * sin) + Math.abs(image.height * cos));
  let sum = 0;
  for (const value of image.data) sum += value;
  const fill = Math.round(sum / Math.max(1, image.data.length));
  const data = new Uint8Array(width * height).fill(fill);
  const cx = image.width / 2;
  const cy = image.height / 2;
  for (let y = 0; y < height; y += 1) {
    const dy = y - height / 2;
    for (let x = 0; x < width; x += 1) {
      const dx = x - width / 2;
      // Where this pixel was before the picture leaned by `degrees`.
      const sx = dx * cos - dy * sin + cx;
      const sy = dx * sin + dy * cos + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= image.width - 1 || y0 >= image.height - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * image.width + x0;
      const top = (image.data[i] ?? 0) * (1 - fx) + (image.data[i + 1] ?? 0) * fx;
      const bottom = (image.data[i + image.width] ?? 0) * (1 - fx) + (image.data[i + image.width + 1] ?? 0) * fx;
      data[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data };
}

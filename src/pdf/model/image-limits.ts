import type { ImageInfo } from './image-info';

/**
 * The largest picture the PDF will decode. A small file can declare a huge canvas (a PNG of
 * 20,000 × 20,000 pixels compresses to about a megabyte yet needs gigabytes to decode), so the
 * size is checked from the header, before any decoding. 40 megapixels is well above any phone
 * camera (a 12 MP photo is 4032 × 3024); the side limit stops a 1 × 40,000,000 strip.
 */
export const IMAGE_LIMITS = { maxPixels: 40_000_000, maxSide: 12_000 } as const;

/** Printed photos are cut to this many pixels on the long edge: about 250 dpi across A4's text width. */
export const PRINT_LONG_EDGE = 2000;

/** JPEG quality (0–1) of a print copy. */
export const PRINT_JPEG_QUALITY = 0.85;

const count = (n: number) => n.toLocaleString('en-GB');

/** Why an image is too large to decode, or undefined when it is within the limits. */
export function oversizeNote(info: Pick<ImageInfo, 'width' | 'height'>): string | undefined {
  const { width, height } = info;
  if (width * height <= IMAGE_LIMITS.maxPixels && Math.max(width, height) <= IMAGE_LIMITS.maxSide) return undefined;
  return `Too large to print: ${count(width)} × ${count(height)} pixels (the limit is ${IMAGE_LIMITS.maxPixels / 1_000_000} megapixels and ${count(IMAGE_LIMITS.maxSide)} pixels a side), so it is listed rather than shown.`;
}

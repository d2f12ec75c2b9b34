import type { ImageInfo } from '../model/image-info';
import { PRINT_JPEG_QUALITY, PRINT_LONG_EDGE } from '../model/image-limits';
import { displaySize } from './image-place';

/** The print copy to make of one picture: exact pixel size (upright), format and JPEG quality (0–1). */
export interface PrintTarget {
  width: number;
  height: number;
  format: 'jpeg' | 'png';
  quality: number;
}

/** A picture made ready for print: upright (no EXIF orientation left to apply), at the target size. */
export interface ScaledImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  format: 'jpeg' | 'png';
}

/**
 * Makes a print copy: decodes `bytes` (whose header `info` describes), applies its EXIF orientation,
 * resizes it to `target.width` × `target.height` and encodes it as `target.format`. Rejects when it
 * cannot. The platform supplies it (sharp in Node, createImageBitmap + OffscreenCanvas in a
 * browser worker), so the renderer itself stays free of both.
 */
export type ImageScaler = (bytes: Uint8Array, info: ImageInfo, target: PrintTarget) => Promise<ScaledImage>;

/** A print copy as cached: by the photo's SHA-256 and the target it was made for. */
export interface PrintCopy extends ScaledImage {
  key: string;
  sha256: string;
}

/** Where print copies are kept between renders, so that a photo is scaled once, not on every export. */
export interface PrintCopyCache {
  get(key: string): Promise<PrintCopy | undefined>;
  set(copy: PrintCopy): Promise<void>;
}

/**
 * The print copy a picture needs, or undefined when it prints as it is: only pictures whose long
 * edge is over PRINT_LONG_EDGE are scaled. Photos become JPEG; a PNG with transparency stays a PNG,
 * so a logo or diagram keeps its clear background instead of turning black.
 */
export function printTarget(info: ImageInfo): PrintTarget | undefined {
  const shown = displaySize(info);
  const long = Math.max(shown.width, shown.height);
  if (long <= PRINT_LONG_EDGE) return undefined;
  const scale = PRINT_LONG_EDGE / long;
  return {
    width: Math.max(1, Math.round(shown.width * scale)),
    height: Math.max(1, Math.round(shown.height * scale)),
    format: info.transparent ? 'png' : 'jpeg',
    quality: PRINT_JPEG_QUALITY,
  };
}

export function printCopyKey(sha256: string, target: PrintTarget): string {
  const quality = target.format === 'jpeg' ? `:q${Math.round(target.quality * 100)}` : '';
  return `${sha256}:${target.width}x${target.height}:${target.format}${quality}`;
}

/** A cache that lives as long as the object: enough for one CLI run or benchmark. */
export class MemoryPrintCopyCache implements PrintCopyCache {
  readonly copies = new Map<string, PrintCopy>();
  /** Copies stored since this cache was made, in order: what a worker hands back to be kept. */
  readonly added: PrintCopy[] = [];

  constructor(seed: readonly PrintCopy[] = []) {
    for (const copy of seed) this.copies.set(copy.key, copy);
  }

  get(key: string): Promise<PrintCopy | undefined> {
    return Promise.resolve(this.copies.get(key));
  }

  set(copy: PrintCopy): Promise<void> {
    this.copies.set(copy.key, copy);
    this.added.push(copy);
    return Promise.resolve();
  }
}

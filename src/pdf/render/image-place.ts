import type { Orientation } from '../model/exif';
import type { ImageInfo } from '../model/image-info';

/** Orientations 5–8 turn the picture a quarter: the printed width is the stored height. */
export function displaySize(info: ImageInfo): { width: number; height: number } {
  return info.orientation >= 5 ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
}

// A pixel printed at 96 dpi: small images keep a natural size instead of being blown up.
const MM_PER_PIXEL = 25.4 / 96;

/** The printed size (mm) of an image: its natural size, shrunk to fit the box, never enlarged. */
export function fitImage(info: ImageInfo, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const px = displaySize(info);
  const scale = Math.min(MM_PER_PIXEL, maxWidth / px.width, maxHeight / px.height);
  return { width: px.width * scale, height: px.height * scale };
}

export type Matrix = readonly [number, number, number, number, number, number];

/**
 * Where a stored pixel (column c, row r, y down) lands in the displayed picture, per EXIF orientation,
 * for a stored image of size w × h.
 */
function orient(o: Orientation, c: number, r: number, w: number, h: number): [number, number] {
  switch (o) {
    case 1: return [c, r];
    case 2: return [w - c, r];
    case 3: return [w - c, h - r];
    case 4: return [c, h - r];
    case 5: return [r, c];
    case 6: return [h - r, c];
    case 7: return [h - r, w - c];
    case 8: return [r, w - c];
  }
}

/**
 * The PDF matrix [a b c d e f] (y up) that takes an image already drawn upright in the box
 * [0, w] × [0, h] at the origin to its displayed orientation, in the box [0, dw] × [0, dh].
 */
export function orientationMatrix(o: Orientation, w: number, h: number): Matrix {
  const dh = o >= 5 ? w : h;
  // Stored y-up point → stored y-down pixel → displayed y-down → displayed y-up.
  const map = (x: number, y: number): [number, number] => {
    const [dx, dyDown] = orient(o, x, h - y, w, h);
    return [dx, dh - dyDown];
  };
  const [e, f] = map(0, 0);
  const [x1, y1] = map(1, 0);
  const [x2, y2] = map(0, 1);
  return [x1 - e, y1 - f, x2 - e, y2 - f, e, f];
}

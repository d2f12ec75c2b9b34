import { Zlib } from 'fflate';
import { concatBytes } from '../../domain/bytes';
import { rgbPng } from '../../samples/png';

/**
 * A PNG whose header declares `width` × `height` RGB pixels, with image data that inflates to
 * `rows` rows of zeros (tens of megabytes from a few kilobytes): a pixel bomb, small on disk.
 */
export function pngBomb(width: number, height: number, rows = 400): Uint8Array {
  const deflated: Uint8Array[] = [];
  const stream = new Zlib({ level: 9 }, (chunk) => deflated.push(chunk));
  const row = new Uint8Array(width * 3 + 1);
  for (let i = 0; i < rows; i++) stream.push(row, i === rows - 1);
  return rgbPng(width, height, concatBytes(deflated));
}

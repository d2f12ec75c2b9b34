import { Zlib } from 'fflate';
import { concatBytes } from '../../domain/bytes';
import { pngChunk } from '../../samples/png';

/**
 * A PNG whose header declares `width` × `height` RGB pixels, with image data that inflates to
 * `rows` rows of zeros (tens of megabytes from a few kilobytes): a pixel bomb, small on disk.
 */
export function pngBomb(width: number, height: number, rows = 400): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const deflated: Uint8Array[] = [];
  const stream = new Zlib({ level: 9 }, (chunk) => deflated.push(chunk));
  const row = new Uint8Array(width * 3 + 1);
  for (let i = 0; i < rows; i++) stream.push(row, i === rows - 1);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return concatBytes([signature, pngChunk('IHDR', header), pngChunk('IDAT', concatBytes(deflated)), pngChunk('IEND', new Uint8Array())]);
}

import { describe, expect, it } from 'vitest';
import { readJpegOrientation, type Orientation } from '../../src/pdf/model/exif';
import { readImageInfo } from '../../src/pdf/model/image-info';
import { displaySize, fitImage, orientationMatrix } from '../../src/pdf/render/image-place';
import { redBlueJpeg, redBluePng, withExifLittleEndian } from './pdf-helpers';

describe('EXIF orientation', () => {
  it('reads the orientation a phone wrote, in either byte order', () => {
    expect(readJpegOrientation(withExifLittleEndian(redBlueJpeg(), 6))).toBe(6);
    expect(readJpegOrientation(withExifLittleEndian(redBlueJpeg(), 8))).toBe(8);
    expect(readJpegOrientation(redBlueJpeg(64, 32, 3))).toBe(3); // big-endian, from the encoder
  });

  it('falls back to upright when there is no tag, a bad tag or no JPEG at all', () => {
    expect(readJpegOrientation(redBlueJpeg())).toBe(1);
    expect(readJpegOrientation(withExifLittleEndian(redBlueJpeg(), 9))).toBe(1);
    expect(readJpegOrientation(redBluePng())).toBe(1);
    expect(readJpegOrientation(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00]))).toBe(1);
  });
});

describe('readImageInfo', () => {
  it('reads PNG and JPEG sizes from their headers, whatever the file claims to be', () => {
    expect(readImageInfo(redBluePng(60, 30))).toEqual({ format: 'png', width: 60, height: 30, orientation: 1 });
    expect(readImageInfo(withExifLittleEndian(redBlueJpeg(64, 32), 6))).toEqual({ format: 'jpeg', width: 64, height: 32, orientation: 6 });
  });

  it('refuses what it cannot place', () => {
    expect(readImageInfo(new TextEncoder().encode('%PDF-1.4'))).toBeUndefined();
    expect(readImageInfo(redBluePng().subarray(0, 20))).toBeUndefined();
    expect(readImageInfo(redBlueJpeg().subarray(0, 30))).toBeUndefined();
  });
});

describe('placing an image', () => {
  const info = (width: number, height: number, orientation: Orientation = 1) => ({ format: 'jpeg' as const, width, height, orientation });

  it('turns the printed size a quarter for orientations 5 to 8', () => {
    expect(displaySize(info(4000, 3000, 6))).toEqual({ width: 3000, height: 4000 });
    expect(displaySize(info(4000, 3000, 3))).toEqual({ width: 4000, height: 3000 });
  });

  it('shrinks a large photo to fit the box, keeping its shape, and never enlarges a small one', () => {
    const big = fitImage(info(4000, 3000, 6), 170, 150);
    expect(big.height).toBeCloseTo(150);
    expect(big.width).toBeCloseTo(112.5);
    const small = fitImage(info(96, 48), 170, 150);
    expect(small.width).toBeCloseTo(25.4);
    expect(small.height).toBeCloseTo(12.7);
  });

  // Apply a PDF matrix [a b c d e f] to a point.
  const apply = (m: readonly number[], x: number, y: number) => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];

  it('sends the stored top-left corner where each EXIF orientation says', () => {
    // A stored image 4 wide, 2 high (PDF y up: its top-left corner is (0, 2)); where does it print?
    const topLeft = (o: Orientation) => apply(orientationMatrix(o, 4, 2), 0, 2);
    expect(topLeft(1)).toEqual([0, 2]); // top-left
    expect(topLeft(2)).toEqual([4, 2]); // mirrored: top-right
    expect(topLeft(3)).toEqual([4, 0]); // turned half: bottom-right
    expect(topLeft(6)).toEqual([2, 4]); // turned right: top-right of a 2 × 4 box
    expect(topLeft(8)).toEqual([0, 0]); // turned left: bottom-left
    expect(topLeft(5)).toEqual([0, 4]); // transposed: top-left
  });

  it('keeps the picture inside its displayed box for every orientation', () => {
    for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
      const m = orientationMatrix(o, 4, 2);
      const corners = [[0, 0], [4, 0], [0, 2], [4, 2]].map(([x, y]) => apply(m, x!, y!));
      const [w, h] = o >= 5 ? [2, 4] : [4, 2];
      const xs = corners.map((c) => c[0]!).sort((a, b) => a - b);
      const ys = corners.map((c) => c[1]!).sort((a, b) => a - b);
      expect([xs[0], xs[3], ys[0], ys[3]], `orientation ${o}`).toEqual([0, w, 0, h]);
    }
  });
});

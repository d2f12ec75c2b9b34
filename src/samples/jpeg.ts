/**
 * A small baseline JPEG encoder (ITU T.81: 8-bit, YCbCr 4:4:4, sequential DCT, Huffman), for
 * generated "phone photos" in tests and the benchmark. It favours being short and correct over small
 * files: every Huffman code has a fixed length (4 bits for DC sizes, 8 for AC run/size pairs), which is
 * a valid table, just not an optimal one.
 */
export interface JpegOptions {
  /** 1–100, as in most encoders; 80 by default. */
  quality?: number;
  /** An EXIF orientation tag (1–8), as a phone writes when it was held sideways. */
  orientation?: number;
}

// The example quantisation tables of T.81 Annex K, row by row.
const LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA = Array.from({ length: 64 }, (_, i) => {
  const [r, c] = [Math.floor(i / 8), i % 8];
  const corner = [17, 18, 24, 47, 18, 21, 26, 66, 24, 26, 56, 99, 47, 66, 99, 99];
  return r < 4 && c < 4 ? (corner[r * 4 + c] ?? 99) : 99;
});

/** Zigzag order: natural index of the k-th coefficient, walking the anti-diagonals alternately. */
const ZIGZAG: number[] = [];
for (let s = 0; s < 15; s += 1) {
  const cells: number[] = [];
  for (let r = 0; r < 8; r += 1) {
    const c = s - r;
    if (c >= 0 && c < 8) cells.push(r * 8 + c);
  }
  ZIGZAG.push(...(s % 2 === 0 ? cells.reverse() : cells));
}

function scaledTable(table: readonly number[], quality: number): number[] {
  const q = Math.min(100, Math.max(1, Math.round(quality)));
  const scale = q < 50 ? 5000 / q : 200 - 2 * q;
  return table.map((t) => Math.min(255, Math.max(1, Math.floor((t * scale + 50) / 100))));
}

/** cos table of the 8-point DCT-II, with its normalisation folded in: DCT[u * 8 + x]. */
const DCT = Float64Array.from({ length: 64 }, (_, i) => {
  const [u, x] = [Math.floor(i / 8), i % 8];
  return ((u === 0 ? Math.SQRT1_2 : 1) / 2) * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
});

/** 2-D DCT of an 8×8 block in place, as two passes of the 1-D transform (rows, then columns). */
function forwardDct(block: Float64Array, tmp: Float64Array): void {
  for (let y = 0; y < 8; y += 1) {
    for (let u = 0; u < 8; u += 1) {
      let sum = 0;
      for (let x = 0; x < 8; x += 1) sum += DCT[u * 8 + x]! * block[y * 8 + x]!;
      tmp[y * 8 + u] = sum;
    }
  }
  for (let v = 0; v < 8; v += 1) {
    for (let u = 0; u < 8; u += 1) {
      let sum = 0;
      for (let y = 0; y < 8; y += 1) sum += DCT[v * 8 + y]! * tmp[y * 8 + u]!;
      block[v * 8 + u] = sum;
    }
  }
}

class BitWriter {
  readonly bytes: number[] = [];
  private acc = 0;
  private count = 0;

  /** Appends the low `length` bits of `value` (length ≤ 16), most significant first. */
  write(value: number, length: number): void {
    this.acc = (this.acc << length) | (value & ((1 << length) - 1));
    this.count += length;
    while (this.count >= 8) {
      const byte = (this.acc >>> (this.count - 8)) & 0xff;
      this.bytes.push(byte);
      // A 0xFF in entropy-coded data must be followed by a zero byte, or it would read as a marker.
      if (byte === 0xff) this.bytes.push(0);
      this.count -= 8;
    }
    this.acc &= (1 << this.count) - 1;
  }

  /** Pads the last byte with 1 bits, as T.81 asks. */
  flush(): void {
    if (this.count > 0) this.write(0xff, 8 - this.count);
  }
}

const bitLength = (v: number): number => (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1);
/** The extra bits after a size category: the value itself, or its ones' complement when negative. */
const extraBits = (v: number, size: number): number => (v >= 0 ? v : v + (1 << size) - 1);

/** Every AC symbol: end of block, sixteen zeros, then run (0–15) × size (1–10). Its index is its 8-bit code. */
const AC_SYMBOLS = [0x00, 0xf0, ...Array.from({ length: 160 }, (_, i) => (Math.floor(i / 10) << 4) | ((i % 10) + 1))];
const AC_CODE = new Uint8Array(256);
AC_SYMBOLS.forEach((symbol, code) => {
  AC_CODE[symbol] = code;
});

function encodeBlock(out: BitWriter, coefficients: Int32Array, previousDc: number): number {
  const dcDiff = (coefficients[0] ?? 0) - previousDc;
  const dcSize = bitLength(dcDiff);
  out.write(dcSize, 4);
  if (dcSize > 0) out.write(extraBits(dcDiff, dcSize), dcSize);
  let run = 0;
  for (let k = 1; k < 64; k += 1) {
    const v = coefficients[k] ?? 0;
    if (v === 0) {
      run += 1;
      continue;
    }
    for (; run > 15; run -= 16) out.write(AC_CODE[0xf0]!, 8);
    const size = bitLength(v);
    out.write(AC_CODE[(run << 4) | size]!, 8);
    out.write(extraBits(v, size), size);
    run = 0;
  }
  if (run > 0) out.write(AC_CODE[0x00]!, 8);
  return coefficients[0] ?? 0;
}

function segment(marker: number, body: readonly number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

function exifOrientation(orientation: number): number[] {
  // "Exif\0\0", then a big-endian TIFF header and one IFD holding only the orientation tag.
  return segment(0xe1, [0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
}

/** An 8-bit RGB image (`rgb` holds width × height × 3 bytes, row by row) as the bytes of a baseline JPEG. */
export function encodeJpeg(width: number, height: number, rgb: Uint8Array, options: JpegOptions = {}): Uint8Array {
  if (rgb.length !== width * height * 3) throw new Error(`Expected ${width * height * 3} bytes of RGB, got ${rgb.length}`);
  const quality = options.quality ?? 80;
  const tables = [scaledTable(LUMA, quality), scaledTable(CHROMA, quality)];
  const header: number[] = [0xff, 0xd8];
  header.push(
    ...(options.orientation ? exifOrientation(options.orientation) : segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
  );
  for (const [id, table] of tables.entries()) header.push(...segment(0xdb, [id, ...ZIGZAG.map((n) => table[n] ?? 1)]));
  header.push(...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]));
  const dcBits = [0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const acBits = [0, 0, 0, 0, 0, 0, 0, AC_SYMBOLS.length, 0, 0, 0, 0, 0, 0, 0, 0];
  header.push(...segment(0xc4, [0x00, ...dcBits, ...Array.from({ length: 12 }, (_, i) => i), 0x10, ...acBits, ...AC_SYMBOLS]));
  header.push(...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]));

  // Colour conversion once for the whole picture: three planes of Y, Cb and Cr, level-shifted by 128.
  const planes = [new Float32Array(width * height), new Float32Array(width * height), new Float32Array(width * height)] as const;
  for (let p = 0, i = 0; p < width * height; p += 1, i += 3) {
    const [r, g, b] = [rgb[i]!, rgb[i + 1]!, rgb[i + 2]!];
    planes[0][p] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
    planes[1][p] = -0.168736 * r - 0.331264 * g + 0.5 * b;
    planes[2][p] = 0.5 * r - 0.418688 * g - 0.081312 * b;
  }
  const reciprocals = tables.map((t) => Float64Array.from(ZIGZAG, (n) => 1 / t[n]!));

  const out = new BitWriter();
  const previous = [0, 0, 0];
  const block = new Float64Array(64);
  const tmp = new Float64Array(64);
  const quantised = new Int32Array(64);
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let component = 0; component < 3; component += 1) {
        const plane = planes[component as 0 | 1 | 2];
        for (let y = 0; y < 8; y += 1) {
          // Past the right or bottom edge, repeat the last pixel: it keeps the padding out of sight.
          const row = Math.min(by + y, height - 1) * width;
          for (let x = 0; x < 8; x += 1) block[y * 8 + x] = plane[row + Math.min(bx + x, width - 1)]!;
        }
        forwardDct(block, tmp);
        const scale = reciprocals[component === 0 ? 0 : 1]!;
        for (let k = 0; k < 64; k += 1) {
          // Baseline JPEG codes AC values in up to 10 bits and DC differences in up to 11: ±1023 keeps both within.
          quantised[k] = Math.max(-1023, Math.min(1023, Math.round(block[ZIGZAG[k]!]! * scale[k]!)));
        }
        previous[component] = encodeBlock(out, quantised, previous[component]!);
      }
    }
  }
  out.flush();
  const body = out.bytes;
  const result = new Uint8Array(header.length + body.length + 2);
  result.set(header);
  result.set(body, header.length);
  result.set([0xff, 0xd9], header.length + body.length);
  return result;
}

/**
 * Reads entry names from a zip's central directory without inflating anything. Office files need
 * only their names checked, so the work is bounded by the directory, never by what the zip unpacks to.
 */

/** Enough for any real document (a large .xlsx has a few hundred parts); a zip claiming more is refused. */
export const MAX_ZIP_ENTRIES_READ = 5000;
/** The end record sits in the last 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function startsWithZipHeader(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

function findEnd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - END_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  return -1;
}

/**
 * The names in the zip's directory, in order, or undefined when the bytes are not a readable zip
 * (no local header at the start, no end record, a directory outside the file, or too many entries).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  if (!startsWithZipHeader(bytes)) return undefined;
  const end = findEnd(bytes);
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (count > MAX_ZIP_ENTRIES_READ || offset + size > end) return undefined;
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return undefined;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) return undefined;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

/**
 * The first entry's name and its bytes when it is stored uncompressed, as OpenDocument requires of
 * its `mimetype` entry; undefined otherwise. Reads only the first local header.
 */
export function firstStoredEntry(bytes: Uint8Array, maxBytes: number): { name: string; data: Uint8Array } | undefined {
  if (!startsWithZipHeader(bytes)) return undefined;
  const method = u16(bytes, 8);
  const size = u32(bytes, 18);
  const nameLength = u16(bytes, 26);
  const start = 30 + nameLength + u16(bytes, 28);
  if (method !== 0 || size > maxBytes || start + size > bytes.length) return undefined;
  return { name: new TextDecoder('utf-8').decode(bytes.subarray(30, 30 + nameLength)), data: bytes.subarray(start, start + size) };
}

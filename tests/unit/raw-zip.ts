import { crc32 } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';

/**
 * A zip writer for hostile test files: every field a reader might trust (names, declared sizes,
 * checksums, offsets) can be set to a lie. Honest by default, so a test changes only what it means to.
 */
export interface RawEntry {
  name: string | Uint8Array;
  /** The entry's content before compression. */
  content: Uint8Array;
  /** 0 stores, 8 deflates (the default). */
  method?: 0 | 8;
  /** The compressed stream as written, when a test wants a stream other than `content` deflated. */
  stream?: Uint8Array;
  /** The uncompressed size the headers declare; the true size unless a test lies. */
  declaredSize?: number;
  crc?: number;
  /** Point this entry's directory record at the local header of an earlier entry (overlapping entries). */
  sameDataAs?: number;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? strToU8(entry.name) : entry.name;
    const method = entry.method ?? 8;
    const stream = entry.stream ?? (method === 8 ? deflateSync(entry.content) : entry.content);
    const size = entry.declaredSize ?? entry.content.length;
    const crc = entry.crc ?? crc32(entry.content);
    const common = [...u16(20), ...u16(0x0800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(stream.length), ...u32(size), ...u16(name.length), ...u16(0)];
    let at = offset;
    if (entry.sameDataAs !== undefined) {
      at = offsets[entry.sameDataAs] ?? 0;
    } else {
      chunks.push(new Uint8Array([...u32(0x04034b50), ...common]), name, stream);
      offset += 30 + name.length + stream.length;
    }
    offsets.push(at);
    central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(at)]), name);
  }
  const centralStart = offset;
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(centralSize), ...u32(centralStart), ...u16(0)]);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

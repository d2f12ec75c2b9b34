import { folioErrors, type FolioError } from './errors';
import { shortForMessage } from '../short-for-message';
import { unsafeNameReason } from './zip-names';

/** One entry as the zip's central directory describes it, checked against its local header. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  /** What the directory says the entry unpacks to; inflating more than this is refused. */
  size: number;
  /** Where the entry's stored bytes are in the file: [dataStart, dataEnd). */
  dataStart: number;
  dataEnd: number;
}

export type DirectoryResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: FolioError };

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** The end record's comment is at most 64 KiB, so the record is within this many bytes of the end. */
const END_SEARCH = 0xffff + END_SIZE;
/** Bit 0: encrypted; bit 6: strongly encrypted. */
const ENCRYPTED_FLAGS = 0x0041;

const damaged = (detail: string) => ({ ok: false as const, error: folioErrors.corruptZip(detail) });
const unsafe = (detail: string) => ({ ok: false as const, error: folioErrors.unsafeZip(detail) });
const names = new TextDecoder('utf-8', { fatal: true });

/** The end-of-central-directory record's offset: the last one whose comment runs exactly to the end. */
function findEnd(view: DataView): number | undefined {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= view.byteLength - END_SEARCH; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE && at + END_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return undefined;
}

function decodeName(bytes: Uint8Array): string | undefined {
  try {
    return names.decode(bytes);
  } catch {
    return undefined;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Reads and checks a zip's directory without inflating anything: one disk, no ZIP64, a bounded
 * number of entries, plain unique names, stored or deflated, not encrypted, each local header where
 * the directory says, and no two entries (nor an entry and the directory) sharing a byte — the
 * trick that lets a small file unpack the same stream many times.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): DirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === undefined) return damaged('the end of the zip, where its contents are listed, is missing');
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE) return unsafe('uses ZIP64, an extension for huge archives');
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const onThisDisk = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) return unsafe('uses ZIP64, an extension for huge archives');
  if (disk !== 0 || directoryDisk !== 0 || onThisDisk !== count) return unsafe('is split across several disks');
  if (count > maxEntries) return { ok: false, error: folioErrors.tooManyEntries(count, maxEntries) };
  if (directoryStart + directorySize > end) return damaged('the list of its contents runs past the end of the file');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  const localStarts = new Map<number, string>();
  // Every byte range the file uses; none may overlap another.
  const ranges: { start: number; end: number; what: string }[] = [{ start: directoryStart, end: end + END_SIZE, what: 'the zip’s directory' }];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > directoryStart + directorySize || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return damaged('the list of its contents is cut short or garbled');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const recordLength = CENTRAL_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const startDisk = view.getUint16(at + 34, true);
    const localStart = view.getUint32(at + 42, true);
    if (at + recordLength > directoryStart + directorySize) return damaged('the list of its contents is cut short or garbled');
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    at += recordLength;

    const name = decodeName(nameBytes);
    if (name === undefined) return unsafe('has an entry whose name is not valid text');
    const reason = unsafeNameReason(name);
    if (reason) return unsafe(`has an entry named “${shortForMessage(name)}”, which ${reason}`);
    if (seen.has(name)) return unsafe(`has two entries named “${shortForMessage(name)}”`);
    seen.add(name);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localStart === 0xffffffff) return unsafe('uses ZIP64, an extension for huge archives');
    if (startDisk !== 0) return unsafe('is split across several disks');
    if (flags & ENCRYPTED_FLAGS) return unsafe(`has an encrypted entry (“${shortForMessage(name)}”)`);
    if (method !== 0 && method !== 8) return unsafe(`packs “${shortForMessage(name)}” with compression method ${method}; Folio uses only stored and deflated entries`);
    if (method === 0 && compressedSize !== size) return damaged(`the entry “${shortForMessage(name)}” is stored with two different sizes`);

    const sharing = localStarts.get(localStart);
    if (sharing !== undefined) return unsafe(`has entries that share the same bytes (“${shortForMessage(sharing)}” and “${shortForMessage(name)}”)`);
    localStarts.set(localStart, name);
    if (localStart + LOCAL_SIZE > directoryStart || view.getUint32(localStart, true) !== LOCAL_SIGNATURE) {
      return damaged(`the entry “${shortForMessage(name)}” is not where the list of contents says`);
    }
    const localNameLength = view.getUint16(localStart + 26, true);
    const dataStart = localStart + LOCAL_SIZE + localNameLength + view.getUint16(localStart + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (!sameBytes(bytes.subarray(localStart + LOCAL_SIZE, localStart + LOCAL_SIZE + localNameLength), nameBytes)) {
      return unsafe(`gives the entry “${shortForMessage(name)}” a different name where its bytes are`);
    }
    if (view.getUint16(localStart + 8, true) !== method || view.getUint16(localStart + 6, true) & ENCRYPTED_FLAGS) {
      return unsafe(`describes the entry “${shortForMessage(name)}” differently where its bytes are`);
    }
    if (dataEnd > directoryStart) return damaged(`the entry “${shortForMessage(name)}” runs into the list of contents`);
    entries.push({ name, method, crc, size, dataStart, dataEnd });
    ranges.push({ start: localStart, end: dataEnd, what: `“${shortForMessage(name)}”` });
  }

  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    const before = ranges[i - 1];
    const range = ranges[i];
    if (before && range && range.start < before.end) return unsafe(`has entries that share the same bytes (${before.what} and ${range.what})`);
  }
  return { ok: true, entries };
}

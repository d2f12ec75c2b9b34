import { Inflate } from 'fflate';
import type { WorkMeter } from '../work-meter';
import { crc32 } from './crc32';
import { folioErrors, type FolioError } from './errors';
import { INFLATE_CHUNK_BYTES } from './limits';
import type { ZipEntry } from './zip-directory';
import { shortForMessage } from '../short-for-message';

/** What unpacking may still cost: shared by every entry of one file. */
export interface InflateBudget {
  /** Bytes all entries may still unpack to. */
  remaining: number;
  /** The whole budget, for the message. */
  limit: number;
  work: WorkMeter;
  /** Called after each piece with the bytes unpacked so far for the whole file. */
  onBytes?: (bytes: number) => void;
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: FolioError };

/** Thrown inside the inflater's callback to stop it at once; never leaves this file. */
class Stop extends Error {
  constructor(readonly error: FolioError) {
    super(error.message);
  }
}

/**
 * Unpacks one entry, counting every byte as it comes out: it stops as soon as the entry passes the
 * size its directory declared (so a lying header costs at most one chunk) or the file passes its
 * budget, and checks the CRC-32 at the end. Stored entries are copied, and counted the same way.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): InflateResult {
  const name = shortForMessage(entry.name);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let crc = 0;
  const take = (piece: Uint8Array) => {
    budget.work.inflatedBytes += piece.length;
    budget.remaining -= piece.length;
    if (written + piece.length > entry.size) throw new Stop(folioErrors.unsafeZip(`says “${name}” unpacks to ${entry.size} bytes, but it unpacks to more`));
    if (budget.remaining < 0) throw new Stop(folioErrors.unzippedTooLarge(budget.limit));
    out.set(piece, written);
    written += piece.length;
    crc = crc32(piece, crc);
  };

  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  try {
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += INFLATE_CHUNK_BYTES) {
        take(data.subarray(at, at + INFLATE_CHUNK_BYTES));
        budget.onBytes?.(budget.work.inflatedBytes);
      }
    } else {
      const inflater = new Inflate((piece) => take(piece));
      if (data.length === 0) return { ok: false, error: folioErrors.corruptZip(`the entry “${name}” is empty where it should hold deflated data`) };
      for (let at = 0; at < data.length; at += INFLATE_CHUNK_BYTES) {
        inflater.push(data.subarray(at, at + INFLATE_CHUNK_BYTES), at + INFLATE_CHUNK_BYTES >= data.length);
        budget.onBytes?.(budget.work.inflatedBytes);
      }
    }
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: e.error };
    return { ok: false, error: folioErrors.corruptZip(`the entry “${name}” could not be unpacked`) };
  }
  if (written !== entry.size) return { ok: false, error: folioErrors.corruptZip(`the entry “${name}” unpacks to ${written} bytes, not the ${entry.size} its header says`) };
  if (crc !== entry.crc) return { ok: false, error: folioErrors.checksum(entry.name, 'its CRC-32 differs from the one the zip lists') };
  return { ok: true, bytes: out };
}

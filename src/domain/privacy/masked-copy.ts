import { redactionMasks } from './personal-data-finding';

const MASKS: readonly string[] = Object.values(redactionMasks);

/**
 * True when `incoming` could be `local` with some of its text masked (the way redactSnapshot masks it):
 * the same shape and values, except strings in which masks stand for some of local's words, and the
 * `redacted` mark. A redacted copy that comes back is then known for what it is, and the device keeps
 * its own words instead of showing the masked ones as a different record.
 */
export function isMaskedCopy(local: unknown, incoming: unknown): boolean {
  if (typeof local === 'string' && typeof incoming === 'string') return local === incoming || maskedText(local, incoming);
  if (Array.isArray(local) && Array.isArray(incoming)) {
    return local.length === incoming.length && local.every((value, i) => isMaskedCopy(value, incoming[i]));
  }
  if (isObject(local) && isObject(incoming)) {
    const keys = new Set([...Object.keys(local), ...Object.keys(incoming)]);
    keys.delete('redacted');
    return [...keys].every((key) => isMaskedCopy(local[key], incoming[key]));
  }
  return Object.is(local, incoming);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Splits the masked text at its masks and finds the pieces in order in the original (each mask stands for
 * at least one character). Linear in the two lengths: one indexOf per piece, each from where the last ended.
 * A text cut to its limit after masking ends in "…", which then stands for the rest.
 */
function maskedText(local: string, incoming: string): boolean {
  const cut = incoming.endsWith('…');
  const pieces = splitAtMasks(cut ? incoming.slice(0, -1) : incoming);
  if (pieces.length === 1 && !cut) return false;
  const first = pieces[0] ?? '';
  if (!local.startsWith(first)) return false;
  let at = first.length;
  for (let i = 1; i < pieces.length; i += 1) {
    const piece = pieces[i] ?? '';
    const last = i === pieces.length - 1;
    if (last && !cut) {
      return local.length - piece.length > at && local.endsWith(piece);
    }
    const found = local.indexOf(piece, at + 1);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return cut;
}

function splitAtMasks(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (;;) {
    let next = -1;
    let mask = '';
    for (const m of MASKS) {
      const at = text.indexOf(m, from);
      if (at >= 0 && (next < 0 || at < next)) {
        next = at;
        mask = m;
      }
    }
    if (next < 0) break;
    pieces.push(text.slice(from, next));
    from = next + mask.length;
  }
  pieces.push(text.slice(from));
  return pieces;
}

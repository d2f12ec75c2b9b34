/**
 * Plain text and CSV have no signature, so their bytes are held to what text is: valid UTF-8
 * (a byte-order mark allowed) with no NUL byte, which no text editor writes and every binary has.
 */
export type TextVerdict = 'text' | 'nul' | 'not-utf8';

export function checkText(bytes: Uint8Array): TextVerdict {
  if (bytes.includes(0)) return 'nul';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text';
  } catch {
    return 'not-utf8';
  }
}

/*
 * Text from a file or a form can hold control characters: C0 (including ESC, which starts a
 * terminal escape sequence), DEL and C1 (U+009B is a one-byte CSI on some terminals). Shown raw,
 * they recolour or rewrite a terminal, break a message's layout or hide inside PDF metadata.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
/** Invisible characters that reorder or hide text (bidi overrides, zero-width marks): `photo\u202egnp.exe` must not pass for a photo. */
const FORMAT = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
const CONTROL_RUNS = /[\u0000-\u001f\u007f-\u009f]+/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Each control character written out as an escape (`\n`, `\x1b`, `\x9b`), so a reader sees it is there. */
export function showControlCharacters(text: string): string {
  return text
    .replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(FORMAT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Control characters taken out: each run becomes one space, and the ends are trimmed. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_RUNS, ' ').replace(/ {2,}/g, ' ').trim();
}

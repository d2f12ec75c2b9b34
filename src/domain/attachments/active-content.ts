/**
 * Recognises bytes a browser would run: web pages, SVG drawings, and programs. Checked on every
 * file, whatever its extension, so a page renamed photo.png or notes.txt is named for what it is.
 */

/** Enough to see past a byte-order mark, blank lines and an XML prolog or comment. */
const SCAN_BYTES = 1024;

/** The start of every tag that makes a browser's sniffer treat bytes as HTML (WHATWG MIME Sniffing). */
const htmlTags = ['!doctype html', 'html', 'head', 'script', 'iframe', 'h1', 'div', 'font', 'table', 'a', 'style', 'title', 'b', 'body', 'br', 'p', '!--'];

function leadingText(bytes: Uint8Array): string {
  // latin1 maps every byte to one character, so this never fails on binary data.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SCAN_BYTES));
  return head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF|^\u00FE\u00FF|^\u00FF\u00FE/, '').trimStart().toLowerCase();
}

export type ActiveContent = 'a web page (HTML)' | 'an SVG drawing' | 'a script';

export function activeMarkup(bytes: Uint8Array): ActiveContent | undefined {
  const text = leadingText(bytes);
  if (!text.startsWith('<')) return undefined;
  if (text.startsWith('<svg') || text.startsWith('<!doctype svg')) return 'an SVG drawing';
  if (text.startsWith('<script')) return 'a script';
  if (text.startsWith('<?xml')) {
    if (/<svg[\s>/]|<!doctype svg/.test(text)) return 'an SVG drawing';
    if (/<html[\s>]|<!doctype html|<\?xml-stylesheet/.test(text)) return 'a web page (HTML)';
    return undefined;
  }
  for (const tag of htmlTags) {
    const next = text.charAt(tag.length + 1);
    if (text.startsWith(`<${tag}`) && (tag === '!--' || next === '' || next === ' ' || next === '>' || next === '\t' || next === '\n' || next === '\r')) {
      return 'a web page (HTML)';
    }
  }
  return undefined;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** Windows (MZ, whose DOS header always holds zero bytes), Linux (ELF), macOS (Mach-O) programs and `#!/…` scripts. */
export function looksExecutable(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0x4d, 0x5a]) && bytes.subarray(2, 64).includes(0)) return true;
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return true;
  const machO = [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe]];
  if (machO.some((sig) => startsWith(bytes, sig))) return true;
  // A shebang line names the program that runs the file: `#!/bin/sh`, `#! /usr/bin/env python`.
  return startsWith(bytes, [0x23, 0x21, 0x2f]) || startsWith(bytes, [0x23, 0x21, 0x20, 0x2f]);
}

import { formatBytes } from '../byte-sizes';
import { LIMITS } from '../schemas';
import { activeMarkup, looksExecutable } from './active-content';
import {
  acceptedSummary,
  activeExtensions,
  activeMimeTypes,
  archiveExtensions,
  attachmentLimitText,
  audioExtensions,
  extensionOf,
  kindOf,
  programExtensions,
  videoExtensions,
  type FileKind,
} from './kinds';
import { shortName } from './short-name';
import { matchesSignature } from './signatures';
import { checkText } from './text';

/** One code per way an attachment is refused; the UI may branch on it and shows `reason` as is. */
export type AttachmentRefusalCode =
  /** HTML, SVG, XML pages or script markup: a browser would run them. */
  | 'active-content'
  /** A program or script, by its extension or its bytes. */
  | 'executable'
  /** Video, audio, archives and anything else Folio does not keep. */
  | 'type-not-accepted'
  /** The bytes are not what the extension says (a .png that is not a PNG, text that is not UTF-8). */
  | 'content-mismatch'
  | 'too-large'
  | 'empty';

export type AttachmentCheck =
  /** `type` is the one type to store for the file: its kind's, never the type it declared. */
  | { ok: true; type: string }
  | { ok: false; code: AttachmentRefusalCode; reason: string };

/** What is known of a file before its bytes are read. */
export interface CandidateFile {
  name: string;
  /** The type the browser or the file declared; trusted for nothing but refusing. */
  type: string;
  size: number;
}

const refuse = (code: AttachmentRefusalCode, reason: string): AttachmentCheck => ({ ok: false, code, reason });
const neverStored = 'web pages, SVG drawings and scripts can run code, so Folio never stores them';

function refuseByType(name: string, ext: string, mime: string): AttachmentCheck | undefined {
  const major = mime.split('/')[0];
  if (activeExtensions.includes(ext) || activeMimeTypes.includes(mime)) {
    return refuse('active-content', `${name} is ${ext === 'svg' || ext === 'svgz' || mime === 'image/svg+xml' ? 'an SVG drawing' : 'a web page or XML document'}; ${neverStored}. Save it as a PDF or take a screenshot instead.`);
  }
  if (programExtensions.includes(ext)) return refuse('executable', `${name} is a program or script, which Folio never stores; ${acceptedSummary}.`);
  if (videoExtensions.includes(ext) || major === 'video') return refuse('type-not-accepted', `${name} is a video file; ${acceptedSummary}.`);
  if (audioExtensions.includes(ext) || major === 'audio') return refuse('type-not-accepted', `${name} is an audio file; ${acceptedSummary}.`);
  if (archiveExtensions.includes(ext)) return refuse('type-not-accepted', `${name} is a compressed archive; add the files inside it one by one. ${acceptedSummary}.`);
  if (ext === '') return refuse('type-not-accepted', `${name} has no file extension, so Folio cannot tell what it is; ${acceptedSummary}.`);
  if (!kindOf(name)) return refuse('type-not-accepted', `${name} is a .${ext} file; ${acceptedSummary}.`);
  return undefined;
}

/** Checks what is known before reading: the name's extension, the declared type, then the size. */
export function checkAttachmentFile(file: CandidateFile): AttachmentCheck {
  const name = shortName(file.name);
  const ext = extensionOf(file.name);
  const byType = refuseByType(name, ext, file.type.trim().toLowerCase());
  if (byType) return byType;
  const kind = kindOf(file.name);
  if (!kind) return refuse('type-not-accepted', `${name} is a .${ext} file; ${acceptedSummary}.`);
  if (file.size === 0) return refuse('empty', `${name} is empty (0 bytes); choose the file again, or check it opens on your device.`);
  if (file.size > LIMITS.attachmentBytesMax) {
    return refuse('too-large', `${name} is ${formatBytes(file.size)}; the limit is ${attachmentLimitText}. Make it smaller (for example, a lower-resolution photo or a PDF export) and try again.`);
  }
  return { ok: true, type: kind.mime };
}

function mismatch(name: string, kind: FileKind, bytes: Uint8Array): AttachmentCheck {
  if (kind.signature === 'text') {
    const text = checkText(bytes);
    if (text === 'nul') return refuse('content-mismatch', `${name} is not plain text: it holds NUL bytes, as programs and binary files do. If it is text, save it again as UTF-8 text.`);
    return refuse('content-mismatch', `${name} is not valid UTF-8 text. Save it again as UTF-8 text (most editors offer this under Save As).`);
  }
  return refuse('content-mismatch', `${name} is named as a ${kind.label}, but its contents are not one. It may be damaged or renamed; open it on your device and save it again as a ${kind.label}.`);
}

/**
 * The whole check, for a file whose bytes are in hand: everything `checkAttachmentFile` checks, then
 * the bytes themselves — never a program or a page a browser would run, and the kind's own signature.
 */
export function checkAttachment(file: { name: string; type: string; bytes: Uint8Array }): AttachmentCheck {
  const first = checkAttachmentFile({ name: file.name, type: file.type, size: file.bytes.length });
  if (!first.ok) return first;
  const name = shortName(file.name);
  if (looksExecutable(file.bytes)) return refuse('executable', `${name} is a program, whatever its name says; Folio never stores programs. ${acceptedSummary}.`);
  const active = activeMarkup(file.bytes);
  if (active) return refuse('active-content', `${name} is really ${active}, whatever its name says; ${neverStored}. Save it as a PDF or take a screenshot instead.`);
  const kind = kindOf(file.name);
  if (!kind) return first;
  return matchesSignature(kind.signature, file.bytes) ? first : mismatch(name, kind, file.bytes);
}

/**
 * The image type to preview these bytes as, from their own signature, or undefined when they are not
 * an image a browser draws (HEIC is stored, but most browsers cannot draw it). The stored type is not enough: only checked bytes are ever shown.
 */
export function previewTypeOf(head: Uint8Array): string | undefined {
  if (matchesSignature('png', head)) return 'image/png';
  if (matchesSignature('jpeg', head)) return 'image/jpeg';
  if (matchesSignature('gif', head)) return 'image/gif';
  if (matchesSignature('webp', head)) return 'image/webp';
  return undefined;
}

/** Bytes `previewTypeOf` needs: the longest signature it reads (WebP's RIFF header). */
export const PREVIEW_HEAD_BYTES = 16;

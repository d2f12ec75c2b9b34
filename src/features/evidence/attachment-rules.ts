import { formatBytes } from '../../domain/format';
import { LIMITS } from '../../domain/schemas';
import { shortForMessage } from '../../domain/short-for-message';

/**
 * Which files an evidence item may carry. The extension decides, because browsers often report
 * no MIME type at all (HEIC on Windows, CSV on some systems); a reported video or audio type is
 * refused even behind an allowed extension.
 */
interface FileKind {
  extensions: readonly string[];
  mime: string;
  group: 'photo' | 'document';
}

const fileKinds: readonly FileKind[] = [
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', group: 'photo' },
  { extensions: ['png'], mime: 'image/png', group: 'photo' },
  { extensions: ['gif'], mime: 'image/gif', group: 'photo' },
  { extensions: ['webp'], mime: 'image/webp', group: 'photo' },
  { extensions: ['heic'], mime: 'image/heic', group: 'photo' },
  { extensions: ['heif'], mime: 'image/heif', group: 'photo' },
  { extensions: ['pdf'], mime: 'application/pdf', group: 'document' },
  { extensions: ['doc'], mime: 'application/msword', group: 'document' },
  { extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', group: 'document' },
  { extensions: ['xls'], mime: 'application/vnd.ms-excel', group: 'document' },
  { extensions: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', group: 'document' },
  { extensions: ['ppt'], mime: 'application/vnd.ms-powerpoint', group: 'document' },
  { extensions: ['pptx'], mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', group: 'document' },
  { extensions: ['odt'], mime: 'application/vnd.oasis.opendocument.text', group: 'document' },
  { extensions: ['ods'], mime: 'application/vnd.oasis.opendocument.spreadsheet', group: 'document' },
  { extensions: ['odp'], mime: 'application/vnd.oasis.opendocument.presentation', group: 'document' },
  { extensions: ['rtf'], mime: 'application/rtf', group: 'document' },
  { extensions: ['txt'], mime: 'text/plain', group: 'document' },
  { extensions: ['csv'], mime: 'text/csv', group: 'document' },
];

const videoExtensions = ['mov', 'mp4', 'm4v', 'avi', 'mkv', 'webm', 'wmv', 'mpg', 'mpeg', '3gp'];
const audioExtensions = ['mp3', 'm4a', 'wav', 'aac', 'ogg', 'oga', 'flac', 'wma', 'amr'];
const archiveExtensions = ['zip', 'rar', '7z', 'tar', 'gz', 'tgz'];
const programExtensions = ['exe', 'msi', 'bat', 'cmd', 'com', 'sh', 'js', 'vbs', 'ps1', 'jar', 'app', 'dmg', 'apk', 'scr'];

/** What the learner is told Folio accepts, in plain words. */
export const acceptedSummary =
  'Folio accepts photos (JPEG, PNG, GIF, WebP, HEIC) and documents (PDF, Word, Excel, PowerPoint, OpenDocument, RTF, text, CSV)';

/** For the file picker's `accept`: image/* lets a phone offer its camera. */
export const acceptAttribute = ['image/*', ...fileKinds.filter((k) => k.group === 'document').flatMap((k) => k.extensions.map((e) => `.${e}`))].join(',');

export const attachmentLimitText = `${LIMITS.attachmentBytesMax / (1024 * 1024)} MB`;

export interface CandidateFile {
  name: string;
  type: string;
  size: number;
}

export type AttachmentCheck =
  /** `type` is the MIME type to store: the browser's, or the usual one for the extension when it gave none. */
  | { ok: true; type: string }
  | { ok: false; reason: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

function refusedType(name: string, ext: string, mime: string): string {
  const major = mime.split('/')[0];
  if (videoExtensions.includes(ext) || major === 'video') return `${name} is a video file; ${acceptedSummary}.`;
  if (audioExtensions.includes(ext) || major === 'audio') return `${name} is an audio file; ${acceptedSummary}.`;
  if (archiveExtensions.includes(ext)) return `${name} is a compressed archive; add the files inside it one by one. ${acceptedSummary}.`;
  if (programExtensions.includes(ext)) return `${name} is a program or script, which Folio never stores; ${acceptedSummary}.`;
  if (ext === '') return `${name} has no file extension, so Folio cannot tell what it is; ${acceptedSummary}.`;
  return `${name} is a .${shortForMessage(ext, 20)} file; ${acceptedSummary}.`;
}

/** Checks a file before anything is read or changed: its type, then its size. */
export function checkAttachment(file: CandidateFile): AttachmentCheck {
  const ext = extensionOf(file.name);
  const mime = file.type.trim().toLowerCase();
  const kind = fileKinds.find((k) => k.extensions.includes(ext));
  const major = mime.split('/')[0];
  const name = shortForMessage(file.name);
  if (!kind || major === 'video' || major === 'audio') return { ok: false, reason: refusedType(name, ext, mime) };
  if (file.size === 0) return { ok: false, reason: `${name} is empty (0 bytes); choose the file again, or check it opens on your device.` };
  if (file.size > LIMITS.attachmentBytesMax) {
    return { ok: false, reason: `${name} is ${formatBytes(file.size)}; the limit is ${attachmentLimitText}. Make it smaller (for example, a lower-resolution photo or a PDF export) and try again.` };
  }
  const type = mime === '' || mime === 'application/octet-stream' ? kind.mime : mime;
  return { ok: true, type };
}

/** Image types a browser can show as a preview (HEIC is stored but most browsers cannot draw it). */
export function canPreview(type: string): boolean {
  return ['image/jpeg', 'image/png', 'image/gif', 'image/webp'].includes(type.toLowerCase());
}

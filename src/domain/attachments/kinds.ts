import { formatLimit } from '../byte-sizes';
import { LIMITS } from '../schemas';

/** How a kind's bytes are confirmed; each name has one function in `signatures.ts`. */
export type Signature = 'jpeg' | 'png' | 'gif' | 'webp' | 'heif' | 'pdf' | 'ole' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'rtf' | 'text';

/**
 * A file Folio stores. The extension decides the kind, because browsers often report no MIME type
 * at all (HEIC on Windows, CSV on some systems); the bytes must then agree with it.
 */
export interface FileKind {
  extensions: readonly string[];
  /** The type stored and, for checked images, previewed; never the type a file or browser declared. */
  mime: string;
  group: 'photo' | 'document';
  /** What people call it, for the reasons shown. */
  label: string;
  signature: Signature;
}

export const fileKinds: readonly FileKind[] = [
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', group: 'photo', label: 'JPEG photo', signature: 'jpeg' },
  { extensions: ['png'], mime: 'image/png', group: 'photo', label: 'PNG image', signature: 'png' },
  { extensions: ['gif'], mime: 'image/gif', group: 'photo', label: 'GIF image', signature: 'gif' },
  { extensions: ['webp'], mime: 'image/webp', group: 'photo', label: 'WebP image', signature: 'webp' },
  { extensions: ['heic'], mime: 'image/heic', group: 'photo', label: 'HEIC photo', signature: 'heif' },
  { extensions: ['heif'], mime: 'image/heif', group: 'photo', label: 'HEIF photo', signature: 'heif' },
  { extensions: ['pdf'], mime: 'application/pdf', group: 'document', label: 'PDF document', signature: 'pdf' },
  { extensions: ['doc'], mime: 'application/msword', group: 'document', label: 'Word document', signature: 'ole' },
  { extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', group: 'document', label: 'Word document', signature: 'docx' },
  { extensions: ['xls'], mime: 'application/vnd.ms-excel', group: 'document', label: 'Excel spreadsheet', signature: 'ole' },
  { extensions: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', group: 'document', label: 'Excel spreadsheet', signature: 'xlsx' },
  { extensions: ['ppt'], mime: 'application/vnd.ms-powerpoint', group: 'document', label: 'PowerPoint presentation', signature: 'ole' },
  { extensions: ['pptx'], mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', group: 'document', label: 'PowerPoint presentation', signature: 'pptx' },
  { extensions: ['odt'], mime: 'application/vnd.oasis.opendocument.text', group: 'document', label: 'OpenDocument text', signature: 'odt' },
  { extensions: ['ods'], mime: 'application/vnd.oasis.opendocument.spreadsheet', group: 'document', label: 'OpenDocument spreadsheet', signature: 'ods' },
  { extensions: ['odp'], mime: 'application/vnd.oasis.opendocument.presentation', group: 'document', label: 'OpenDocument presentation', signature: 'odp' },
  { extensions: ['rtf'], mime: 'application/rtf', group: 'document', label: 'RTF document', signature: 'rtf' },
  { extensions: ['txt'], mime: 'text/plain', group: 'document', label: 'text file', signature: 'text' },
  { extensions: ['csv'], mime: 'text/csv', group: 'document', label: 'CSV file', signature: 'text' },
];

/** Files that a browser would run as part of the app if it were ever handed one: never stored. */
export const activeExtensions = ['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'hta', 'svg', 'svgz', 'xml', 'xsl', 'xslt'];
/** Declared types that are active in a browser, refused even behind an accepted extension. */
export const activeMimeTypes = ['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript', 'message/rfc822', 'multipart/related'];
export const programExtensions = ['exe', 'msi', 'bat', 'cmd', 'com', 'sh', 'js', 'mjs', 'cjs', 'vbs', 'vbe', 'wsf', 'ps1', 'jar', 'app', 'dmg', 'apk', 'scr', 'dll', 'lnk', 'pif', 'cpl', 'reg', 'py', 'pl', 'elf', 'bin', 'run'];
export const videoExtensions = ['mov', 'mp4', 'm4v', 'avi', 'mkv', 'webm', 'wmv', 'mpg', 'mpeg', '3gp'];
export const audioExtensions = ['mp3', 'm4a', 'wav', 'aac', 'ogg', 'oga', 'flac', 'wma', 'amr'];
export const archiveExtensions = ['zip', 'rar', '7z', 'tar', 'gz', 'tgz'];

/** What the learner is told Folio accepts, in plain words. */
export const acceptedSummary =
  'Folio accepts photos (JPEG, PNG, GIF, WebP, HEIC) and documents (PDF, Word, Excel, PowerPoint, OpenDocument, RTF, text, CSV)';

/** For the file picker's `accept`: image/* lets a phone offer its camera. */
export const acceptAttribute = ['image/*', ...fileKinds.filter((k) => k.group === 'document').flatMap((k) => k.extensions.map((e) => `.${e}`))].join(',');

export const attachmentLimitText = formatLimit(LIMITS.attachmentBytesMax);

/** The lower-case extension after the last dot, or '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

export function kindOf(name: string): FileKind | undefined {
  const ext = extensionOf(name);
  return fileKinds.find((k) => k.extensions.includes(ext));
}

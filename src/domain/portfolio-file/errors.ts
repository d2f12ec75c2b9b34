import { DEFAULT_MAX_UNZIPPED_BYTES, FOLIO_FORMAT, FOLIO_FORMAT_VERSION } from './format';
import { shownName } from './zip-names';

/** One code per way a file can be refused; the UI may branch on the code, and shows the message as is. */
export type FolioErrorCode =
  | 'too-large'
  | 'not-a-zip'
  | 'corrupt-zip'
  | 'unsafe-zip'
  | 'not-a-folio'
  | 'unknown-version'
  | 'checksum-mismatch'
  | 'missing-attachment'
  | 'invalid-data';

export interface FolioError {
  code: FolioErrorCode;
  message: string;
}

/** Sizes in the unit people read them in; the limits are round numbers of MB. */
function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

const readable = FOLIO_FORMAT_VERSION === 1 ? 'version 1' : `versions 1 to ${FOLIO_FORMAT_VERSION}`;

const fail = (code: FolioErrorCode, message: string): FolioError => ({ code, message });

export const folioErrors = {
  tooLarge: (size: number, limit: number) =>
    fail('too-large', `This file is too large to import: it is ${describeSize(size)} and the limit is ${describeSize(limit)}.`),
  unzippedTooLarge: (limit: number) =>
    fail(
      'too-large',
      `This file unpacks to more than the limit of ${describeSize(limit)}, so it was not opened. The limit is ${describeSize(DEFAULT_MAX_UNZIPPED_BYTES)}, or the storage space this device has free if that is less: free some space and try again.`,
    ),
  entryTooLarge: (name: string, size: number, limit: number) =>
    fail('too-large', `This file was not opened: its ${shownName(name)} unpacks to ${describeSize(size)} and the limit is ${describeSize(limit)}.`),
  tooManyEntries: (count: number, limit: number) =>
    fail('too-large', `This file was not opened: it lists ${count.toLocaleString('en-GB')} entries and the limit is ${limit.toLocaleString('en-GB')}.`),
  unsafeZip: (detail: string) =>
    fail('unsafe-zip', `This file was not opened, because its zip ${detail}. Folio never writes a file like this: ask whoever sent it for a fresh export from Folio.`),
  notAZip: () =>
    fail('not-a-zip', 'This is not a Folio portfolio file: it is not a zip archive at all. Choose the .folio file that Folio exported.'),
  corruptZip: (detail: string) =>
    fail('corrupt-zip', `This file is damaged or incomplete (perhaps cut short while downloading or copying): ${detail}. Export it again and retry.`),
  noManifest: () =>
    fail('not-a-folio', `This zip is not a Folio portfolio file: it has no manifest.json.`),
  badManifest: (detail: string) => fail('not-a-folio', `This zip is not a Folio portfolio file: ${detail}.`),
  wrongFormat: (found: string) =>
    fail('not-a-folio', `This zip is not a Folio portfolio file: its manifest says it is “${found}”, not “${FOLIO_FORMAT}”.`),
  unknownVersion: (found: number) =>
    fail(
      'unknown-version',
      found > FOLIO_FORMAT_VERSION
        ? `This portfolio file is format version ${found}, made by a newer Folio; this app reads ${readable}. Update Folio and try again.`
        : `This portfolio file says it is format version ${found}, which no version of Folio wrote; this app reads ${readable}.`,
    ),
  checksum: (entry: string, detail: string) =>
    fail('checksum-mismatch', `The file failed its checksum for ${shownName(entry)}: ${detail}. It has been altered or damaged since it was exported.`),
  missingAttachment: (name: string, evidenceRef: string, path: string) =>
    fail('missing-attachment', `The attachment “${shownName(name)}” of ${evidenceRef} is missing from the file (no ${shownName(path)}).`),
  invalidData: (where: string, detail: string) => fail('invalid-data', `The portfolio data is not valid: ${shownName(where)} — ${detail}.`),
};

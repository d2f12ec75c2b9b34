import { formatLimit } from '../byte-sizes';
import { shortForMessage } from '../short-for-message';
import { FOLIO_FORMAT, FOLIO_FORMAT_VERSION } from './layout';
import { DEFAULT_MAX_UNZIPPED_BYTES } from './limits';

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
  | 'invalid-data'
  | 'bad-signature';

export interface FolioError {
  code: FolioErrorCode;
  message: string;
}

const readable = `versions 1 to ${FOLIO_FORMAT_VERSION}`;

const fail = (code: FolioErrorCode, message: string): FolioError => ({ code, message });

export const folioErrors = {
  tooLarge: (size: number, limit: number) =>
    fail('too-large', `This file is too large to import: it is ${formatLimit(size)} and the limit is ${formatLimit(limit)}.`),
  unzippedTooLarge: (limit: number) =>
    fail(
      'too-large',
      `This file unpacks to more than the limit of ${formatLimit(limit)}, so it was not opened. The limit is ${formatLimit(DEFAULT_MAX_UNZIPPED_BYTES)}, or the storage space this device has free if that is less: free some space and try again.`,
    ),
  entryTooLarge: (name: string, size: number, limit: number) =>
    fail('too-large', `This file was not opened: its ${shortForMessage(name)} unpacks to ${formatLimit(size)} and the limit is ${formatLimit(limit)}.`),
  tooManyEntries: (count: number, limit: number) =>
    fail('too-large', `This file was not opened: it lists ${count.toLocaleString('en-GB')} entries and the limit is ${limit.toLocaleString('en-GB')}.`),
  unsafeZip: (detail: string) =>
    fail('unsafe-zip', `This file was not opened, because its zip ${detail}. Folio never writes a file like this: ask whoever sent it for a fresh export from Folio.`),
  notAZip: () =>
    fail('not-a-zip', 'This is not a Folio portfolio file: it is not a zip archive at all. Choose the .folio file that Folio exported.'),
  corruptZip: (detail: string) =>
    fail('corrupt-zip', `This file is damaged or incomplete (perhaps cut short while downloading or copying): ${shortForMessage(detail, 200)}. Export it again and retry.`),
  noManifest: () =>
    fail('not-a-folio', `This zip is not a Folio portfolio file: it has no manifest.json.`),
  badManifest: (detail: string) => fail('not-a-folio', `This zip is not a Folio portfolio file: ${shortForMessage(detail, 200)}.`),
  wrongFormat: (found: string) =>
    fail('not-a-folio', `This zip is not a Folio portfolio file: its manifest says it is “${shortForMessage(found)}”, not “${FOLIO_FORMAT}”.`),
  unknownVersion: (found: number) =>
    fail(
      'unknown-version',
      found > FOLIO_FORMAT_VERSION
        ? `This portfolio file is format version ${found}, made by a newer Folio; this app reads ${readable}. Update Folio and try again.`
        : `This portfolio file says it is format version ${found}, which no version of Folio wrote; this app reads ${readable}.`,
    ),
  checksum: (entry: string, detail: string) =>
    fail('checksum-mismatch', `The file failed its checksum for ${shortForMessage(entry, 160)}: ${detail}. It has been altered or damaged since it was exported.`),
  missingAttachment: (name: string, evidenceRef: string, path: string) =>
    fail('missing-attachment', `The attachment “${shortForMessage(name)}” of ${shortForMessage(evidenceRef)} is missing from the file (no ${shortForMessage(path)}).`),
  // `where` is built from names already cut (issue-location.ts); the cap here is for any other caller.
  invalidData: (where: string, detail: string) =>
    fail('invalid-data', `The portfolio data is not valid: ${shortForMessage(where, 200)} — ${shortForMessage(detail, 300)}.`),
  /** `record` names it as a person would ("the decision on EXT-3 by Morgan Ellis, 12 November 2026"); `reason` says what is wrong. */
  badSignature: (record: string, reason: string) =>
    fail(
      'bad-signature',
      `This file was refused, whole: ${shortForMessage(record, 200)} ${shortForMessage(reason, 200)}. A file holding a record that does not match its signature cannot be trusted. Ask whoever sent it for a fresh export from Folio.`,
    ),
};

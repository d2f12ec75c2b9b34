import { formatLimit } from '../byte-sizes';
import { shortForMessage } from '../short-for-message';
import { IQA_FILE_VERSION } from './format';

/** One code per way an IQA file can be refused; the message says what is wrong and what to do. */
export type IqaFileErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-iqa-file'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid'
  | 'not-in-round'
  | 'not-an-iqa'
  | 'bad-signature';

export interface IqaFileError {
  code: IqaFileErrorCode;
  message: string;
}

const fail = (code: IqaFileErrorCode, message: string): IqaFileError => ({ code, message });
const askAgain = 'Ask the quality assurer for a fresh export of the round from Folio.';

export const iqaFileErrors = {
  tooLarge: (size: number, limit: number) => fail('too-large', `This file is too large to be an IQA file: it is ${formatLimit(size)} and the limit is ${formatLimit(limit)}.`),
  notJson: () => fail('not-json', 'This is not a Folio IQA file: it is not readable JSON text. Choose the .folio-iqa file the quality assurer exported.'),
  portfolioFile: () => fail('not-iqa-file', 'This is a portfolio file (.folio), not an IQA file: open it on the Import page instead.'),
  notIqaFile: (says?: string) =>
    fail('not-iqa-file', `This is not a Folio IQA file${says === undefined ? '' : ` (it says it is “${shortForMessage(says, 40)}”)`}. Choose the .folio-iqa file the quality assurer exported.`),
  newerVersion: (found: number) =>
    fail('newer-version', `This IQA file is format version ${found}, made by a newer Folio; this app reads version ${IQA_FILE_VERSION}. Update Folio and try again.`),
  unknownVersion: () => fail('unknown-version', `This IQA file does not say a format version this app reads (version ${IQA_FILE_VERSION}). ${askAgain}`),
  invalid: (where: string, detail: string) => fail('invalid', `This IQA file is not valid: ${shortForMessage(where, 120)} — ${shortForMessage(detail, 200)}. ${askAgain}`),
  notInRound: (what: string) => fail('not-in-round', `This IQA file was refused: ${shortForMessage(what, 300)}. ${askAgain}`),
  notAnIqa: (name: string, role: string) =>
    fail('not-an-iqa', `This IQA file was refused: an outcome names ${shortForMessage(name, 60)} as ${shortForMessage(role, 20)}, and only a tutor or internal quality assurer records outcomes. ${askAgain}`),
  badSignature: (sentence: string) =>
    fail('bad-signature', `This IQA file was refused, whole: ${shortForMessage(sentence, 300)} A file holding an outcome that does not match its signature cannot be trusted. ${askAgain}`),
};

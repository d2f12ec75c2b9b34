import type { PersonalDataFinding } from './personal-data-finding';
import { regexFindings } from './regex-findings';

/*
 * A National Insurance number: two prefix letters (the first never D, F, I, Q, U or V; the second
 * never those nor O; never BG, GB, NK, KN, TN, NT or ZZ, which HMRC does not issue), six digits in
 * optional pairs and a suffix A to D. Fixed length, so linear to scan.
 */
const NI_NUMBER =
  /(?<![\p{L}\p{N}_])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D](?![\p{L}\p{N}_])/giu;

/** National Insurance numbers, with or without spaces, in either case. */
export function findNiNumbers(text: string): PersonalDataFinding[] {
  return regexFindings(text, NI_NUMBER, 'ni-number');
}

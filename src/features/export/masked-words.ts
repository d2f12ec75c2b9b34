import { plural } from '../../domain/plural';

/** " (redacted: 3 pieces of personal data masked)" after "PDF ready", or nothing when nothing was masked. */
export function maskedWords(masked: number | undefined): string {
  return masked === undefined || masked === 0 ? '' : ` (redacted: ${plural(masked, 'piece')} of personal data masked)`;
}

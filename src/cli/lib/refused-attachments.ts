import type { RefusedAttachment } from '../../domain/portfolio-file';
import { terminalText } from './terminal-text';

/**
 * Why `npm run pdf` stops on a file carrying attachments the rules refuse, and how to go on without
 * them. Names come from the file, so each is printed with its control characters escaped.
 */
export function refusedAttachmentsMessage(input: string, refused: readonly RefusedAttachment[]): string {
  const lines = refused.map((a) => `  - ${terminalText(a.name)} (on ${terminalText(a.evidenceRef)}): ${terminalText(a.reason)}`);
  const count = refused.length === 1 ? 'an attachment' : `${refused.length} attachments`;
  return [
    `${terminalText(input)} carries ${count} that Folio does not accept:`,
    ...lines,
    `Run again with --skip-refused-attachments to render the PDF without ${refused.length === 1 ? 'it' : 'them'}.`,
  ].join('\n');
}

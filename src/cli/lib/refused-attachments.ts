import type { RefusedAttachment } from '../../domain/portfolio-file';

/** Why `npm run pdf` stops on a file carrying attachments the rules refuse, and how to go on without them. */
export function refusedAttachmentsMessage(input: string, refused: readonly RefusedAttachment[]): string {
  const lines = refused.map((a) => `  - ${a.name} (on ${a.evidenceRef}): ${a.reason}`);
  const count = refused.length === 1 ? 'an attachment' : `${refused.length} attachments`;
  return [
    `${input} carries ${count} that Folio does not accept:`,
    ...lines,
    `Run again with --skip-refused-attachments to render the PDF without ${refused.length === 1 ? 'it' : 'them'}.`,
  ].join('\n');
}

import type { Ctx } from './context';
import { openSection } from './section-opening';
import type { PdfModel } from '../model/types';
import { table } from './table';
import { SIZE } from './theme';

/** Everyone who signed, with the fingerprint of their key to compare in person. */
export function drawSigners(ctx: Ctx, model: PdfModel): void {
  const { signers } = model;
  if (signers.rows.length === 0) return;
  openSection(ctx, signers, signers.intro);
  const bold = ctx.hasBold ? 'bold' : 'normal';
  table(ctx, {
    head: [signers.head],
    body: signers.rows.map((s) => [s.name, s.role, s.fingerprint, s.signed, s.status]),
    columnStyles: {
      0: { cellWidth: 32, fontStyle: bold },
      1: { cellWidth: 24 },
      2: { cellWidth: 44, fontSize: SIZE.small },
      3: { cellWidth: 32 },
      4: { cellWidth: 42 },
    },
  });
}

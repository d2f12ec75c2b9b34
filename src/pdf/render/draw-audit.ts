import type { Ctx } from './context';
import { openSection } from './section-opening';
import type { PdfModel } from '../model/types';
import { table } from './table';
import { SIZE } from './theme';

/** The audit trail appendix, when the export asked for it. */
export function drawAudit(ctx: Ctx, model: PdfModel): void {
  const { audit } = model;
  if (!audit) return;
  openSection(ctx, audit, audit.intro);
  if (audit.rows.length === 0) return;
  table(ctx, {
    head: [audit.head],
    body: audit.rows.map((r) => [r.at, r.who, r.action, r.detail || model.blank]),
    styles: { fontSize: SIZE.tiny + 0.5 },
    columnStyles: { 0: { cellWidth: 30 }, 1: { cellWidth: 44 }, 2: { cellWidth: 30 }, 3: { cellWidth: 70 } },
  });
}

import type { Ctx } from './context';
import { openSection } from './section-opening';
import type { PdfModel } from '../model/types';
import { keyValueTable } from './table';
import { heading, paragraph } from './text';
import { COLOUR, SIZE } from './theme';

/** Each unit's sign-off block: who, when, the declaration, the signature, countersignature and state. */
export function drawSignOffs(ctx: Ctx, model: PdfModel): void {
  const { signOffs } = model;
  if (signOffs.units.length === 0) return;
  openSection(ctx, signOffs, signOffs.intro);
  for (const unit of signOffs.units) {
    heading(ctx, unit.heading, 2, { keep: 20 });
    paragraph(ctx, unit.state, { style: 'bold', colour: unit.rows.length > 0 ? COLOUR.accent : COLOUR.muted, size: SIZE.small + 0.5 });
    if (unit.rows.length > 0) keyValueTable(ctx, unit.rows, 36);
  }
}

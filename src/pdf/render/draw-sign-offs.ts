import { startOnNewPage, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { keyValueTable } from './table';
import { heading, paragraph } from './text';
import { COLOUR, SIZE } from './theme';

/** Each unit's sign-off block: who, when, the declaration, the signature, countersignature and state. */
export function drawSignOffs(ctx: Ctx, model: PdfModel): void {
  const { signOffs } = model;
  if (signOffs.units.length === 0) return;
  startOnNewPage(ctx);
  heading(ctx, signOffs.heading, 1, { anchor: signOffs.anchor });
  paragraph(ctx, signOffs.intro, { colour: COLOUR.muted, after: 3 });
  for (const unit of signOffs.units) {
    heading(ctx, unit.heading, 2, { keep: 20 });
    paragraph(ctx, unit.state, { style: 'bold', colour: unit.rows.length > 0 ? COLOUR.accent : COLOUR.muted, size: SIZE.small + 0.5 });
    if (unit.rows.length > 0) keyValueTable(ctx, unit.rows, 36);
  }
}

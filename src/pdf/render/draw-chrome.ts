import { setType, type Ctx } from './context';
import type { PdfModel } from '../model/types';
import { COLOUR, PAGE, SIZE } from './theme';

/** Header (learner, qualification) and footer ("Page N of M") on every page, drawn once all pages exist. */
export function drawChrome(ctx: Ctx, model: Pick<PdfModel, 'header' | 'footer'>): void {
  const { doc } = ctx;
  const total = doc.getNumberOfPages();
  const half = (PAGE.right - PAGE.left) / 2 - 4;
  const fit = (text: string) => {
    const clean = ctx.sanitise(text).replace(/\n/g, ' ');
    if (doc.getTextWidth(clean) <= half) return clean;
    let cut = clean;
    while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > half) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  };
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    setType(ctx, SIZE.small, 'bold', COLOUR.muted);
    doc.text(fit(model.header.left), PAGE.left, 11, { baseline: 'bottom' });
    setType(ctx, SIZE.small, 'normal', COLOUR.muted);
    doc.text(fit(model.header.right), PAGE.right, 11, { baseline: 'bottom', align: 'right' });
    doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
    doc.setLineWidth(0.3);
    doc.line(PAGE.left, 13, PAGE.right, 13);
    doc.line(PAGE.left, PAGE.bottom + 6, PAGE.right, PAGE.bottom + 6);
    setType(ctx, SIZE.small, 'normal', COLOUR.muted);
    doc.text(fit(model.footer.left), PAGE.left, PAGE.bottom + 8, { baseline: 'top' });
    doc.text(model.footer.pageOf.replace('{page}', String(page)).replace('{total}', String(total)), PAGE.right, PAGE.bottom + 8, { baseline: 'top', align: 'right' });
  }
}

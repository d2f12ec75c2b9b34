import type { PortfolioSnapshot } from '../domain/snapshot';
import { attachmentBytesFor } from './model/attachments';
import { buildPdfModel, type PdfOptions } from './model/build';
import { renderPdf, type RenderDeps } from './render/render';

/**
 * A portfolio's assessor PDF in one call, as the CLI and the export worker make it: the model is
 * built from the snapshot, then drawn with the bytes of the pictures it shows.
 */
export async function renderPortfolioPdf(snapshot: PortfolioSnapshot, options: PdfOptions, deps: RenderDeps): Promise<Uint8Array> {
  const model = buildPdfModel(snapshot, options);
  return renderPdf(model, attachmentBytesFor(model, snapshot.attachments), deps);
}

import type { WorkMeter } from '../../domain/work-meter';
import { makeYielder, throwIfAborted } from './abort';
import { drawContents } from './draw-contents';
import { drawCover } from './draw-cover';
import { drawCoverage } from './draw-coverage';
import { drawCycles } from './draw-cycles';
import { drawAudit } from './draw-audit';
import { drawDecisions } from './draw-decisions';
import { drawDeclaration } from './draw-declaration';
import { drawEvidence, drawNoEvidence } from './draw-evidence';
import { drawGaps } from './draw-gaps';
import { drawMatrix } from './draw-matrix';
import { drawSignOffs } from './draw-sign-offs';
import { drawSigners } from './draw-signers';
import type { FontBytes, PdfFonts } from './font';
import type { PdfModel } from '../model/types';
import { addOutline } from './outline';
import { closeDocument, openDocument } from './plain-document';
import { prepareImages } from './prepare-images';
import type { ImageScaler, PrintCopyCache } from './print-copy';

export interface RenderDeps {
  /** The TrueType font(s) to embed; see font.ts for loading them in a browser, a worker or Node. */
  font: FontBytes | PdfFonts;
  /** Called after each evidence item is laid out: (items done, items in all). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the render with an AbortError. */
  signal?: AbortSignal;
  /**
   * Makes print copies of large photos (long edge over PRINT_LONG_EDGE): upright, smaller, JPEG.
   * Without one, pictures within the pixel limits print as stored.
   */
  scaleImage?: ImageScaler;
  /** Where print copies are looked up before scaling and stored after. */
  printCopies?: PrintCopyCache;
  /** Counts the pixels decoded (by the scaler, or by jsPDF for a PNG). */
  work?: WorkMeter;
}

/**
 * Draws a built model (see buildPdfModel) and returns the PDF's bytes. `attachmentBytes`: the
 * stored bytes of the pictures the model shows, by attachment id (attachmentBytesFor picks them
 * from a snapshot); a picture without bytes gets its box and a note. One layout pass: the pages that mention page
 * numbers (contents, coverage, decisions) reserve fixed space for them, and the numbers and
 * links are written in once the evidence sections have found their pages.
 */
export async function renderPdf(built: PdfModel, attachmentBytes: ReadonlyMap<string, Uint8Array>, deps: RenderDeps): Promise<Uint8Array> {
  const { signal } = deps;
  throwIfAborted(signal);
  const prepared = await prepareImages(built, attachmentBytes, { ...deps, meter: deps.work });
  const { model } = prepared;
  throwIfAborted(signal);
  const ctx = openDocument(deps.font, { attachmentBytes, printCopies: prepared.copies, meter: deps.work, pageRef: model.pageRef });
  const yieldNow = makeYielder();

  drawCover(ctx, model);
  drawDeclaration(ctx, model);
  drawContents(ctx, model);
  drawCoverage(ctx, model);
  drawCycles(ctx, model);
  drawMatrix(ctx, model);
  const { items } = model.evidence;
  if (items.length === 0) drawNoEvidence(ctx, model);
  for (const [index, item] of items.entries()) {
    throwIfAborted(signal);
    drawEvidence(ctx, model, item, index === 0);
    deps.onProgress?.(index + 1, items.length);
    await yieldNow();
  }
  drawDecisions(ctx, model);
  drawSignOffs(ctx, model);
  drawSigners(ctx, model);
  drawGaps(ctx, model);
  drawAudit(ctx, model);
  throwIfAborted(signal);

  return closeDocument(ctx, model, () => addOutline(ctx.doc, model, ctx.anchors, ctx.sanitise));
}

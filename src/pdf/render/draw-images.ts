import { ensureSpace, setType, type Ctx } from './context';
import { fitImage, orientationMatrix } from './image-place';
import type { ImageEntry } from '../model/types';
import { COLOUR, CONTENT_WIDTH, PAGE, PT, SIZE, lineHeight } from './theme';
import { wrap } from './text';

/** Tallest a picture is printed, so that its caption stays with it on one page. */
const MAX_IMAGE_HEIGHT = 150;

/** The height a picture with its caption takes on the page, so a heading can keep with all of it. */
export function imageEntryHeight(ctx: Ctx, entry: ImageEntry): number {
  const size = fitImage(entry.info, CONTENT_WIDTH, MAX_IMAGE_HEIGHT);
  const caption = wrap(ctx, entry.caption, CONTENT_WIDTH, SIZE.tiny, 'normal', COLOUR.muted);
  return size.height + 2 + caption.length * lineHeight(SIZE.tiny) + 2;
}

/** One picture, scaled to fit, the right way up, with its caption under it. */
export function drawImageEntry(ctx: Ctx, entry: ImageEntry): void {
  const size = fitImage(entry.info, CONTENT_WIDTH, MAX_IMAGE_HEIGHT);
  const caption = wrap(ctx, entry.caption, CONTENT_WIDTH, SIZE.tiny, 'normal', COLOUR.muted);
  const lh = lineHeight(SIZE.tiny);
  ensureSpace(ctx, imageEntryHeight(ctx, entry));
  const x = PAGE.left + (CONTENT_WIDTH - size.width) / 2;
  drawPicture(ctx, entry, x, ctx.y, size.width, size.height);
  ctx.doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
  ctx.doc.setLineWidth(0.2);
  ctx.doc.rect(x, ctx.y, size.width, size.height, 'S');
  ctx.y += size.height + 2;
  setType(ctx, SIZE.tiny, 'normal', COLOUR.muted);
  for (const line of caption) {
    ctx.doc.text(line, PAGE.left + CONTENT_WIDTH / 2, ctx.y, { baseline: 'top', align: 'center' });
    ctx.y += lh;
  }
  ctx.y += 5;
}

function drawPicture(ctx: Ctx, entry: ImageEntry, x: number, y: number, width: number, height: number): void {
  const bytes = ctx.printCopies.get(entry.sha256) ?? ctx.attachmentBytes.get(entry.attachmentId);
  const { doc } = ctx;
  const format = entry.info.format === 'png' ? 'PNG' : 'JPEG';
  // Keyed by content, so the same photo attached twice is embedded once.
  const alias = `image-${entry.sha256}`;
  try {
    if (!bytes) throw new Error('missing bytes');
    if (!ctx.embedded.has(alias)) {
      ctx.embedded.add(alias);
      // jsPDF decodes a PNG to re-compress it; a JPEG goes in as it is, undecoded.
      if (format === 'PNG' && ctx.meter) ctx.meter.decodedPixels += entry.info.width * entry.info.height;
    }
    const o = entry.info.orientation;
    if (o === 1) {
      doc.addImage(bytes, format, x, y, width, height, alias, 'FAST');
      return;
    }
    // Draw the stored picture upright at the page origin, then move it into place with the turn
    // (and mirror) its EXIF orientation asks for: the transform wraps jsPDF's own placement.
    const quarter = o >= 5;
    const sw = quarter ? height : width;
    const sh = quarter ? width : height;
    const [a, b, c, d, e, f] = orientationMatrix(o, sw / PT, sh / PT);
    doc.saveGraphicsState();
    doc.setCurrentTransformationMatrix(doc.Matrix(a, b, c, d, e + x / PT, f + (PAGE.height - y - height) / PT));
    doc.addImage(bytes, format, 0, PAGE.height - sh, sw, sh, alias, 'FAST');
    doc.restoreGraphicsState();
  } catch {
    // A picture jsPDF cannot decode still gets its box, with a note instead of the image.
    setType(ctx, SIZE.small, 'normal', COLOUR.muted);
    doc.text(ctx.sanitise(entry.failedNote), x + 2, y + 2, { baseline: 'top', maxWidth: width - 4 });
  }
}

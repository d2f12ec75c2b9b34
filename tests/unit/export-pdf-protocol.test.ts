import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { generatePortfolio } from '../../src/samples/generate';
import { countPdfPages } from '../../src/features/export/pdf-page-count';
import { isRenderRequest, isWorkerReply, progressLabel, transferList } from '../../src/features/export/pdf-protocol';

const demo = () => {
  let n = 0;
  return buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
};

describe('PDF worker messages', () => {
  it('accepts the replies the worker sends and nothing else', () => {
    expect(isWorkerReply({ type: 'progress', jobId: 1, done: 3, total: 20 })).toBe(true);
    expect(isWorkerReply({ type: 'done', jobId: 1, bytes: new Uint8Array(3), pages: 4 })).toBe(true);
    expect(isWorkerReply({ type: 'done', jobId: 1, bytes: new Uint8Array(3), pages: undefined })).toBe(true);
    expect(isWorkerReply({ type: 'error', jobId: 2, message: 'boom' })).toBe(true);

    expect(isWorkerReply(null)).toBe(false);
    expect(isWorkerReply({ type: 'progress', done: 3, total: 20 })).toBe(false);
    expect(isWorkerReply({ type: 'progress', jobId: 1, done: -1, total: 20 })).toBe(false);
    expect(isWorkerReply({ type: 'done', jobId: 1, bytes: [1, 2, 3], pages: 1 })).toBe(false);
    const copy = { key: 'k', sha256: 's', bytes: new Uint8Array(2), width: 2, height: 1, format: 'jpeg' };
    expect(isWorkerReply({ type: 'done', jobId: 1, bytes: new Uint8Array(3), pages: 1, printCopies: [copy] })).toBe(true);
    expect(isWorkerReply({ type: 'done', jobId: 1, bytes: new Uint8Array(3), pages: 1, printCopies: [{ ...copy, format: 'gif' }] })).toBe(false);
    expect(isWorkerReply({ type: 'done', jobId: 1, bytes: new Uint8Array(3), pages: 1, printCopies: [{ ...copy, bytes: 'x' }] })).toBe(false);
    expect(isWorkerReply({ type: 'error', jobId: 1 })).toBe(false);
    expect(isWorkerReply({ type: 'hello', jobId: 1 })).toBe(false);
  });

  it('accepts a render request with a snapshot and options', () => {
    const snapshot = demo();
    expect(isRenderRequest({ type: 'render', jobId: 1, snapshot, options: { now: 'x', includeAttachments: true } })).toBe(true);
    expect(isRenderRequest({ type: 'render', jobId: 1, snapshot, options: { now: 'x' } })).toBe(false);
    expect(isRenderRequest({ type: 'render', jobId: 1, options: { now: 'x', includeAttachments: true } })).toBe(false);
  });

  it('moves each attachment buffer once, never the same buffer twice', async () => {
    const snapshot = await generatePortfolio({ items: 8, imageEvery: 2, now: '2026-11-22T10:00:00.000Z', imageWidth: 8 });
    const first = snapshot.attachments[0];
    if (!first) throw new Error('The generated portfolio should have attachments.');
    const shared = new Uint8Array(8);
    const extra = [{ ...first, id: 'copy' }, { ...first, id: 'a', bytes: shared }, { ...first, id: 'b', bytes: shared.subarray(2) }];
    const list = transferList({ ...snapshot, attachments: [...snapshot.attachments, ...extra] });
    expect(new Set(list).size).toBe(list.length);
    expect(list).toHaveLength(snapshot.attachments.length + 1);
    expect(list).toContain(shared.buffer);
  });

  it('words the progress as the evidence being rendered', () => {
    expect(progressLabel(0, 0)).toBe('Preparing the PDF…');
    // (items laid out so far, items in all): the words name the item being drawn now.
    expect(progressLabel(0, 20)).toBe('Rendering evidence 1 of 20');
    expect(progressLabel(11, 20)).toBe('Rendering evidence 12 of 20');
    expect(progressLabel(19, 20)).toBe('Rendering evidence 20 of 20');
    expect(progressLabel(20, 20)).toBe('Finishing the PDF…');
  });
});

describe('counting the pages of a PDF', () => {
  it('reads the page count of a document jsPDF wrote', () => {
    const doc = new jsPDF();
    doc.text('one', 10, 10);
    doc.addPage();
    doc.addPage();
    expect(countPdfPages(new Uint8Array(doc.output('arraybuffer')))).toBe(3);
  });

  it('takes the root of a nested page tree, and gives undefined for bytes with none', () => {
    const nested = new TextEncoder().encode(
      '1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R] /Count 7>> endobj 2 0 obj <</Type /Pages /Parent 1 0 R /Count 4 /Kids []>> endobj 4 0 obj <</Type /Page /Parent 2 0 R>> endobj',
    );
    expect(countPdfPages(nested)).toBe(7);
    expect(countPdfPages(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});

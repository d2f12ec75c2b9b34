import { describe, expect, it } from 'vitest';
import { attachmentBytesFor, buildPdfModel, renderPdf, type PdfModel } from '../../src/pdf';
import { loadFontNode } from '../../src/pdf/render/font-node';
import { NOW, listImages, pagesText, richPortfolio, squash, writeTemp } from './pdf-helpers';

const all = { now: NOW, includeAttachments: true };

async function draw(model: PdfModel, bytes: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  return pagesText(writeTemp(await renderPdf(model, bytes, { font: await loadFontNode() }))).map(squash);
}

describe('the renderer draws a built model, and only the model decides the words', () => {
  it('prints the headings, table heads, labels and footer the model holds, not words of its own', async () => {
    const { snapshot } = await richPortfolio();
    const built = buildPdfModel(snapshot, all);
    const [first, ...rest] = built.evidence.items;
    if (!first) throw new Error('the rich portfolio has evidence');
    const model: PdfModel = {
      ...built,
      footer: { ...built.footer, pageOf: 'Sheet {page} / {total}' },
      pageRef: { separator: ' on page ', unknown: '?' },
      coverage: { ...built.coverage, heading: 'Where each point stands', head: ['Point', 'Wording', 'State', 'Shown in'] },
      evidence: { ...built.evidence, labels: { ...built.evidence.labels, reflection: 'Looking back' }, items: [{ ...first, heading: 'Item one, renamed' }, ...rest] },
      gaps: { ...built.gaps, heading: 'Still to do' },
    };
    const pages = await draw(model, attachmentBytesFor(model, snapshot.attachments));
    const text = pages.join(' ');
    for (const words of ['Where each point stands', 'Point Wording State Shown in', 'Looking back', 'Item one, renamed', 'Still to do', `${first.ref} on page`]) {
      expect(text, words).toContain(words);
    }
    expect(pages.at(-1)).toContain(`Sheet ${pages.length} / ${pages.length}`);
    // The words the renderer used to hold itself are gone with the model's (after the cover, declaration and contents).
    for (const gone of ['Coverage by unit', 'Evidence (page)', 'Reflection', 'Gap list', `${first.ref}, p.`, 'Page 1 of']) {
      expect(pages.slice(3).join(' '), gone).not.toContain(gone);
    }
  }, 60_000);

  it('renders a model on its own: pictures print from the bytes it is given, and without them get the model’s note', async () => {
    const { snapshot } = await richPortfolio();
    const model = buildPdfModel(snapshot, all);
    const images = model.evidence.items.flatMap((i) => i.images);
    expect(images.length).toBeGreaterThan(0);
    const font = await loadFontNode();
    const withBytes = writeTemp(await renderPdf(model, attachmentBytesFor(model, snapshot.attachments), { font }));
    expect(listImages(withBytes)).toHaveLength(images.length);
    // A short note, so that it reads back whole from the picture's small box.
    const noted: PdfModel = {
      ...model,
      evidence: { ...model.evidence, items: model.evidence.items.map((i) => ({ ...i, images: i.images.map((image) => ({ ...image, failedNote: 'Gone' })) })) },
    };
    const without = writeTemp(await renderPdf(noted, new Map(), { font }));
    expect(listImages(without)).toEqual([]);
    // A narrow box may still break the word over lines.
    expect(pagesText(without, '-raw').join(' ').match(/G\s*o\s*n\s*e/g)).toHaveLength(images.length);
  }, 60_000);

  it('hands the renderer the bytes of the pictures shown, and of nothing else', async () => {
    const { snapshot } = await richPortfolio();
    const model = buildPdfModel(snapshot, all);
    const shown = model.evidence.items.flatMap((i) => i.images.map((image) => image.attachmentId));
    const bytes = attachmentBytesFor(model, snapshot.attachments);
    expect([...bytes.keys()].sort()).toEqual([...shown].sort());
    expect(snapshot.attachments.length).toBeGreaterThan(shown.length);
    expect(attachmentBytesFor(buildPdfModel(snapshot, { ...all, includeAttachments: false }), snapshot.attachments).size).toBe(0);
  });
});

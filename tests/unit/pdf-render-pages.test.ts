import { readFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { generatePortfolio } from '../../src/samples/generate';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { buildPdfModel, type PdfModel } from '../../src/pdf';
import { NOW, headingPage, pagesText, renderToFile } from './pdf-helpers';

interface Rendered {
  model: PdfModel;
  snapshot: PortfolioSnapshot;
  pages: string[];
  pdf: PDFDocumentProxy;
}

async function render(snapshot: PortfolioSnapshot): Promise<Rendered> {
  const { path } = await renderToFile(snapshot);
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
  return { model: buildPdfModel(snapshot, { now: NOW, includeAttachments: true }), snapshot, pages: pagesText(path), pdf };
}

const cases: [string, () => Promise<Rendered>, string[]][] = [];
let demo: Rendered;
// Large enough for the contents and the coverage tables to run over several pages, and for a
// table row of references to split across a page break.
let large: Rendered;

beforeAll(async () => {
  let n = 0;
  demo = await render(await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` }));
  large = await render(await generatePortfolio({ items: 120, imageEvery: 10, seed: 7, now: NOW, imageWidth: 40 }));
}, 120_000);
const BEFORE = ['Learner declaration of authenticity', 'Coverage by unit', 'Mapping matrix', 'Evidence', 'Assessor decisions and feedback', 'Unit sign-off'];
// The demo's decisions are signed, so it lists its signer; the generated portfolio's are not. Only the
// demo links items to plan-do-review cycles, printed after the coverage.
const DEMO_BEFORE = [...BEFORE.slice(0, 2), 'Plan-do-review cycles', ...BEFORE.slice(2)];
cases.push(
  ['the demo portfolio', async () => demo, [...DEMO_BEFORE, 'Signers and key fingerprints', 'Gap list']],
  ['a generated 120-item portfolio', async () => large, [...BEFORE, 'Gap list']],
);

/** How many page references the plan-do-review cycles print. */
const cycleRefs = (model: PdfModel) => model.cycles.cycles.flatMap((c) => c.rows.flatMap((r) => r.evidence)).length;

/** The pages the contents occupy: from its heading up to the page before the coverage section. */
function contentsPages(pages: string[]): number[] {
  const start = pages.findIndex((p) => /\n\s*Contents\s*\n/.test(p));
  const end = pages.findIndex((p, i) => i > start && /\n\s*Coverage by unit\s*\n\s*Each marking point/.test(p));
  return Array.from({ length: end - start }, (_, i) => start + i + 1);
}

describe.each(cases)('page references in %s', (_name, get, SECTIONS) => {
  it('gives, in the contents, the page each evidence item and section starts on', async () => {
    const { pages, model } = await get();
    const contents = contentsPages(pages);
    expect(contents.length).toBeGreaterThan(0);
    const lines = contents.flatMap((p) => (pages[p - 1] ?? '').split('\n'));
    const items = lines.flatMap((l) => {
      const m = /^\s*(E\d{3,})\s+(.*?)\s{2,}(\d+)\s*$/.exec(l);
      return m ? [{ ref: m[1] ?? '', page: Number(m[3]) }] : [];
    });
    expect(items.map((i) => i.ref)).toEqual(model.evidence.items.map((i) => i.ref));
    for (const item of model.evidence.items) {
      expect(headingPage(pages, item.ref, item.title), item.ref).toEqual([items.find((i) => i.ref === item.ref)?.page]);
    }
    for (const section of SECTIONS) {
      const line = lines.find((l) => new RegExp(`^\\s*${section}\\s+\\d+\\s*$`).test(l));
      const page = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
      const heading = section === 'Evidence' ? 'EVIDENCE 1 OF' : section;
      expect(pages[page - 1], section).toContain(heading);
      // A section starts on that page: it is not already under way on the page before.
      if (!contents.includes(page - 1) && page > 2) expect(pages[page - 2], section).not.toContain(heading);
    }
  });

  it('prints each reference as "E00x, p. N" where N is the page that item starts on', async () => {
    const { pages, model } = await get();
    const refs = pages.flatMap((text) => [...text.matchAll(/\b(E\d{3,}), p\. (\d+)\b/g)].map((m) => ({ ref: m[1] ?? '', page: Number(m[2]) })));
    const expected = model.coverage.units.flatMap((u) => u.points.flatMap((p) => p.evidence)).length + model.decisions.rows.flatMap((d) => d.basedOn).length + cycleRefs(model);
    expect(refs).toHaveLength(expected);
    const titles = new Map(model.evidence.items.map((i) => [i.ref, i.title]));
    for (const { ref, page } of refs) expect(headingPage(pages, ref, titles.get(ref) ?? '?'), ref).toEqual([page]);
  });

  it('links each reference to the page it names', async () => {
    const { pdf, model } = await get();
    let checked = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const [annotations, content] = await Promise.all([page.getAnnotations(), page.getTextContent()]);
      const items = content.items.flatMap((i) => ('str' in i && i.str.trim() !== '' ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width }] : []));
      // Every reference on the page with where it starts: pdf.js joins the references of one line of a
      // coverage cell ("E004, p. 12 · E009, p. 18") into one item, so a later one's start is estimated
      // from its place in the item's text.
      const refs = items.flatMap((i) =>
        [...i.str.matchAll(/\b(E\d{3,}), p\. (\d+)\b/g)].map((m) => ({ page: Number(m[2]), text: m[0], x: i.x + (i.width * (m.index ?? 0)) / i.str.length, y: i.y })),
      );
      for (const a of annotations) {
        if (a.subtype !== 'Link' || !Array.isArray(a.dest)) continue;
        const target = (await pdf.getPageIndex(a.dest[0])) + 1;
        const [x1, y1, x2, y2] = a.rect as number[];
        const under = refs.filter((r) => r.x >= x1! - 1 && r.x <= x2! && r.y >= y1! - 1 && r.y <= y2! + 1);
        const [ref] = under;
        if (ref) {
          expect(under, ref.text).toHaveLength(1);
          expect(ref.page, ref.text).toBe(target);
          checked += 1;
        }
      }
    }
    const expected = model.coverage.units.flatMap((u) => u.points.flatMap((pt) => pt.evidence)).length + model.decisions.rows.flatMap((d) => d.basedOn).length + cycleRefs(model);
    expect(checked).toBe(expected);
  });

  it('has bookmarks for each section, unit and evidence item, pointing at their pages', async () => {
    const { pdf, pages, model } = await get();
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual(['Cover', 'Contents', ...SECTIONS]);
    const evidence = outline.find((o) => o.title === 'Evidence');
    expect(evidence?.items.map((i) => i.title)).toEqual(model.evidence.items.map((i) => `${i.ref} ${i.title}`));
    for (const [i, entry] of (evidence?.items ?? []).entries()) {
      const item = model.evidence.items[i];
      const dest = entry.dest;
      if (!item || !Array.isArray(dest)) throw new Error(`bookmark ${entry.title} has no destination`);
      expect((await pdf.getPageIndex(dest[0])) + 1).toEqual(headingPage(pages, item.ref, item.title)[0]);
    }
    const coverage = outline.find((o) => o.title === 'Coverage by unit');
    expect(coverage?.items.map((i) => i.title)).toEqual(model.coverage.units.map((u) => u.heading));
  });
});

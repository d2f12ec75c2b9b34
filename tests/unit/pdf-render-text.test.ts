import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { allMarkingPoints, catalogue } from '../../src/catalogue';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { NOW, UNICODE_SAMPLES, buildSnapshot, pageCount, pagesText, renderToFile, richPortfolio, squash } from './pdf-helpers';

let demo: PortfolioSnapshot;
let demoPdf: { bytes: Uint8Array; path: string };
let richPdf: { bytes: Uint8Array; path: string };

beforeAll(async () => {
  let n = 0;
  demo = await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` });
  demoPdf = await renderToFile(demo);
  richPdf = await renderToFile((await richPortfolio()).snapshot);
}, 60_000);

describe('the PDF’s text, read back with pdftotext', () => {
  it('has every marking point verbatim, and every evidence reference and title', () => {
    const text = squash(pagesText(demoPdf.path, '-raw').join(' '));
    for (const mp of allMarkingPoints) expect(text, mp.id).toContain(squash(mp.text));
    for (const e of demo.evidence) expect(text, e.ref).toContain(squash(`${e.ref} ${e.title}`));
    for (const unit of catalogue.units) expect(text).toContain(`Unit ${unit.number}: ${unit.title}`);
  });

  it('has the cover, the declaration and the sections in order', () => {
    // Each section's first page, leaving out the contents page (which names them all).
    const pages = pagesText(demoPdf.path, '-raw').map(squash);
    const firstPage = (s: string) => pages.findIndex((text) => !text.startsWith('Contents') && text.includes(s)) + 1;
    const order = [
      'EVIDENCE PORTFOLIO',
      'Learner declaration of authenticity',
      'Contents',
      'Coverage by unit',
      'Mapping matrix',
      'EVIDENCE 1 OF 20',
      'EVIDENCE 20 OF 20',
      'Assessor decisions and feedback',
      'Gap list',
    ];
    const at = order.map((s) => (s === 'Contents' ? pages.findIndex((text) => text.startsWith('Contents')) + 1 : firstPage(s)));
    expect(at[0]).toBe(1);
    expect(at.every((p) => p > 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pages[0]).toContain('Learner number CS3-204817');
  });

  it('prints the names and punctuation a UK learner types, and replaces what the font lacks visibly', () => {
    const text = pagesText(richPdf.path, '-raw').join('\n');
    for (const s of UNICODE_SAMPLES) expect(text).toContain(s);
    expect(text).toContain('Formal complaint: “late refund” – resolved in 3 days');
    expect(text).toContain('Unsupported characters: �� and � must not turn into garbage.');
    expect(text).not.toContain('漢');
  });

  it('puts a header and "Page N of M" on every page', () => {
    const pages = pagesText(richPdf.path);
    expect(pages).toHaveLength(pageCount(richPdf.path));
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toMatch(/^\s*Zoë Brontë\s+Level 3 Customer Service/);
    });
  });

  it('carries document metadata: title, author, subject and creator', () => {
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', richPdf.path], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Evidence portfolio: Zoë Brontë, Level 3 Customer Service$/m);
    expect(info).toMatch(/^Author:\s+Zoë Brontë$/m);
    expect(info).toMatch(/^Subject:\s+Assessor-ready evidence portfolio for Level 3 Customer Service$/m);
    expect(info).toMatch(/^Creator:\s+Folio$/m);
  });

  it('comes out the same twice: same pages, same bytes', async () => {
    const again = await renderToFile(demo);
    expect(pageCount(again.path)).toBe(pageCount(demoPdf.path));
    expect(Buffer.from(again.bytes).equals(Buffer.from(demoPdf.bytes))).toBe(true);
  });
});

describe('special portfolios', () => {
  it('renders an empty portfolio as a valid PDF that says it has no evidence yet', async () => {
    const { snapshot } = await buildSnapshot([]);
    const { path } = await renderToFile(snapshot);
    expect(pageCount(path)).toBeGreaterThan(4);
    const text = squash(pagesText(path).join(' '));
    expect(text).toContain('This portfolio contains no evidence yet.');
    expect(text).toContain('21 marking points with no evidence mapped yet.');
    for (const mp of allMarkingPoints) expect(text).toContain(squash(mp.text));
  });

  it('limits an export to the chosen units and says so', async () => {
    const { snapshot } = await richPortfolio();
    const { path } = await renderToFile(snapshot, { unitIds: ['EXT'] });
    const text = squash(pagesText(path, '-raw').join(' '));
    expect(text).toContain('This export covers Unit 1 (EXT) only, with the 2 evidence items mapped to it.');
    for (const mp of catalogue.units[0]?.markingPoints ?? []) expect(text).toContain(squash(mp.text));
    const other = allMarkingPoints.find((mp) => mp.id === 'PRN-1');
    expect(text).not.toContain(squash(other?.text ?? '?'));
    expect(text).toContain('EVIDENCE 2 OF 2');
    expect(text).not.toContain('Witness testimony from my manager');
  });
});

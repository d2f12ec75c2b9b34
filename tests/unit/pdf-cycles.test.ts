import { beforeAll, describe, expect, it } from 'vitest';
import { buildPdfModel } from '../../src/pdf/model/build';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { NOW, pagesText, renderToFile, richPortfolio, squash } from './pdf-helpers';

let demo: PortfolioSnapshot;
let pages: string[];

beforeAll(async () => {
  let n = 0;
  demo = await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` });
  pages = pagesText((await renderToFile(demo)).path, '-raw').map(squash);
}, 60_000);

describe('plan-do-review cycles in the PDF', () => {
  it('prints each cycle’s stages with the item references after the coverage, read back from the PDF', () => {
    const first = (s: string) => pages.findIndex((t) => !t.startsWith('Contents') && t.includes(s));
    const at = first('Plan-do-review cycles Each cycle the learner linked');
    expect(at).toBeGreaterThan(first('Coverage by unit'));
    expect(at).toBeLessThan(first('Mapping matrix'));
    const text = pages.slice(at, first('Mapping matrix')).join(' ');
    expect(text).toContain('Call-back promise Every stage has evidence.');
    expect(text).toContain('ISA season 4 stages of 6 with no evidence.');
    expect(text).toContain('Identify need E014 Complaints rising about call-backs');
    expect(text).toContain('Monitor E015 Review after the call-back change Evaluate E015 Review after the call-back change');
    expect(text).toContain('Improve E019 Plan for weekend call-back cover');
    // The references with their pages are written once the pages are known, so they come last in the text.
    for (const ref of ['E014', 'E016', 'E002', 'E015', 'E019', 'E012', 'E013']) expect(text).toMatch(new RegExp(`${ref}, p\\. \\d+`));
    expect(text).toContain('Deliver — Missing. Link an item that shows the service being delivered');
    expect(pages.find((t) => t.startsWith('Contents'))).toContain('Plan-do-review cycles');
  });

  it('names an item left out of a units-only export instead of calling its stage missing', () => {
    const model = buildPdfModel(demo, { now: NOW, includeAttachments: false, unitIds: ['IMP'] });
    const callBacks = model.cycles.cycles.find((c) => c.heading === 'Call-back promise');
    const deliver = callBacks?.rows.find((r) => r.stage === 'Deliver');
    expect(deliver).toEqual({ stage: 'Deliver', evidence: [], note: 'E002: not in this export', missing: false });
    expect(callBacks?.rows.find((r) => r.stage === 'Identify need')?.evidence.map((l) => l.ref)).toEqual(['E014']);
  });

  it('has no cycles section when no item is in a cycle', async () => {
    const model = buildPdfModel((await richPortfolio()).snapshot, { now: NOW, includeAttachments: false });
    expect(model.cycles.cycles).toEqual([]);
    expect(model.contents.map((c) => c.anchor)).not.toContain('cycles');
  });
});

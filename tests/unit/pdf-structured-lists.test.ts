import { beforeAll, describe, expect, it } from 'vitest';
import { buildEvidenceSection } from '../../src/pdf/model/evidence';
import { catalogue } from '../../src/catalogue';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { NOW, headingPage, pagesText, renderToFile, squash } from './pdf-helpers';

let demo: PortfolioSnapshot;
let pages: string[];

beforeAll(async () => {
  let n = 0;
  demo = await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` });
  pages = pagesText((await renderToFile(demo, { includeAttachments: false })).path, '-raw').map(squash);
}, 60_000);

function itemPage(ref: string): string {
  const item = demo.evidence.find((e) => e.ref === ref);
  if (!item) throw new Error(`no ${ref} in the demo`);
  const [page] = headingPage(pages, item.ref, item.title);
  return pages[(page ?? 0) - 1] ?? '';
}

describe('an item’s factors, feedback techniques, legislation and policies in the PDF', () => {
  it('are printed as labelled lines under the item, read back from the PDF', () => {
    expect(itemPage('E006')).toContain('Factors that influence service: Resources • Customer expectations');
    expect(itemPage('E006')).toContain('Legislation: Data Protection Act 2018 / UK GDPR');
    expect(itemPage('E006')).toContain('Organisational standards and policies: ID-check policy');
    expect(itemPage('E009')).toContain('Feedback techniques: Surveys');
    expect(itemPage('E010')).toContain('Organisational standards and policies: Customer charter');
  });

  it('prints no line for a list the item does not have', () => {
    const item = demo.evidence.find((e) => e.ref === 'E001');
    if (!item) throw new Error('no E001 in the demo');
    const section = buildEvidenceSection(item, { catalogue, mappings: [], attachments: [], includeAttachments: false, records: [], versionNumbers: new Map() }, { index: 0, count: 1 });
    expect(section.listLines).toEqual([]);
    expect(itemPage('E001')).not.toMatch(/Factors that influence service:|Feedback techniques:|Legislation:/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildKpiSection } from '../../src/pdf/model/kpis';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { NOW, headingPage, pagesText, renderToFile, squash } from './pdf-helpers';

let demo: PortfolioSnapshot;
let pdfPath: string;

beforeAll(async () => {
  let n = 0;
  demo = await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` });
  pdfPath = (await renderToFile(demo)).path;
}, 60_000);

describe('KPI rows in the PDF', () => {
  it('prints a report’s KPI table with every figure, date and change, read back from the PDF', () => {
    const report = demo.evidence.find((e) => e.title === 'Review after the call-back change');
    if (!report) throw new Error('the demo has the review report');
    const pages = pagesText(pdfPath, '-raw');
    const [page] = headingPage(pages.map(squash), report.ref, report.title);
    const text = squash(pages[(page ?? 1) - 1] ?? '');
    expect(text).toContain('Measure Unit Baseline (date) Target Result (date) Change');
    expect(text).toContain('Call-back complaints a quarter 14 (28 September 2026) 5 3 (2 November 2026) −11 a quarter');
    expect(text).toContain('Call-backs within 1 working day % 82 (28 September 2026) 95 97 (2 November 2026) +15 percentage points');
    expect(text).toContain('Member satisfaction out of 5 4.1 (28 September 2026) 4.3 4.5 (2 November 2026) +0.4 out of 5');
    // The chart's words under its bars, drawn beside the table.
    for (const words of ['Before 14', 'Target 5', 'After 3', 'Before 4.1', 'After 4.5']) expect(text).toContain(words);
  });

  it('says a row has no result yet, and draws no "after" for it', () => {
    const report = demo.evidence.find((e) => e.title === 'Complaints rising about call-backs');
    if (!report) throw new Error('the demo has the Q2 report');
    const section = buildKpiSection(report);
    expect(section?.body[0]).toEqual(['Call-back complaints', 'a quarter', '14 (28 September 2026)', '5', 'Not yet', 'No result yet']);
    expect(section?.charts[0]?.row).toEqual({ baseline: 14, target: 5 });
    const pages = pagesText(pdfPath, '-raw');
    const [page] = headingPage(pages.map(squash), report.ref, report.title);
    expect(squash(pages[(page ?? 1) - 1] ?? '')).toContain('Call-back complaints a quarter 14 (28 September 2026) 5 Not yet No result yet');
  });

  it('leaves the KPI section out for a report stored as text only, whose text prints as before', () => {
    const report = demo.evidence.find((e) => e.title.startsWith('Why service keeps members'));
    if (!report) throw new Error('the demo has a text-only report');
    expect(buildKpiSection(report)).toBeUndefined();
    const pages = pagesText(pdfPath, '-raw');
    const [page] = headingPage(pages.map(squash), report.ref, report.title);
    const text = squash(pages[(page ?? 1) - 1] ?? '');
    expect(text).toContain('Member retention 91% (target 90%)');
    expect(text).not.toContain('Baseline (date)');
  });

  it('names the KPI rows an improvement claims, with their before and after', () => {
    const note = demo.evidence.find((e) => e.title === 'Justifying the call-back change with our standards');
    if (!note) throw new Error('the demo has the briefing note');
    const pages = pagesText(pdfPath, '-raw');
    const [page] = headingPage(pages.map(squash), note.ref, note.title);
    expect(squash(pages[(page ?? 1) - 1] ?? '')).toContain('KPIs this item moved: E015 · Call-back complaints (a quarter), 14 → 3');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, pagesText, renderToFile, squash } from './pdf-helpers';

let coverage: string;

beforeAll(async () => {
  // Seven items all mapped to EXT-1: its coverage cell lists seven references.
  const { snapshot } = await buildSnapshot(
    Array.from({ length: 7 }, (_, i) => ({ title: `Comment card ${i + 1}`, kind: 'customer-feedback' as const, date: '2026-05-04', maps: { 'EXT-1': 'Shows who external customers are.' } })),
  );
  const pages = pagesText((await renderToFile(snapshot)).path, '-layout');
  coverage = pages.find((text) => text.includes('Coverage by unit') && !text.includes('Contents')) ?? '';
}, 60_000);

describe('a coverage cell in the PDF', () => {
  it('lists its references as one wrapped run, "E001, p. N · E002, p. N", not one per line', () => {
    const rows = coverage.split('\n').filter((line) => /E\d{3}, p\. \d+/.test(line));
    const refs = rows.flatMap((line) => [...line.matchAll(/E\d{3}, p\. \d+/g)].map((m) => m[0]));
    expect(refs.map((r) => r.slice(0, 4))).toEqual(['E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007']);
    // Seven references in at most four lines: two or more to a line, separated by a middle dot.
    expect(rows.length).toBeLessThanOrEqual(4);
    expect(squash(rows[0] ?? '')).toMatch(/E001, p\. \d+ · E002, p\. \d+/);
  });

  it('never breaks a line inside a reference', () => {
    for (const line of coverage.split('\n')) {
      expect(line, line).not.toMatch(/E\d{3},\s*$/);
      expect(line.trim(), line).not.toMatch(/^p\. \d+/);
    }
  });
});

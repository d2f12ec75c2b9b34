import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, longText, pagesText, redBluePng, renderToFile, squash } from './pdf-helpers';

let pages: string[];
// Titles of every length around a line's width, so that some would break inside "61 % → 78 %".
const TITLES = Array.from({ length: 16 }, (_, k) => `Team resolution in the quarter ${'w'.repeat(k + 1)} rose 61 % → 78 % overall`);

beforeAll(async () => {
  const { snapshot } = await buildSnapshot([
    {
      title: 'Handling an upset caller',
      kind: 'reflective-account',
      date: '2026-05-04',
      reflection: longText(2600),
      // Long enough to run from the first page on to the next inside the details table.
      fields: { situation: longText(1400) },
      files: [
        { name: 'whiteboard.png', type: 'image/png', bytes: redBluePng(300, 400) },
        { name: 'rota.png', type: 'image/png', bytes: redBluePng(300, 400) },
      ],
    },
    ...TITLES.map((title) => ({ title, kind: 'performance-report' as const, date: '2026-06-01' })),
  ]);
  pages = pagesText((await renderToFile(snapshot)).path, '-raw');
}, 60_000);

describe('a long item in the PDF, page by page', () => {
  it('repeats its reference and title with "(continued)" and the part under way on every page it runs on to', () => {
    const own = pages.flatMap((text, i) => (squash(text).includes('EVIDENCE 1 OF 17') ? [i] : []));
    expect(own).toHaveLength(1);
    const start = own[0] ?? 0;
    const next = pages.findIndex((text) => squash(text).includes('EVIDENCE 2 OF 17'));
    const continued = pages.slice(start + 1, next);
    expect(continued.length).toBeGreaterThanOrEqual(3);
    for (const text of continued) expect(squash(text)).toContain('E001 Handling an upset caller (continued)');
    // The reflection runs over pages, then the photos take pages of their own: each page says which.
    expect(continued.some((text) => squash(text).includes('(continued) Reflection'))).toBe(true);
    // In the details table, the field under way is named beside its section.
    expect(squash(continued[0] ?? '')).toContain('E001 Handling an upset caller (continued) Details: The situation');
    const photoPages = continued.filter((text) => squash(text).includes('(continued) Images'));
    expect(photoPages.length).toBeGreaterThanOrEqual(1);
    expect(photoPages.some((text) => text.includes('rota.png'))).toBe(true);
  });

  it('does not mark the next item’s own first page, nor later sections, as a continuation', () => {
    const next = pages.findIndex((text) => squash(text).includes('EVIDENCE 2 OF 17'));
    for (const text of pages.slice(next)) expect(text).not.toContain('(continued)');
  });

  it('keeps "61 % → 78 %" together when a title wraps, whatever its length', () => {
    const first = pages.findIndex((text) => squash(text).includes('EVIDENCE 2 OF 17'));
    const titlePages = pages.slice(first).filter((text) => /EVIDENCE \d+ OF 17/.test(text));
    expect(titlePages).toHaveLength(TITLES.length);
    for (const page of titlePages) {
      const lines = page.split('\n').map((line) => line.trim());
      expect(lines.some((line) => line.includes('61 % → 78 %')), page.slice(0, 200)).toBe(true);
    }
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, longText, pagesText, renderToFile, richPortfolio, squash } from './pdf-helpers';

interface Word {
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every word on every page with its box (points, y down), as pdftotext -bbox reads them. */
function words(path: string): Word[][] {
  const html = path.replace(/\.pdf$/, '.html');
  execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, html]);
  return readFileSync(html, 'utf8')
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[5] ?? '',
        x1: Number(m[1]),
        y1: Number(m[2]),
        x2: Number(m[3]),
        y2: Number(m[4]),
      })),
    );
}

const mm = (v: number) => (v * 72) / 25.4;

/** Words whose boxes cross by more than a sliver: text drawn over text. */
function overlaps(page: Word[]): [string, string][] {
  const sorted = [...page].sort((a, b) => a.y1 - b.y1);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.y1 < a.y2; j++) {
      const b = sorted[j]!;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > 0.5 && dy > 0.4 * Math.min(a.y2 - a.y1, b.y2 - b.y1)) out.push([a.text, b.text]);
    }
  }
  return out;
}

/** Every word inside the margins, and in the header band, the body or the footer band, never between. */
function misplaced(page: Word[]): string[] {
  return page
    .filter((w) => {
      const inside = w.x1 >= mm(18) - 1 && w.x2 <= mm(192) + 1;
      const header = w.y2 <= mm(13);
      const body = w.y1 >= mm(24) - 2.5 && w.y2 <= mm(279) + 1.5;
      const footer = w.y1 >= mm(285);
      return !inside || !(header || body || footer);
    })
    .map((w) => `${w.text} @ ${w.x1.toFixed(0)},${w.y1.toFixed(0)}–${w.x2.toFixed(0)},${w.y2.toFixed(0)}`);
}

async function extremes() {
  return buildSnapshot([
    {
      title: `A very long title that keeps going ${'and going '.repeat(15)}until it has to wrap`.slice(0, 200),
      kind: 'reflective-account',
      date: '2026-05-01',
      fields: {
        situation: `A link nobody can break: https://example.org/${'x'.repeat(300)}`,
        actions: longText(900),
        outcome: Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of a list typed with line breaks`).join('\n'),
      },
      reflection: longText(2500),
      tags: Array.from({ length: 30 }, (_, i) => `Organisational policy number ${i + 1}`),
      maps: { 'EXT-1': 'One line of rationale.', 'REL-1': `A long rationale ${'that goes on '.repeat(20)}`.slice(0, 300) },
    },
  ]);
}

describe('layout', () => {
  it.each([
    ['a portfolio with long fields, images and tables', async () => (await richPortfolio()).snapshot],
    ['one item with extreme text', async () => (await extremes()).snapshot],
  ])('keeps text inside the body, clear of the header and footer, with nothing overlapping: %s', async (_name, make) => {
    const { path } = await renderToFile(await make());
    const pages = words(path);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      expect(misplaced(page), `page ${i + 1}`).toEqual([]);
      expect(overlaps(page), `page ${i + 1}`).toEqual([]);
    });
  });

  it('wraps and breaks long text across pages without losing a word', async () => {
    const { snapshot } = await extremes();
    const { path } = await renderToFile(snapshot);
    // Leaves out the page chrome and the lines that name the item at the top of each page it runs on to.
    const chrome = /Zoë Brontë Level 3 Customer Service|Evidence portfolio · generated [^\n]*?Page \d+ of \d+|E\d{3} [^\n]*\(continued\)\n(Details[^\n]*|Reflection)\n/g;
    const text = squash(pagesText(path, '-raw').join(' ').replace(chrome, ' '));
    expect(text).toContain(squash(snapshot.evidence[0]?.reflection ?? '?'));
    expect(text).toContain('Line 40 of a list typed with line breaks');
    expect(text.replace(/ /g, '')).toContain('x'.repeat(300));
  });
});

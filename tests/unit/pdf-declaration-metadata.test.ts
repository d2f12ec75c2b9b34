import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/samples/demo';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { NOW, pagesText, renderToFile, squash } from './pdf-helpers';

let demo: PortfolioSnapshot;
beforeAll(async () => {
  let n = 0;
  demo = await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` });
});

describe('the learner’s declaration', () => {
  it('says the work is the learner’s own, and claims nothing Folio has not done (no personal details “removed”)', async () => {
    const { path } = await renderToFile(demo);
    const page = pagesText(path, '-raw').map(squash).find((text) => !text.startsWith('Contents') && text.includes('Learner declaration of authenticity'));
    expect(page).toContain(`I, ${demo.portfolio.learnerName}, confirm that the evidence in this portfolio is my own work`);
    expect(page).not.toMatch(/personal details|removed/i);
  }, 60_000);
});

describe('the PDF’s metadata', () => {
  it('carries no control characters from the learner’s name, read back with pdfinfo', async () => {
    // A name that came in from a file: a bell, a terminal escape sequence, a line break and a C1 CSI.
    const learnerName = 'Zoë\u0007 Brontë\u001b[2J\r\nSmith\u009b';
    const { path } = await renderToFile({ ...demo, portfolio: { ...demo.portfolio, learnerName } });
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
    const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];
    expect(field('Author')).toBe('Zoë Brontë [2J Smith');
    expect(field('Title')).toBe('Evidence portfolio: Zoë Brontë [2J Smith, Level 3 Customer Service');
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    expect(info).not.toMatch(control);
    // Every line of pdfinfo's output is a field: a line break in the name would have started a stray line.
    expect(info.split('\n').filter((line) => line !== '').every((line) => /^[A-Za-z ]+:/.test(line))).toBe(true);
  }, 60_000);
});

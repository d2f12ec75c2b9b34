import { describe, expect, it } from 'vitest';
import { buildIqaPdfModel, renderIqaPdf, type IqaPdfInput } from '../../src/pdf/iqa';
import { loadFontNode } from '../../src/pdf/render/font-node';
import { IQA_KEY, iqaInput, iqaLines, MORGAN_KEY } from './iqa-pdf-fixtures';
import { pageCount, pagesText, squash, writeTemp } from './pdf-helpers';

async function render(input: IqaPdfInput): Promise<{ pages: string[]; text: string; path: string }> {
  const path = writeTemp(await renderIqaPdf(input, await loadFontNode()));
  const pages = pagesText(path);
  // Read in drawing order, so that a table cell's wrapped lines come out together.
  return { pages, text: squash(pagesText(path, '-raw').join(' ')), path };
}

describe('the IQA sampling record PDF', { timeout: 60_000 }, () => {
  it('names the round, who drew it and when, and every part of the plan', async () => {
    const { pages } = await render(iqaInput());
    const first = squash(pages[0] ?? '');
    for (const words of [
      'Internal quality assurance: sampling record',
      'Autumn interim sample — Leeds',
      'Drawn by Priya Shah, internal quality assurer',
      'Started 20 November 2026, 09:15',
      'Stage Interim (during the course)',
      'Share sampled 25 % of each assessor’s decisions',
      'New assessors Morgan Ellis: 100 % of their decisions',
      'Units to cover Unit 3: Organise and deliver customer service',
      'Methods to cover Observation Professional discussion',
      'Not-yet-met weight ×3 for units with many not-yet-met decisions',
      'Seed 42',
      'The sample meets the plan',
    ]) {
      expect(first).toContain(words);
    }
  });

  it('says what the sample still misses when it does not meet the plan', async () => {
    const { pages } = await render(iqaInput({ coverage: { met: false, missing: ['Unit 3 has no decision in the sample', 'Sam Okafor: 2 of 3 decisions sampled'] } }));
    const first = squash(pages[0] ?? '');
    expect(first).toContain('The sample does not yet meet the plan: • Unit 3 has no decision in the sample • Sam Okafor: 2 of 3 decisions sampled');
    expect(first).not.toContain('The sample meets the plan');
  });

  it('reports each assessor: decisions, sampled, agreed, to action, disagreed, awaiting, plan met', async () => {
    const { pages } = await render(
      iqaInput({
        reports: [
          { assessor: 'Morgan Ellis', isNew: true, decisions: 7, sampled: 7, agreed: 4, toAction: 2, disagreed: 1, awaiting: 0, planMet: true },
          { assessor: 'Sam Okafor', isNew: false, decisions: 40, sampled: 9, agreed: 5, toAction: 0, disagreed: 0, awaiting: 4, planMet: false },
        ],
      }),
    );
    const first = pages[0] ?? '';
    expect(first).toMatch(/Morgan Ellis\s+7\s+7\s+4\s+2\s+1\s+0\s+Yes/);
    expect(first).toMatch(/Sam Okafor\s+40\s+9\s+5\s+0\s+0\s+4\s+No/);
    expect(squash(first)).toContain('(new assessor)');
  });

  it('lists every sampled decision: learner, point, assessor, outcome, date, signature, why chosen, and the IQA’s outcome', async () => {
    const input = iqaInput();
    const { text } = await render(input);
    for (const [i, line] of input.lines.entries()) {
      expect(text).toContain(line.learnerNumber);
      for (const reason of line.reasons) expect(text).toContain(reason);
      if (line.iqa?.comment) expect(text).toContain(`“${line.iqa.comment}”`);
      const methods = line.methods.length > 0 ? ` Methods: ${line.methods.join(', ')}` : '';
      expect(text).toContain(`${line.decisionOutcome}, ${1 + (i % 20)} November 2026 by ${line.assessor}${methods} Signature: ${line.decisionSignature}`);
    }
    // Lines 3 and 6 await the IQA; the others show the outcome, who and when, and its signature.
    expect(text.split('Not yet recorded').length - 1).toBe(2);
    expect(text).toContain('Agreed, 24 November 2026 by Priya Shah Signature: signature verified, signer confirmed');
    expect(text).toContain('Assessor to action, 24 November 2026 by Priya Shah');
    expect(text).toContain('Signature: signature does not verify');
  });

  it('prints every signer’s key fingerprint, grouped as Folio shows it', async () => {
    const { text } = await render(iqaInput());
    expect(text).toContain('AB12 CD34 EF56 AB12 CD34 EF56 AB12 CD34');
    expect(text).toContain('0F1E 2D3C 4B5A 6978 0F1E 2D3C 4B5A 6978');
    expect(text).toContain('4 IQA outcomes');
    expect(MORGAN_KEY).not.toBe(IQA_KEY);
  });

  it('a long sample runs over pages with the header row repeated, and every line numbered', async () => {
    const input = iqaInput({ lines: iqaLines(40) });
    const { pages, path } = await render(input);
    expect(pageCount(path)).toBeGreaterThan(3);
    const linePages = pages.filter((p) => p.includes('Chosen because'));
    expect(linePages.length).toBeGreaterThan(2);
    for (const line of input.lines) expect(pages.join('\n')).toContain(line.learnerNumber);
  });
});

describe('the IQA sampling record model', () => {
  it('an empty round says so rather than drawing empty tables', () => {
    const model = buildIqaPdfModel(iqaInput({ lines: [], reports: [], signers: [] }));
    expect(model.lines.rows).toEqual([]);
    expect(model.lines.empty).toBe('The sample holds no decisions.');
    expect(model.report.empty).toBe('No assessor decisions were found to sample.');
    expect(model.signers.intro).toBe('Nothing in this record is signed.');
  });

  it('bullets a line’s reasons when there are several', () => {
    const model = buildIqaPdfModel(iqaInput());
    expect(model.lines.rows[1]?.[3]).toBe('• drawn at random for Sam Okafor’s 25 % share (seed 42), line 2\n• covers the method observation, which the plan requires');
    expect(model.lines.rows[0]?.[3]).toBe('Morgan Ellis is a new assessor: 100 % of their decisions are sampled (line 1)');
  });
});

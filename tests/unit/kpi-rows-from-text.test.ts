import { describe, expect, it } from 'vitest';
import { readKpiText } from '../../src/domain/kpi/kpi-rows-from-text';

describe('reading KPIs written as text into proposed rows', () => {
  it('reads before, target and after from labels before or after each figure', () => {
    expect(readKpiText('Replies within 24 hours: 61% before, 78% after').rows).toEqual([{ measure: 'Replies within 24 hours', unit: '%', baseline: 61, result: 78 }]);
    expect(readKpiText('Replies within 24 hours (%): baseline 61, target 90, result 78').rows).toEqual([
      { measure: 'Replies within 24 hours', unit: '%', baseline: 61, target: 90, result: 78 },
    ]);
    expect(readKpiText('Average reply time 30 hours before, 12 hours after').rows).toEqual([{ measure: 'Average reply time', unit: 'hours', baseline: 30, result: 12 }]);
  });

  it('reads the demo’s reports, one row per ";" part, with unlabelled figures as the actual result', () => {
    expect(readKpiText('Call-back complaints 3 (down from 14); call-backs within 1 day 97%; satisfaction up from 4.1 to 4.5.').rows).toEqual([
      { measure: 'Call-back complaints', unit: '', result: 3, baseline: 14 },
      { measure: 'Call-backs within 1 day', unit: '%', result: 97 },
      { measure: 'Satisfaction', unit: '', baseline: 4.1, result: 4.5 },
    ]);
    expect(readKpiText('Member retention 91% (target 90%); complaints per 1,000 accounts 2.1 (target under 3); NPS +38.').rows).toEqual([
      { measure: 'Member retention', unit: '%', result: 91, target: 90 },
      { measure: 'Complaints per 1,000 accounts', unit: '', result: 2.1, target: 3 },
      { measure: 'NPS', unit: '', result: 38 },
    ]);
  });

  it('reads one KPI per line', () => {
    const { rows, unread } = readKpiText('First-contact resolution 72% (target 80%)\nAbandoned calls 6% (target under 5%)\n');
    expect(rows.map((r) => r.measure)).toEqual(['First-contact resolution', 'Abandoned calls']);
    expect(unread).toEqual([]);
  });

  it('keeps what it cannot read, as written, and proposes nothing from it', () => {
    expect(readKpiText('Complaints are much lower now and members seem happier')).toEqual({ rows: [], unread: ['Complaints are much lower now and members seem happier'] });
    const mixed = readKpiText('Call-back complaints 3 (down from 14); the team was pleased');
    expect(mixed.rows).toHaveLength(1);
    expect(mixed.unread).toEqual(['the team was pleased']);
    // A figure with no measure named before it is not a row.
    expect(readKpiText('Baseline 61%, target 90%').rows).toEqual([]);
    expect(readKpiText('')).toEqual({ rows: [], unread: [] });
  });

  it('does not take reference numbers or figures inside a measure’s name as results', () => {
    expect(readKpiText('See E004 for the log').rows).toEqual([]);
    expect(readKpiText('Replies within 24 hours').rows).toEqual([]);
  });

  it('reads a long hostile text quickly and leaves over-long parts as text', () => {
    const hostile = `${'1 '.repeat(50_000)}x;${' '.repeat(50_000)}9`;
    const reading = readKpiText(hostile);
    expect(reading.rows).toEqual([]);
    expect(reading.unread).toHaveLength(2);
  });
});

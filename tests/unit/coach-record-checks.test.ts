import { describe, expect, it } from 'vitest';
import { checkComplaintRecord } from '../../src/domain/coach/complaint-record';
import { checkFeedbackAnalysis } from '../../src/domain/coach/feedback-analysis';
import { checkMeasurableStandard } from '../../src/domain/coach/measurable-standard';
import { checkServicePlan } from '../../src/domain/coach/service-plan';
import { goodComplaint, input, item } from './coach-fixtures';

describe('complaint record check', () => {
  it('is quiet on a classed complaint with every stage', () => {
    expect(checkComplaintRecord(input([item({ number: 1, kind: 'complaint', fields: goodComplaint }), 'EXT-3']))).toEqual([]);
  });

  it('asks for a class when the complaint is neither formal nor informal', () => {
    const e = item({ number: 1, kind: 'complaint', fields: { ...goodComplaint, classification: '' } });
    const found = checkComplaintRecord(input([e, 'EXT-3']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'complaint-record', severity: 'fix', evidenceIds: ['ev-1'], markingPointIds: ['EXT-3'] });
    expect(found[0]?.message).toMatch(/formal or informal\. Choose one/);
    expect(found[0]?.source.section).toBe('misconceptions');
  });

  it.each([
    ['acknowledgement', 'acknowledged', 'how and when you acknowledged it'],
    ['investigation', 'investigated', 'how you investigated it'],
    ['resolution', 'resolved', 'how it was resolved'],
    ['recordedIn', 'recorded', 'where it was recorded'],
  ])('names the missing stage when %s is empty', (key, stage, ask) => {
    const e = item({ number: 2, kind: 'complaint', fields: { ...goodComplaint, [key]: '  ' } });
    const [finding, ...rest] = checkComplaintRecord(input([e]));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('fix');
    expect(finding?.message).toContain(`was ${stage}.`);
    expect(finding?.message).toContain(`Add ${ask}.`);
    expect(finding?.source.section).toBe('markingPoints');
  });

  it('lists every missing stage in one finding, and only prompts for an informal comment', () => {
    const e = item({ number: 3, kind: 'complaint', fields: { ...goodComplaint, classification: 'Informal', investigation: '', recordedIn: '' } });
    const found = checkComplaintRecord(input([e]));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('consider');
    expect(found[0]?.message).toContain('was investigated or recorded. Add how you investigated it and where it was recorded.');
  });

  it('looks only at complaint records', () => {
    expect(checkComplaintRecord(input([item({ number: 4, kind: 'other', fields: { description: 'A complaint' } })]))).toEqual([]);
  });
});

describe('measurable standard check', () => {
  it.each(['Reply within 24 hours', 'Answer within 20 seconds', 'Call back the same working day', 'Resolve within a week', 'Ninety-five per cent first-contact resolution', 'Two working days'])(
    'is quiet on "%s"',
    (standard) => {
      expect(checkMeasurableStandard(input([item({ number: 1, kind: 'service-log', fields: { serviceDelivered: 'Calls', standard } })]))).toEqual([]);
    },
  );

  it.each(['Good service', 'Be polite and helpful', 'Answer promptly'])('asks for a number or timescale on "%s"', (standard) => {
    const found = checkMeasurableStandard(input([item({ number: 1, kind: 'service-log', fields: { serviceDelivered: 'Calls', standard } }), 'EXT-2']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'measurable-standard', severity: 'fix', markingPointIds: ['EXT-2'] });
    expect(found[0]?.message).toContain('states its quality standard with no number or timescale');
    expect(found[0]?.message).toContain('reply within 24 hours');
  });

  it('asks for the standard when a service log names none', () => {
    const found = checkMeasurableStandard(input([item({ number: 1, kind: 'service-log', fields: { serviceDelivered: 'Calls' } })]));
    expect(found[0]?.message).toContain('names no quality standard');
  });

  it('reads a plan’s objectives and a report’s KPIs', () => {
    const plan = item({ number: 1, kind: 'service-plan', fields: { objectives: 'Give customers a great experience' } });
    const report = item({ number: 2, kind: 'performance-report', fields: { kpis: 'Satisfaction good, complaints low' } });
    const good = item({ number: 3, kind: 'performance-report', fields: { kpis: 'Satisfaction 4.5 (target 4.2)' } });
    expect(checkMeasurableStandard(input([plan], [report], [good])).map((f) => f.evidenceIds[0])).toEqual(['ev-1', 'ev-2']);
  });
});

describe('feedback analysis check', () => {
  const feedback = { collectionMethod: 'Survey', feedback: 'Slow replies.' };

  it('is quiet when feedback is analysed and acted on', () => {
    const e = item({ number: 1, kind: 'customer-feedback', fields: { ...feedback, analysis: 'Three of five mention speed.', actionTaken: 'Added a reply target.' } });
    expect(checkFeedbackAnalysis(input([e]))).toEqual([]);
  });

  it('is a fix when there is neither analysis nor action', () => {
    const found = checkFeedbackAnalysis(input([item({ number: 1, kind: 'customer-feedback', fields: feedback }), 'REL-3']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'feedback-analysis', severity: 'fix', markingPointIds: ['REL-3'] });
    expect(found[0]?.message).toContain('not how you analysed the feedback (themes, comparisons, what it shows) and the action you took as a result. Add both');
  });

  it('is a prompt when one of the two is missing', () => {
    const noAction = item({ number: 1, kind: 'customer-feedback', fields: { ...feedback, analysis: 'Grouped by theme.' } });
    const found = checkFeedbackAnalysis(input([noAction]));
    expect(found[0]?.severity).toBe('consider');
    expect(found[0]?.message).toContain('not the action you took as a result. Add it');
  });

  it('reads survey results’ analysis and recommendations', () => {
    const survey = item({ number: 2, kind: 'survey-results', fields: { method: 'Survey', findings: '70% happy', analysis: 'By age group.' } });
    expect(checkFeedbackAnalysis(input([survey]))[0]?.message).toContain('the changes you recommend');
  });
});

describe('service plan check', () => {
  const full = { objectives: 'Reply within 24 hours', resources: 'Two advisers', timeline: 'March', roles: 'Lead: me', contingencies: 'Cover from branch B' };

  it('is quiet on a plan with every part', () => {
    expect(checkServicePlan(input([item({ number: 1, kind: 'service-plan', fields: full }), 'DEL-2']))).toEqual([]);
  });

  it('names each missing part', () => {
    const e = item({ number: 1, kind: 'service-plan', fields: { ...full, timeline: '', contingencies: ' ' } });
    const found = checkServicePlan(input([e, 'DEL-2']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'service-plan', severity: 'fix', markingPointIds: ['DEL-2'] });
    expect(found[0]?.message).toContain('with no timelines or contingencies. Fill them in');
  });
});

import { describe, expect, it } from 'vitest';
import { checkImprovementMeasure } from '../../src/domain/coach/improvement-measure';
import { checkInternalCustomer } from '../../src/domain/coach/internal-customer';
import { checkPolicyReference } from '../../src/domain/coach/policy-reference';
import { checkReferralDetails } from '../../src/domain/coach/referral-details';
import { checkReflectionEvaluation, MIN_EVALUATION_WORDS } from '../../src/domain/coach/reflection-evaluation';
import { goodComplaint, input, item } from './coach-fixtures';

describe('internal customer check', () => {
  const colleague = (customerType: 'internal' | 'external' | 'both') => item({ number: 1, kind: 'witness-testimony', customerType, fields: { witnessName: 'A', witnessRole: 'B', statement: 'C' } });

  it('flags only the external-customer points an internal item is mapped to', () => {
    const found = checkInternalCustomer(input([colleague('internal'), 'EXT-1', 'REL-5', 'EXT-3']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'internal-customer', severity: 'fix', evidenceIds: ['ev-1'], markingPointIds: ['EXT-1', 'EXT-3'] });
    expect(found[0]?.message).toContain('EXT-1 and EXT-3 ask for external customers. Map an item with external customers there instead');
  });

  it('is quiet for internal customers on other points, and for external or mixed customers anywhere', () => {
    expect(checkInternalCustomer(input([colleague('internal'), 'REL-5']))).toEqual([]);
    expect(checkInternalCustomer(input([colleague('external'), 'EXT-1']))).toEqual([]);
    expect(checkInternalCustomer(input([colleague('both'), 'EXT-1']))).toEqual([]);
  });
});

describe('reflection evaluation check', () => {
  const account = (nextTime: string) => item({ number: 1, kind: 'reflective-account', fields: { situation: 'S', actions: 'A', nextTime } });

  it('is quiet on a concrete evaluation', () => {
    expect(checkReflectionEvaluation(input([account('Warn members earlier when systems are down.'), 'DEL-4']))).toEqual([]);
  });

  it.each([
    ['', 'has nothing under'],
    ['Do better next time.', 'has only a few words under'],
    ['  ', 'has nothing under'],
  ])('prompts when the evaluation is "%s"', (nextTime, said) => {
    const found = checkReflectionEvaluation(input([account(nextTime), 'DEL-4']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'reflection-evaluation', severity: 'consider', markingPointIds: ['DEL-4'] });
    expect(found[0]?.message).toContain(`${said} “What you would do differently”. Evaluate what happened`);
  });

  it('draws the line at the stated word count', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(checkReflectionEvaluation(input([account(words(MIN_EVALUATION_WORDS - 1))]))).toHaveLength(1);
    expect(checkReflectionEvaluation(input([account(words(MIN_EVALUATION_WORDS))]))).toEqual([]);
  });
});

describe('referral details check', () => {
  it('reads a complaint’s escalation field', () => {
    const good = item({ number: 1, kind: 'complaint', fields: { ...goodComplaint, escalation: 'Passed to my supervisor with the customer details and a summary.' } });
    const vague = item({ number: 2, kind: 'complaint', fields: { ...goodComplaint, escalation: 'Passed it on straight away.' } });
    const found = checkReferralDetails(input([good, 'REL-4'], [vague, 'REL-4']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'referral-details', severity: 'fix', evidenceIds: ['ev-2'], markingPointIds: ['REL-4'] });
    expect(found[0]?.message).toContain('does not say who you referred it to (their role) or what information you passed on. Name the role');
  });

  it('names only what is missing', () => {
    const noInfo = item({ number: 1, kind: 'complaint', fields: { ...goodComplaint, escalation: 'Sent to the branch manager.' } });
    expect(checkReferralDetails(input([noInfo]))[0]?.message).toContain('does not say what information you passed on.');
  });

  it('reads the whole of an item mapped to a referral point, and names that point', () => {
    const vague = item({ number: 1, kind: 'reflective-account', fields: { situation: 'A hard query came in.', actions: 'I referred it.' } });
    const good = item({ number: 2, kind: 'reflective-account', fields: { situation: 'A hard query came in.', actions: 'I referred it to the specialist team with a case summary.' } });
    const found = checkReferralDetails(input([vague, 'PRN-3', 'REL-5'], [good, 'PRN-4']));
    expect(found.map((f) => [f.evidenceIds, f.markingPointIds])).toEqual([[['ev-1'], ['PRN-3']]]);
  });

  it('is quiet on items with no referral', () => {
    expect(checkReferralDetails(input([item({ number: 1, kind: 'complaint', fields: goodComplaint }), 'EXT-3']))).toEqual([]);
  });
});

describe('improvement measure check', () => {
  const report = (kpis: string) => item({ number: 1, kind: 'performance-report', fields: { kpis } });

  it.each(['Complaints 3 (down from 14)', 'Satisfaction up from 4.1 to 4.5', 'Call-backs in a day went from 82% to 97%', 'Before the change 14 complaints; after it 3'])('is quiet on "%s"', (kpis) => {
    expect(checkImprovementMeasure(input([report(kpis), 'IMP-4']))).toEqual([]);
  });

  it.each(['Complaints are much lower now', 'Complaints 3 (target under 5)', 'Satisfaction improved a lot'])('asks for before and after on "%s"', (kpis) => {
    const found = checkImprovementMeasure(input([report(kpis), 'IMP-4', 'IMP-1']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'improvement-measure', severity: 'fix', markingPointIds: ['IMP-4'] });
    expect(found[0]?.message).toContain('Add the figure before the change and the figure after');
  });

  it('looks only at items claiming a post-improvement evaluation', () => {
    expect(checkImprovementMeasure(input([report('Complaints are much lower now'), 'IMP-1']))).toEqual([]);
  });
});

describe('policy reference check', () => {
  const log = (extra: { tags?: string[]; outcome?: string }) =>
    item({ number: 1, kind: 'service-log', tags: extra.tags ?? [], fields: { serviceDelivered: 'Answered calls', standard: 'Within 20 seconds', outcome: extra.outcome ?? 'Met it' } });

  it('flags an item on a point that asks for policy when it names none', () => {
    const found = checkPolicyReference(input([log({}), 'EXT-2', 'EXT-1', 'IMP-5']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ checkId: 'policy-reference', severity: 'fix', markingPointIds: ['EXT-2', 'IMP-5'] });
    expect(found[0]?.message).toContain('mapped to EXT-2 and IMP-5, which ask you to name the organisational standard, policy or legislation you followed, and it names none. Add it under Legislation');
  });

  it('accepts a tag or a mention in the text', () => {
    expect(checkPolicyReference(input([log({ tags: ['Customer charter'] }), 'EXT-2']))).toEqual([]);
    expect(checkPolicyReference(input([log({ outcome: 'Met the Consumer Rights Act 2015 duties' }), 'EXT-2']))).toEqual([]);
    expect(checkPolicyReference(input([log({ outcome: 'Followed our complaints procedure' }), 'EXT-2']))).toEqual([]);
  });

  it('is quiet on points that do not ask for policy', () => {
    expect(checkPolicyReference(input([log({}), 'EXT-1']))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { evidenceKinds, kindLists } from '../../src/domain/evidence-kinds';
import { legislationChoices, suggestedActs } from '../../src/domain/legislation';
import { LIMITS } from '../../src/domain/schemas';
import { distinctEntries, entryIssue, listExamples } from '../../src/domain/structured-lists';

/** Every word of the catalogue a learner can read, in lower case. */
const catalogueText = catalogue.units
  .flatMap((u) => [u.synopsis, ...u.keyConcepts.flatMap((k) => [k.name, k.text]), ...u.examTips, ...u.misconceptions, ...u.markingPoints.map((mp) => mp.text)])
  .join('\n')
  .toLowerCase();

describe('the seeds’ examples', () => {
  it('are each found in the catalogue’s own text', () => {
    for (const example of [...listExamples.factors, ...listExamples.feedbackTechniques]) expect(catalogueText, example).toContain(example.toLowerCase());
  });

  it('name every act the catalogue names (a joint name such as “… / UK GDPR” by each part)', () => {
    for (const act of suggestedActs) {
      for (const part of act.split(' / ')) expect(catalogueText, part).toContain(part.replace(/^UK /, '').toLowerCase());
    }
    for (const named of ['equality act 2010', 'data protection act 2018', 'consumer rights act 2015']) {
      expect(suggestedActs.some((a) => a.toLowerCase().includes(named)), named).toBe(true);
    }
  });
});

describe('which kinds offer which list', () => {
  it('gives factors to the kinds that describe what influences service, techniques to those about gathering feedback', () => {
    const offering = (list: 'factors' | 'feedbackTechniques') => evidenceKinds.filter((k) => kindLists(k.id).includes(list)).map((k) => k.id);
    expect(offering('factors')).toEqual(['reflective-account', 'professional-discussion', 'service-plan']);
    expect(offering('feedbackTechniques')).toEqual(['customer-feedback', 'reflective-account', 'professional-discussion', 'survey-results']);
    expect(kindLists('no-such-kind')).toEqual([]);
  });
});

describe('entries', () => {
  it('count once whatever their case or spaces', () => {
    expect(distinctEntries(['Resources', ' resources', 'RESOURCES ', 'Culture', ''])).toEqual(['Resources', 'Culture']);
  });

  it('refuse an empty, too long, repeated entry or one past the limit, saying why', () => {
    expect(entryIssue('  ', [], 'factor')).toBe('Type the factor to add first');
    expect(entryIssue('x'.repeat(LIMITS.tagMax + 1), [])).toMatch(/^Keep each entry under 80 characters/);
    expect(entryIssue(' surveys ', ['Surveys'])).toBe('“surveys” is already in the list');
    expect(entryIssue('New', Array.from({ length: LIMITS.tagsMax }, (_, i) => `e${i}`))).toMatch(/^Use at most 30 entries/);
    expect(entryIssue('Staff training', ['Resources'])).toBeUndefined();
  });

  it('offers the suggested acts and the portfolio’s own, each once', () => {
    expect(legislationChoices(['Financial Services and Markets Act 2000', 'equality act 2010'])).toEqual([...suggestedActs, 'Financial Services and Markets Act 2000']);
  });
});

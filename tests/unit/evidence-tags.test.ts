import { describe, expect, it } from 'vitest';
import { addTag, tagSuggestions } from '../../src/features/evidence/tag-suggestions';

describe('addTag', () => {
  it('adds a trimmed tag with single spaces', () => {
    expect(addTag(['UK GDPR'], '  Equality   Act 2010 ')).toEqual(['UK GDPR', 'Equality Act 2010']);
  });

  it('ignores a blank tag or one already there in any case, returning the same list', () => {
    const tags = ['UK GDPR'];
    expect(addTag(tags, '   ')).toBe(tags);
    expect(addTag(tags, 'uk gdpr')).toBe(tags);
  });

  it('suggests the legislation and policies learners cite', () => {
    expect(tagSuggestions).toEqual(expect.arrayContaining(['Consumer Rights Act 2015', 'Equality Act 2010', 'Data Protection Act 2018', 'UK GDPR', 'Complaints procedure', 'Customer charter', 'Service level agreement']));
  });
});

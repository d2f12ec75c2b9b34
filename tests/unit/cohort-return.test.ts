import { describe, expect, it } from 'vitest';
import { cohortFocusOf, cohortReturnOf } from '../../src/ui/cohort-return';

describe('the way back to the cohort, read from router state', () => {
  it('reads the cohort address and the cell, with or without a marking point', () => {
    expect(cohortReturnOf({ cohortReturn: { url: '/cohort?unit=EXT', portfolioId: 'p1', pointId: 'EXT-2' } })).toEqual({ url: '/cohort?unit=EXT', portfolioId: 'p1', pointId: 'EXT-2' });
    expect(cohortReturnOf({ cohortReturn: { url: '/cohort', portfolioId: 'p1' } })).toEqual({ url: '/cohort', portfolioId: 'p1' });
    expect(cohortFocusOf({ cohortFocus: { portfolioId: 'p1', pointId: 'EXT-2' } })).toEqual({ portfolioId: 'p1', pointId: 'EXT-2' });
    expect(cohortFocusOf({ cohortFocus: { portfolioId: 'p1' } })).toEqual({ portfolioId: 'p1' });
  });

  it('leads nowhere but the cohort page, and ignores state of any other shape', () => {
    for (const url of ['https://example.invalid/cohort', '//example.invalid', '/cohorts', '/p/x', 'javascript:alert(1)', '/cohort/../p']) {
      expect(cohortReturnOf({ cohortReturn: { url, portfolioId: 'p1', pointId: 'EXT-2' } })).toBeUndefined();
    }
    for (const state of [null, undefined, 'x', 3, {}, { cohortReturn: 'x' }, { cohortReturn: { url: '/cohort', portfolioId: 3 } }, { cohortReturn: { url: '/cohort', portfolioId: 'p', pointId: 4 } }]) {
      expect(cohortReturnOf(state)).toBeUndefined();
    }
    expect(cohortFocusOf({ cohortFocus: { pointId: 'EXT-2' } })).toBeUndefined();
    expect(cohortFocusOf(null)).toBeUndefined();
  });
});

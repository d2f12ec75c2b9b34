import { describe, expect, it } from 'vitest';
import { formatCount, longTextBand, longTextCount, tooLongMessage } from '../../src/domain/long-text';

describe('long text counts', () => {
  it('writes counts with thousands separators', () => {
    expect(formatCount(39_750)).toBe('39,750');
    expect(formatCount(999)).toBe('999');
  });

  it('is quiet below 80 % of the limit, near from 80 % to the limit, over past it', () => {
    expect(longTextBand(15_999)).toBe('quiet');
    expect(longTextBand(16_000)).toBe('near');
    expect(longTextBand(20_000)).toBe('near');
    expect(longTextBand(20_001)).toBe('over');
    expect(longTextBand(8, 10)).toBe('near');
  });

  it('says the count in words, and how many too many past the limit', () => {
    expect(longTextCount(19_120)).toBe('19,120 of 20,000 characters');
    expect(longTextCount(21_500)).toBe('21,500 of 20,000 characters: 1,500 too many');
  });

  it('names the field in the summary line', () => {
    expect(tooLongMessage('The situation', 39_750)).toBe('The situation: keep this under 20,000 characters; it has 39,750');
  });
});

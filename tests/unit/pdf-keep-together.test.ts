import { describe, expect, it } from 'vitest';
import { GLUE, keepNumbersTogether, releaseGlue } from '../../src/pdf/keep-together';

const glued = (text: string) => keepNumbersTogether(text).split(GLUE).join('_');

describe('keepNumbersTogether', () => {
  it('keeps "61 % → 78 %" on one line: each number with its sign, and the arrow between them', () => {
    expect(glued('First-contact resolution 61 % → 78 %')).toBe('First-contact resolution 61_%_→_78_%');
  });

  it('keeps a number with the unit or symbol after it, and a sign or page word before it', () => {
    expect(glued('Replies within 24 hours, 5 days and 30 s')).toBe('Replies within 24_hours, 5_days and 30_s');
    expect(glued('Credit of £ 15 on No. 4, see p. 12')).toBe('Credit of £_15 on No._4, see p._12');
    expect(glued('From 3 – 5 working days')).toBe('From 3_–_5 working days');
    expect(glued('1,250 MB of 2,000 MB')).toBe('1,250_MB_of_2,000_MB');
  });

  it('leaves words and numbers that are not a measure alone', () => {
    expect(glued('Handling an upset caller (12)')).toBe('Handling an upset caller (12)');
    expect(glued('E003 Reflective account')).toBe('E003 Reflective account');
    expect(glued('5 star reviews')).toBe('5 star reviews');
  });

  it('gives the text back unchanged once the glue is released', () => {
    const text = 'Rate rose 61 % → 78 % in 3 months, p. 4';
    expect(releaseGlue(keepNumbersTogether(text))).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { isMaskedCopy } from '../../src/domain/privacy/masked-copy';

describe('isMaskedCopy', () => {
  it('knows a text with masks in place of some of its words', () => {
    expect(isMaskedCopy('Ring 07700 900123 or email a@example.com today', 'Ring [phone number removed] or email [email removed] today')).toBe(true);
    expect(isMaskedCopy('a@example.com', '[email removed]')).toBe(true);
    expect(isMaskedCopy({ title: 'Call with Olivia', n: 1 }, { title: 'Call with [name removed]', n: 1, redacted: true })).toBe(true);
  });

  it('is not fooled by other changes around or instead of the masks', () => {
    expect(isMaskedCopy('Ring 07700 900123 today', 'Ring [phone number removed] tomorrow')).toBe(false);
    expect(isMaskedCopy('Ring today', 'Ring today [email removed]')).toBe(false);
    expect(isMaskedCopy('Ring me', 'Ring you')).toBe(false);
    expect(isMaskedCopy({ title: 'Call', n: 1 }, { title: 'Call', n: 2 })).toBe(false);
    expect(isMaskedCopy(['a', 'b'], ['a'])).toBe(false);
    expect(isMaskedCopy({ a: 'x' }, { a: 'x', b: 'y' })).toBe(false);
    // A mask stands for at least one character.
    expect(isMaskedCopy('Ring  today', 'Ring [phone number removed] today')).toBe(false);
  });
});

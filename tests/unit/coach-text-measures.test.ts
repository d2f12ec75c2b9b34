import { describe, expect, it } from 'vitest';
import { wordCount, wordList } from '../../src/domain/coach/item-text';
import { hasBeforeAndAfter, isMeasurable, namesInformation, namesRole, referencesPolicy } from '../../src/domain/coach/text-measures';

describe('the coach’s text tests', () => {
  it('counts words as a reader does', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  Warn members earlier — when O’Brien’s CRM is down!  ')).toBe(8);
    expect(wordCount('first-contact resolution, 24 hours')).toBe(4);
  });

  it('joins lists as a sentence does', () => {
    expect(wordList([], 'or')).toBe('');
    expect(wordList(['a'], 'or')).toBe('a');
    expect(wordList(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });

  it('tells a measurable standard from a vague one', () => {
    expect(isMeasurable('Reply within 24 hours')).toBe(true);
    expect(isMeasurable('Call back the next working day')).toBe(true);
    expect(isMeasurable('Check the queue daily')).toBe(true);
    expect(isMeasurable('Good service')).toBe(false);
    expect(isMeasurable('Someone will respond')).toBe(false);
  });

  it('finds roles, information and policy by whole word', () => {
    expect(namesRole('passed to my supervisor')).toBe(true);
    expect(namesRole('passed it upstairs')).toBe(false);
    expect(namesInformation('with the customer details')).toBe(true);
    expect(namesInformation('straight away')).toBe(false);
    expect(referencesPolicy('under the Equality Act 2010')).toBe(true);
    expect(referencesPolicy('we act quickly')).toBe(false);
  });

  it('needs a figure before and after, not a figure against a target', () => {
    expect(hasBeforeAndAfter('complaints down from 14')).toBe(true);
    expect(hasBeforeAndAfter('from £1,200 to £900 a month')).toBe(true);
    expect(hasBeforeAndAfter('before: 14 a quarter, after: 3')).toBe(true);
    expect(hasBeforeAndAfter('97% (target 95%)')).toBe(false);
    expect(hasBeforeAndAfter('before the change it was bad; after it was good')).toBe(false);
  });

  // Hostile input must finish: each test is a flat alternation or a bounded window, so this whole case of
  // five 100–200 KB texts took 18 ms on the development machine (a figure, not a timed assertion).
  it('gets through hostile text', () => {
    const hostile = [
      'from 1'.repeat(40_000),
      `${'before 1 '.repeat(20_000)}x`,
      `from ${'1'.repeat(100_000)} ${' '.repeat(50_000)}to`,
      'a'.repeat(200_000),
      `${"o'".repeat(60_000)}`,
    ];
    for (const text of hostile) {
      expect(typeof hasBeforeAndAfter(text)).toBe('boolean');
      expect(typeof isMeasurable(text)).toBe('boolean');
      expect(typeof referencesPolicy(text)).toBe('boolean');
      expect(wordCount(text)).toBeGreaterThanOrEqual(0);
    }
  });
});

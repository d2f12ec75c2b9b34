import { describe, expect, it } from 'vitest';
import { personNameIssue, tidyPersonName } from '../../src/domain/privacy/person-name-issue';

describe('a name for the "people to redact" list', () => {
  it('accepts real names, trimmed and with single spaces', () => {
    expect(personNameIssue('  Jo   Bloggs ', [])).toBeUndefined();
    expect(tidyPersonName('  Jo   Bloggs ')).toBe('Jo Bloggs');
    expect(personNameIssue('Zoë', [])).toBeUndefined();
    expect(personNameIssue('O’Brien', [])).toBeUndefined();
    expect(personNameIssue('Al', [])).toBeUndefined();
    expect(personNameIssue('x'.repeat(80), [])).toBeUndefined();
  });

  it('refuses empty, too short and too long names', () => {
    expect(personNameIssue('   ', [])).toBe('Enter a name to add');
    expect(personNameIssue(' J ', [])).toBe('Enter a name of at least 2 characters');
    expect(personNameIssue('x'.repeat(81), [])).toBe('Enter a name of at most 80 characters');
    expect(personNameIssue('12', [])).toBe('Enter a name with letters in it');
  });

  it('refuses a name already listed, in any case', () => {
    expect(personNameIssue('jo bloggs', ['Jo Bloggs'])).toBe('“jo bloggs” is already on the list');
    expect(personNameIssue('ZOË', ['zoë'])).toBe('“ZOË” is already on the list');
    expect(personNameIssue('Jo Blogs', ['Jo Bloggs'])).toBeUndefined();
  });

  it('refuses the words Folio writes in place of what it removes', () => {
    for (const word of ['name', 'Removed', 'EMAIL', 'phone', 'number', 'postcode', 'NI', 'card']) {
      expect(personNameIssue(word, [])).toMatch(/is a word Folio uses in place of what it removes; enter a person’s name$/);
    }
    expect(personNameIssue('Cardew', [])).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/domain/privacy/find-personal-data';
import { describeFinding, redactionMasks, type PersonalDataFinding } from '../../src/domain/privacy/personal-data-finding';
import { redactText } from '../../src/domain/privacy/redact-text';

const people = ['Zoë Adams', 'Łucja Nowak', "Sean O'Brien"];

describe('redactText', () => {
  it('puts a mask that says what was there in place of each finding', () => {
    const text = 'Zoë Adams (zoe@example.com, 07700 900123, SW1A 1AA, AB 12 34 56 C) paid with 4111 1111 1111 1111.';
    const redacted = redactText(text, findPersonalData(text, { peopleToRedact: people }));
    expect(redacted).toBe(
      '[name removed] ([email removed], [phone number removed], [postcode removed], [NI number removed]) paid with [card number removed].',
    );
  });
  it('returns the text unchanged when nothing was found', () => {
    expect(redactText('Good service today.', [])).toBe('Good service today.');
  });
  it('skips a finding whose text is no longer at its offsets, or that overlaps or falls outside', () => {
    const stale: PersonalDataFinding = { kind: 'email', text: 'a@example.com', start: 0, end: 13 };
    expect(redactText('b@example.com', [stale])).toBe('b@example.com');
    const first: PersonalDataFinding = { kind: 'person', text: 'Jo Smith', start: 0, end: 8 };
    const inside: PersonalDataFinding = { kind: 'person', text: 'Smith', start: 3, end: 8 };
    const outside: PersonalDataFinding = { kind: 'postcode', text: 'M1 1AE', start: 20, end: 26 };
    expect(redactText('Jo Smith rang', [inside, first, outside])).toBe('[name removed] rang');
  });
});

describe('describeFinding', () => {
  it('says the kind and shows the text', () => {
    expect(describeFinding({ kind: 'email', text: 'j.smith@example.com' })).toBe('an email address (j.smith@example.com)');
    expect(describeFinding({ kind: 'phone', text: '07700 900123' })).toBe('a phone number (07700 900123)');
    expect(describeFinding({ kind: 'ni-number', text: 'AB123456C' })).toBe('a National Insurance number (AB123456C)');
    expect(describeFinding({ kind: 'person', text: 'Zoë' })).toBe('a name on your "people to redact" list (Zoë)');
  });
  it('shows only the last four digits of a card', () => {
    expect(describeFinding({ kind: 'card', text: '4111 1111 1111 1234' })).toBe('a payment card number (ending 1234)');
  });
  it('cuts a long match to a readable length', () => {
    const long = `${'a'.repeat(200)}@example.com`;
    const described = describeFinding({ kind: 'email', text: long });
    expect(described.length).toBeLessThan(70);
    expect(described).toMatch(/…\)$/);
  });
});

/*
 * Texts built from ordinary words and pieces of personal data of every kind. The words share no
 * letters-in-a-row with the pieces, so any piece left in the output would be a redaction miss.
 */
const words = fc.constantFrom('the', 'customer', 'rang', 'about', 'order', 'E004', 'on', '12/03/2026', 'at', '14:30', 'for', '£1,234.56', 'and', 'was', 'happy', '123456', 'SW1A');
const pieces = fc.constantFrom(
  'j.smith@example.com',
  'orders+42@shop.example.co.uk',
  '07700 900123',
  '(01632) 960 123',
  '+44 (0)20 7946 0018',
  '0044 161 496 0000',
  'SW1A 1AA',
  'm1 1ae',
  'DN55 1PT',
  'AB 12 34 56 C',
  'ZY123456B',
  '4111 1111 1111 1111',
  '5500-0000-0000-0004',
  'Zoë Adams',
  'ŁUCJA NOWAK',
  'Sean O’Brien',
);
const separators = fc.constantFrom(' ', ', ', '. ', '\n', ' (', ') ', '; ');
const text = fc
  .array(fc.tuple(fc.oneof(words, pieces), separators), { maxLength: 30 })
  .map((parts) => parts.map(([part, sep]) => part + sep).join(''));

describe('redaction, for any text', () => {
  it('leaves none of the found texts in the output, and nothing of those kinds to find again', () => {
    fc.assert(
      fc.property(text, (input) => {
        const findings = findPersonalData(input, { peopleToRedact: people });
        const output = redactText(input, findings);
        for (const finding of findings) expect(output).not.toContain(finding.text);
        const kinds = new Set(findings.map((f) => f.kind));
        expect(findPersonalData(output, { peopleToRedact: people }).filter((f) => kinds.has(f.kind))).toEqual([]);
        for (const mask of Object.values(redactionMasks)) expect(findPersonalData(mask, { peopleToRedact: people })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  it('finds every planted piece', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 10 }), words, (planted, word) => {
        const input = planted.join(` ${word} `);
        const found = findPersonalData(input, { peopleToRedact: people }).map((f) => f.text);
        expect(found).toEqual(planted);
      }),
      { numRuns: 300 },
    );
  });
});

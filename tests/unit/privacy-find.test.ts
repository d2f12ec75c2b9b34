import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/domain/privacy/find-personal-data';
import type { PersonalDataKind } from '../../src/domain/privacy/personal-data-finding';

const people = ['Zoë Adams', 'Łucja', "O'Brien", 'Jo'];

/** The texts found in `text`, each with its kind; and every finding's offsets checked. */
function found(text: string): [PersonalDataKind, string][] {
  const findings = findPersonalData(text, { peopleToRedact: people });
  for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  return findings.map((f) => [f.kind, f.text]);
}

/** Each example, set inside a sentence, is found whole and as the one kind. */
function expectFound(kind: PersonalDataKind, examples: readonly string[]) {
  for (const example of examples) {
    expect(found(`Customer said: ${example}, thanks.`), example).toEqual([[kind, example]]);
    expect(found(example), example).toEqual([[kind, example]]);
  }
}

function expectNothing(examples: readonly string[]) {
  for (const example of examples) expect(found(`Noted ${example} today.`), example).toEqual([]);
}

describe('findPersonalData: email addresses', () => {
  it('finds addresses in common shapes', () => {
    expectFound('email', ['j.smith@example.com', 'JO_SMITH+orders@mail.example.co.uk', "o'brien@example.org", 'a-b@sub-domain.example.net']);
  });
  it('leaves out the full stop that ends a sentence', () => {
    expect(found('Write to j.smith@example.com.')).toEqual([['email', 'j.smith@example.com']]);
  });
  it('does not fire on an @ that is not an address', () => {
    expectNothing(['@handle', 'meet @ 3pm', 'name@localhost', 'a@b.c', 'x@-bad.com', '@example.com']);
  });
});

describe('findPersonalData: UK phone numbers', () => {
  it('finds mobiles, landlines, bracketed area codes, +44 and 0044', () => {
    expectFound('phone', [
      '07700 900123',
      '07700900123',
      '07700-900-123',
      '07700 900 123',
      '(01632) 960 123',
      '(01632) 960123',
      '020 7946 0018',
      '0161 496 0000',
      '01632 960123',
      '0800 123 4567',
      '+44 7700 900123',
      '+447700900123',
      '+44 (0)20 7946 0018',
      '+44 20 7946 0018',
      '0044 20 7946 0018',
      '0044 7700 900123',
    ]);
  });
  it('does not fire on dates, times, money, references or short numbers', () => {
    expectNothing([
      '12/03/2026',
      '01/02/2026',
      '2026-03-12',
      '14:30',
      '09:15',
      '£1,234.56',
      '£0.99',
      'E004',
      'E0040',
      '123456',
      '012345',
      '0161 496',
      '07700 900123456789',
      'REF07700900123',
      '06700 900123',
      '+45 7700 900123',
    ]);
  });
  it('still finds a number after a bracket left open', () => {
    expect(found('Tel (01632 960 123 or (0044 161 496 0000')).toEqual([
      ['phone', '01632 960 123'],
      ['phone', '0044 161 496 0000'],
    ]);
  });
});

describe('findPersonalData: UK postcodes', () => {
  it('finds every outward shape, in either case, with or without the space', () => {
    expectFound('postcode', ['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'W1A 0AX', 'GIR 0AA', 'sw1a 1aa', 'M11AE', 'b338th']);
  });
  it('does not fire on an outward code alone, letters no postcode uses, or words', () => {
    expectNothing(['SW1A', 'M1', 'QA1 1AA', 'VX1 1AA', 'AI1 1AA', 'M1 1AC', 'M1 1AI', 'SW1A 1AAA', 'XSW1A 1AA', 'E004', 'A1 AAA']);
  });
});

describe('findPersonalData: National Insurance numbers', () => {
  it('finds numbers with and without spaces, in either case', () => {
    expectFound('ni-number', ['AB 12 34 56 C', 'AB123456C', 'ab 123456 d', 'JK 98 76 54 A', 'ZY123456B']);
  });
  it('keeps to the official prefix and suffix rules', () => {
    expectNothing([
      'DA123456A',
      'FA123456A',
      'IA123456A',
      'QA123456A',
      'UA123456A',
      'VA123456A',
      'AD123456A',
      'AO123456A',
      'AQ123456A',
      'BG123456A',
      'GB123456A',
      'NK123456A',
      'KN123456A',
      'TN123456A',
      'NT123456A',
      'ZZ123456A',
      'AB123456E',
      'AB12345C',
      'AB1234567C',
    ]);
  });
});

describe('findPersonalData: payment card numbers', () => {
  it('finds Luhn-valid numbers of 13 to 19 digits, together or grouped', () => {
    expectFound('card', ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '5500 0000 0000 0004', '3782 822463 10005', '4222222222222', '6011 0009 9013 9424', '4000 0000 0000 0000 006']);
  });
  it('does not fire on a number that fails the Luhn check or has the wrong length', () => {
    expectNothing(['4111 1111 1111 1112', '4111111111111112', '411111111111', '41111111111111111111', '1234 5678 9012 3456']);
  });
  it('finds a card that starts part-way through a run of numbers', () => {
    expect(found('Order 12 4111 1111 1111 1111 and 7')).toEqual([['card', '4111 1111 1111 1111']]);
    expect(found('Ref E004 5500-0000-0000-0004')).toEqual([['card', '5500-0000-0000-0004']]);
  });
  it('does not join a date or a reference to a card next to it', () => {
    // "2026 5500-0000-0000" passes the Luhn check, but mixes separators and starts inside a date.
    expect(found('On 12/03/2026 5500-0000-0000-0004')).toEqual([['card', '5500-0000-0000-0004']]);
    expect(found('Card 4111 1111 1111 1111x')).toEqual([]);
  });
  it('lets a phone number win over a card-like run it is part of', () => {
    // "161 496 0000 123456" passes the Luhn check by chance.
    expect(found('Ring 0044 161 496 0000 123456')).toEqual([['phone', '0044 161 496 0000']]);
  });
});

describe('findPersonalData: names to redact', () => {
  it('finds whole names in any case, with Unicode letters and either apostrophe', () => {
    expect(found('Zoë Adams met ŁUCJA and zoë  adams; O’Brien’s and o\'brien too.')).toEqual([
      ['person', 'Zoë Adams'],
      ['person', 'ŁUCJA'],
      ['person', 'zoë  adams'],
      ['person', 'O’Brien'],
      ['person', "o'brien"],
    ]);
  });
  it('does not fire inside a longer word', () => {
    expect(found('Joanne and Jonas went to Jodrell; Łucjan and Zoë Adamson.')).toEqual([]);
  });
  it('matches a name typed with combining accents', () => {
    const decomposed = 'Zoe\u0308 Adams';
    expect(found(`Met ${decomposed}.`)).toEqual([['person', decomposed]]);
  });
  it('finds nothing when the list is empty or blank', () => {
    expect(findPersonalData('Jo O’Brien', {})).toEqual([]);
    expect(findPersonalData('Jo O’Brien', { peopleToRedact: ['', '   '] })).toEqual([]);
  });
  it('treats regular-expression characters in a name as plain letters', () => {
    expect(findPersonalData('Mr A.B. (Ben) and Mr AxBx', { peopleToRedact: ['A.B.'] }).map((f) => f.text)).toEqual(['A.B.']);
  });
});

describe('findPersonalData: several pieces together', () => {
  it('gives exact offsets, in order', () => {
    const text = 'Jo rang 07700 900123 from SW1A 1AA; email jo@example.com.';
    expect(findPersonalData(text, { peopleToRedact: people })).toEqual([
      { kind: 'person', text: 'Jo', start: 0, end: 2 },
      { kind: 'phone', text: '07700 900123', start: 8, end: 20 },
      { kind: 'postcode', text: 'SW1A 1AA', start: 26, end: 34 },
      { kind: 'email', text: 'jo@example.com', start: 42, end: 56 },
    ]);
  });
  it('resolves overlapping claims to the longer one', () => {
    // "Jo" is a listed name inside the address; the whole address is the finding.
    expect(found('Reply to jo@example.com')).toEqual([['email', 'jo@example.com']]);
    // A listed name that spans a postcode-like token keeps the longer claim.
    const overlap = findPersonalData('Ask for SW1A 1AA Team today', { peopleToRedact: ['SW1A 1AA Team'] });
    expect(overlap.map((f) => [f.kind, f.text])).toEqual([['person', 'SW1A 1AA Team']]);
  });
  it('keeps two phone numbers written one after the other apart', () => {
    expect(found('Call 07700 900123 07700 900456')).toEqual([
      ['phone', '07700 900123'],
      ['phone', '07700 900456'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/domain/privacy/find-personal-data';

/*
 * Inputs built to make a backtracking regex take the square (or worse) of their length: long runs
 * with no "@", many "@" with no domain, digit groups that never make a valid number, prefixes that
 * start every pattern and never finish. Each must complete (the test runner's timeout would stop a
 * catastrophic one) and find what is really there. No timing is asserted here; the figures are in
 * find-personal-data.ts.
 */
const SIZE = 100_000;
const people = ['Zoë Adams', "O'Brien"];

const hostile: [string, string][] = [
  ['letters with no @', 'a'.repeat(SIZE)],
  ['a local part, then @ at the end', `${'a.'.repeat(SIZE / 2)}@`],
  ['many @ with no domain', 'a@'.repeat(SIZE / 2)],
  ['a domain of endless labels with no top level', `a@${'b-.'.repeat(SIZE / 3)}`],
  ['one long number', '7'.repeat(SIZE)],
  ['single digits in groups', '1 '.repeat(SIZE / 2)],
  ['hyphenated zeros', '0-'.repeat(SIZE / 2)],
  ['+44 again and again', '+44 '.repeat(SIZE / 4)],
  ['(0 again and again', '(0'.repeat(SIZE / 2)],
  ['outward codes with no inward', 'SW1A '.repeat(SIZE / 5)],
  ['NI prefixes that never finish', 'AB 12 '.repeat(SIZE / 6)],
  ['a name started over and over', 'Zoë '.repeat(SIZE / 4)],
  ['spaces', ' '.repeat(SIZE)],
];

describe('findPersonalData on hostile input', () => {
  it.each(hostile)('completes on %s', (_label, text) => {
    const findings = findPersonalData(text, { peopleToRedact: people });
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings).toEqual([]);
  });

  it('still finds the real data inside a large hostile text', () => {
    const text = `${'1 '.repeat(SIZE / 2)}x Call 07700 900123 or write to zoe@example.com ${'a@'.repeat(SIZE / 2)}`;
    expect(findPersonalData(text).map((f) => [f.kind, f.text])).toEqual([
      ['phone', '07700 900123'],
      ['email', 'zoe@example.com'],
    ]);
  });
});

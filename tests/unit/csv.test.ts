import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/domain/csv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Zoë Brontë')).toBe('Zoë Brontë');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('escapes %j so a spreadsheet shows it as text', (value) => {
    const cell = csvCell(value);
    expect(cell.startsWith('"\'')).toBe(true);
    // Read back as one quoted field, it is the value with an apostrophe in front.
    expect(cell.slice(1, -1).replaceAll('""', '"')).toBe(`'${value}`);
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Ellis, Morgan')).toBe('"Ellis, Morgan"');
    expect(csvCell('say "hello"')).toBe('"say ""hello"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('does not escape a formula character that is not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a number that is not finite as an empty cell', () => {
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and ends every line with CRLF', () => {
    expect(toCsv([['a', 1], ['=b', 'c,d']])).toBe('a,1\r\n"\'=b","c,d"\r\n');
  });
});

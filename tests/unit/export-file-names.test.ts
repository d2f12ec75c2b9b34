import { describe, expect, it } from 'vitest';
import { fileNameStem, folioFileName, localDate, pdfFileName } from '../../src/features/export/file-names';

describe('export file names', () => {
  it('names the PDF and the .folio after the learner and the date', () => {
    expect(pdfFileName('Jordan Ellis', '2026-11-22T10:00:00.000Z')).toBe('jordan-ellis-portfolio-2026-11-22.pdf');
    expect(folioFileName('Jordan Ellis', '2026-11-22T10:00:00.000Z')).toBe('jordan-ellis-2026-11-22.folio');
  });

  it('keeps accented and Eastern European letters, and drops characters no file system accepts', () => {
    expect(fileNameStem('Zoë Brontë')).toBe('zoë-brontë');
    expect(fileNameStem('Łucja Wiśniewska')).toBe('łucja-wiśniewska');
    expect(fileNameStem('  O’Neil / "Sam" <test>: a\\b?*|  ')).toBe('o-neil-sam-test-a-b');
    expect(fileNameStem('../../etc/passwd')).toBe('etc-passwd');
  });

  it('never gives an empty or over-long name', () => {
    expect(fileNameStem('???')).toBe('portfolio');
    expect(fileNameStem('')).toBe('portfolio');
    const long = fileNameStem('Ä'.repeat(50) + ' ' + 'b'.repeat(50));
    expect(Array.from(long)).toHaveLength(60);
    expect(long.endsWith('-')).toBe(false);
  });

  it('takes the date from this device’s calendar', () => {
    const iso = new Date(2026, 10, 22, 23, 30).toISOString();
    expect(localDate(iso)).toBe('2026-11-22');
  });
});

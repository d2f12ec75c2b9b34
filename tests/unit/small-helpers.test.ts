import { describe, expect, it } from 'vitest';
import { hasErrorName, isQuotaExceeded } from '../../src/db/storage-errors';
import { formatBytes, formatFileSize, formatLimit, formatMegabytes, formatStorageSize, GB, KB, MB } from '../../src/domain/byte-sizes';
import { errorClause, errorDetail } from '../../src/domain/error-detail';
import { plural } from '../../src/domain/plural';

describe('byte sizes, one wording everywhere', () => {
  it('formatBytes: bytes, then KB and MB to one decimal', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(KB)).toBe('1.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * MB)).toBe('10.0 MB');
    expect(formatBytes(3 * GB)).toBe('3072.0 MB');
  });

  it('formatLimit: whole megabytes lose their ".0", as the import refusals say them', () => {
    expect(formatLimit(200 * MB)).toBe('200 MB');
    expect(formatLimit(10.5 * MB)).toBe('10.5 MB');
    expect(formatLimit(1536)).toBe('1.5 KB');
    expect(formatLimit(12)).toBe('12 bytes');
  });

  it('formatMegabytes, formatFileSize and formatStorageSize', () => {
    expect(formatMegabytes(0.4 * MB)).toBe('0.4 MB');
    expect(formatMegabytes(12 * MB)).toBe('12.0 MB');
    expect(formatFileSize(86_000)).toBe('84 KB');
    expect(formatFileSize(3.2 * MB)).toBe('3.2 MB');
    expect(formatStorageSize(2.1 * MB)).toBe('2.1 MB');
    expect(formatStorageSize(2.5 * GB)).toBe('2.5 GB');
    expect(formatStorageSize(10 * GB)).toBe('10 GB');
  });
});

describe('plural', () => {
  it('counts one and many, with an irregular plural when given', () => {
    expect(plural(1, 'page')).toBe('1 page');
    expect(plural(0, 'page')).toBe('0 pages');
    expect(plural(2, 'evidence item')).toBe('2 evidence items');
    expect(plural(3, 'child', 'children')).toBe('3 children');
  });
});

describe('an error in words', () => {
  it('errorDetail: the message, else the fallback, else the value as text', () => {
    expect(errorDetail(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(errorDetail('gone')).toBe('gone');
    expect(errorDetail(undefined, 'It could not be saved.')).toBe('It could not be saved.');
    expect(errorDetail(new Error('kept'), 'not this')).toBe('kept');
  });

  it('errorClause drops one closing full stop, to sit inside a sentence', () => {
    expect(errorClause(new Error('The disk is full.'))).toBe('The disk is full');
    expect(errorClause(new Error('Wait...'))).toBe('Wait..');
    expect(errorClause(42)).toBe('42');
  });
});

describe('storage errors', () => {
  it('finds a name on the error or on the browser error Dexie wrapped inside it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded(wrapped)).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } })).toBe(true);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    const clash = Object.assign(new Error('Key already exists'), { name: 'BulkError', inner: new DOMException('exists', 'ConstraintError') });
    expect(hasErrorName(clash, 'BulkError')).toBe(true);
    expect(hasErrorName(clash, 'ConstraintError')).toBe(true);
    expect(hasErrorName(clash, 'QuotaExceededError')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from '../../src/db/storage-errors';
import { saveFailureMessage } from '../../src/features/evidence/save-errors';

describe('save errors', () => {
  it('recognises a quota error, bare or wrapped by Dexie', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });

  it('tells the learner the device is full, and that their changes are still there', () => {
    const message = saveFailureMessage(new DOMException('full', 'QuotaExceededError'));
    expect(message).toMatch(/run out of storage space/);
    expect(message).toMatch(/still in this form/);
  });

  it('passes on what went wrong otherwise', () => {
    expect(saveFailureMessage(new Error('This portfolio no longer exists on this device.'))).toContain('This portfolio no longer exists');
  });
});

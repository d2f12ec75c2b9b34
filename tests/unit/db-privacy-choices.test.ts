import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, FolioDatabase, readSnapshot, setDatabase, writeSnapshot } from '../../src/db';
import { markSent } from '../../src/db/portfolio-local';
import { setPeopleToRedact } from '../../src/db/people-to-redact';
import { getPrivacyChoices, readExportTexts, setPrivacyChoices } from '../../src/db/privacy-review';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { reviewPersonalData } from '../../src/domain/privacy/review-personal-data';
import { PERSONAL, personalSnapshot } from './privacy-fixtures';

beforeEach(() => {
  setDatabase(new FolioDatabase(`privacy-${crypto.randomUUID()}`));
});

describe('the learner’s choices in the privacy check', () => {
  it('are kept per portfolio, added to rather than replaced, and keep the row’s other device-only facts', async () => {
    const snapshot = await personalSnapshot();
    await writeSnapshot(snapshot, { replace: false });
    await markSent(snapshot.portfolio.id, '2026-11-20T10:00:00.000Z');
    await setPeopleToRedact(snapshot.portfolio.id, ['Olivia Marsh']);
    await setPrivacyChoices(snapshot.portfolio.id, { 'email:me@example.com': 'keep' });
    await setPrivacyChoices(snapshot.portfolio.id, { 'phone:07700900123': 'redact' });
    expect(await getPrivacyChoices(snapshot.portfolio.id)).toEqual({ 'email:me@example.com': 'keep', 'phone:07700900123': 'redact' });
    expect(await getPrivacyChoices('another')).toEqual({});
    expect(await db().portfolioLocal.get(snapshot.portfolio.id)).toMatchObject({ lastSentAt: '2026-11-20T10:00:00.000Z', peopleToRedact: ['Olivia Marsh'] });
    await markSent(snapshot.portfolio.id, '2026-11-21T10:00:00.000Z');
    expect(await getPrivacyChoices(snapshot.portfolio.id)).toEqual({ 'email:me@example.com': 'keep', 'phone:07700900123': 'redact' });
  });

  it('never leave the device: not in the snapshot, not in the .folio file', async () => {
    const snapshot = await personalSnapshot();
    await writeSnapshot(snapshot, { replace: false });
    await setPrivacyChoices(snapshot.portfolio.id, { 'email:secret-choice@example.com': 'keep' });
    const read = await readSnapshot(snapshot.portfolio.id);
    if (!read) throw new Error('not stored');
    const data = strFromU8(unzipSync(await encodeFolio(read, { appVersion: 'test', now: '2026-11-22T12:00:00.000Z' }))['portfolio.json'] ?? new Uint8Array());
    expect(JSON.stringify(read)).not.toContain('secret-choice');
    expect(data).not.toContain('secret-choice');
  });
});

describe('readExportTexts', () => {
  it('reads every text an export carries, without the attachments’ bytes, and the check finds all of it', async () => {
    const snapshot = await personalSnapshot();
    await writeSnapshot(snapshot, { replace: false });
    const texts = await readExportTexts(snapshot.portfolio.id);
    expect(texts?.attachments.every((a) => !('blob' in a) && !('bytes' in a))).toBe(true);
    const people = { peopleToRedact: [...PERSONAL.names] };
    if (!texts) throw new Error('not read');
    expect(reviewPersonalData(texts, people)).toEqual(reviewPersonalData(snapshot, people));
    expect(await readExportTexts('not-here')).toBeUndefined();
  });
});

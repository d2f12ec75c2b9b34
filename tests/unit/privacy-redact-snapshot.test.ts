import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { choiceKey } from '../../src/domain/privacy/choice-key';
import { redactSnapshot } from '../../src/domain/privacy/redact-snapshot';
import { reviewKeys, reviewPersonalData, reviewFindingText } from '../../src/domain/privacy/review-personal-data';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { distinctPersonalValues, leaks, PERSONAL, personalSnapshot, versionsWithPersonalData } from './privacy-fixtures';

const people = { peopleToRedact: [...PERSONAL.names] };
const meta = { appVersion: '0.1.0', now: '2026-11-22T12:00:00.000Z' };

describe('redactSnapshot', () => {
  it('masks every piece of personal data everywhere the snapshot carries text, and leaves the snapshot given as it was', async () => {
    const snapshot = await personalSnapshot();
    const before = structuredClone(snapshot);
    expect(leaks(JSON.stringify({ ...snapshot, attachments: snapshot.attachments.map(({ bytes: _b, ...a }) => a) })).length).toBeGreaterThan(10);

    const { snapshot: copy, masked, masks, redacted } = redactSnapshot(snapshot, () => true, people);

    const text = JSON.stringify({ ...copy, attachments: copy.attachments.map(({ bytes: _b, ...a }) => a) });
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('[email removed]');
    expect(text).toContain('[phone number removed]');
    expect(text).toContain('[postcode removed]');
    expect(text).toContain('[NI number removed]');
    expect(text).toContain('[card number removed]');
    expect(text).toContain('[name removed]');
    expect(redacted).toBe(true);
    expect(masks).toBeGreaterThan(masked);
    expect(masked).toBe(distinctPersonalValues());
    expect(snapshot).toEqual(before);
  });

  it('marks each version it changed as redacted and keeps the stored version’s hashes', async () => {
    const snapshot = await personalSnapshot();
    const { snapshot: copy } = redactSnapshot(snapshot, () => true, people);
    for (const v of copy.versions) {
      const stored = snapshot.versions.find((s) => s.id === v.id);
      expect(v.contentHash).toBe(stored?.contentHash);
      expect(v.pointHashes).toEqual(stored?.pointHashes);
      const changed = JSON.stringify(v.content) !== JSON.stringify(stored?.content) || JSON.stringify(v.mappings) !== JSON.stringify(stored?.mappings);
      expect(v.redacted === true).toBe(changed);
    }
    const withData = versionsWithPersonalData(snapshot);
    expect(withData).toEqual(expect.arrayContaining(['v-personal-2', 'v-personal-3']));
    expect(copy.versions.filter((v) => v.redacted).map((v) => v.id)).toEqual(withData);
  });

  it('masks only what was chosen: a value kept is kept everywhere, in every form it is written', async () => {
    const snapshot = await personalSnapshot();
    const kept = choiceKey({ kind: 'email', text: PERSONAL.emails[0] });
    const { snapshot: copy } = redactSnapshot(snapshot, (f) => choiceKey(f) !== kept, people);
    const text = JSON.stringify(copy.versions);
    expect(text).toContain(PERSONAL.emails[0]);
    expect(text).not.toContain(PERSONAL.emails[1]);
    expect(choiceKey({ kind: 'phone', text: '+44 7700 900123' })).toBe(choiceKey({ kind: 'phone', text: '07700 900123' }));
    expect(choiceKey({ kind: 'phone', text: '+44 (0)20 7946 0018' })).toBe(choiceKey({ kind: 'phone', text: '020 7946 0018' }));
    expect(choiceKey({ kind: 'postcode', text: 'sw1a1aa' })).toBe(choiceKey({ kind: 'postcode', text: 'SW1A 1AA' }));
  });

  it('changes nothing when nothing is chosen, and says the copy is not redacted', async () => {
    const snapshot = await personalSnapshot();
    const result = redactSnapshot(snapshot, () => false, people);
    expect(result.redacted).toBe(false);
    expect(result.snapshot).toEqual(snapshot);
  });

  it('leaves signed records as they were signed, so the redacted file still opens', async () => {
    const snapshot = await personalSnapshot();
    const { snapshot: copy, redacted } = redactSnapshot(snapshot, () => true, people);
    const signed = snapshot.records.filter((r) => r.signature !== undefined);
    expect(signed.length).toBeGreaterThan(0);
    for (const r of signed) expect(copy.records.find((c) => c.id === r.id)).toEqual(r);
    const bytes = await encodeFolio(copy, { ...meta, redacted });
    const decoded = await decodeFolio(bytes);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.redacted).toBe(true);
    expect(decoded.snapshot.versions.find((v) => v.id === 'v-personal-3')?.content.title).toBe('Call with [name removed] ([phone number removed])');
  });
});

describe('a redacted .folio file', () => {
  it('carries no personal data anywhere in portfolio.json, and says it is redacted', async () => {
    const snapshot = await personalSnapshot();
    const { snapshot: copy, redacted } = redactSnapshot(snapshot, () => true, people);
    const files = unzipSync(await encodeFolio(copy, { ...meta, redacted }));
    const data = strFromU8(files['portfolio.json'] ?? new Uint8Array());
    expect(leaks(data)).toEqual([]);
    expect(leaks(Object.keys(files).join('\n'))).toEqual([]);
    expect((JSON.parse(data) as { redacted?: boolean }).redacted).toBe(true);
  });

  it('is not marked redacted when written from a copy nothing was masked in', async () => {
    const snapshot = await personalSnapshot();
    const data = strFromU8(unzipSync(await encodeFolio(snapshot, meta))['portfolio.json'] ?? new Uint8Array());
    expect((JSON.parse(data) as { redacted?: boolean }).redacted).toBeUndefined();
  });
});

describe('reviewPersonalData', () => {
  it('lists each value once per item, with where it is in words, and what is outside any item', async () => {
    const snapshot = await personalSnapshot();
    const groups = reviewPersonalData(snapshot, people);
    // E001 is full of it; E003, E004 and E018 carry the demo's own planted details.
    expect(groups.map((g) => g.ref)).toEqual(['E001', 'E003', 'E004', 'E018', undefined]);
    const e001 = groups[0];
    const email = e001?.findings.find((f) => f.key === choiceKey({ kind: 'email', text: PERSONAL.emails[0] }));
    expect(email && reviewFindingText(email)).toBe(`an email address (${PERSONAL.emails[0]}) in The situation, a tag and a comment by Łucja Wiśniewska`);
    const olivia = e001?.findings.find((f) => f.key === choiceKey({ kind: 'person', text: 'olivia marsh' }));
    expect(olivia?.places).toEqual(['the title', 'the reflection', 'the rationale for EXT-1', 'the reason a coach finding was dismissed']);
    expect(e001?.findings[0]?.finding.text).toBe(PERSONAL.names[0]);
    const card = e001?.findings.find((f) => f.finding.kind === 'card' && f.finding.text === PERSONAL.cards[1]);
    expect(card?.places).toEqual([]);
    expect(card?.inOlderVersions).toBe(true);
    expect(card && reviewFindingText(card)).toBe('a payment card number (ending 0004) in an older version');
    expect(groups.at(-1)?.findings.every((f) => f.places.includes('the audit trail'))).toBe(true);
    // Every value is listed, so every one gets a choice.
    expect(reviewKeys(groups)).toHaveLength(distinctPersonalValues());
  });

  it('lists nothing for a portfolio without personal data', async () => {
    const snapshot = await personalSnapshot();
    const { snapshot: copy } = redactSnapshot(snapshot, () => true, people);
    expect(reviewPersonalData(copy, people)).toEqual([]);
  });
});

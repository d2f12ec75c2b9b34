import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, readSnapshot, setDatabase, writeSnapshot } from '../../src/db';
import { importSnapshot } from '../../src/db/import';
import { mergeIntoDevice } from '../../src/db/merge';
import { computeCoverage } from '../../src/domain/coverage';
import { catalogue } from '../../src/catalogue';
import { mergeSnapshots } from '../../src/domain/merge';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { redactSnapshot } from '../../src/domain/privacy/redact-snapshot';
import type { Decision } from '../../src/domain/schemas';
import { signRecord } from '../../src/domain/signing';
import { checkSignatures } from '../../src/domain/signing/status';
import { keysSeenInFile } from '../../src/domain/signing/keys-seen-in-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { editFolio, refusedWith, rowsOf, type Json } from './folio-edit';
import { leaks, PERSONAL, personalSnapshot, versionsWithPersonalData } from './privacy-fixtures';
import { makeSigner, morgan } from './signing-helpers';

const people = { peopleToRedact: [...PERSONAL.names] };
const meta = { appVersion: '0.1.0', now: '2026-11-22T12:00:00.000Z' };
const POINT = 'EXT-1';
const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function redactedFile(snapshot: PortfolioSnapshot): Promise<Uint8Array> {
  const { snapshot: copy, redacted } = redactSnapshot(snapshot, () => true, people);
  return encodeFolio(copy, { ...meta, redacted });
}

async function decoded(bytes: Uint8Array): Promise<PortfolioSnapshot> {
  const result = await decodeFolio(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.snapshot;
}

/** The assessor opens the redacted copy, decides EXT-1 met on E001 as the copy shows it, and sends the whole copy back. */
async function assessorsReturn(copy: PortfolioSnapshot, hash?: string): Promise<{ back: PortfolioSnapshot; decision: Decision }> {
  const signer = await makeSigner(morgan);
  const item = copy.evidence[0];
  const version = copy.versions.find((v) => v.id === item?.versionId);
  if (!item || !version) throw new Error('no E001');
  const decision = await signRecord<Decision>(
    {
      id: 'decision-on-redacted',
      portfolioId: copy.portfolio.id,
      markingPointId: POINT,
      outcome: 'met',
      feedback: 'Clear record of the call.',
      methods: ['product-evidence'],
      basedOn: copy.mappings.filter((m) => m.markingPointId === POINT).map((m) => {
        const v = copy.versions.find((x) => x.id === copy.evidence.find((e) => e.id === m.evidenceId)?.versionId);
        return { evidenceId: m.evidenceId, versionId: v?.id ?? '', version: v?.version ?? 1, hash: m.evidenceId === item.id ? (hash ?? version.pointHashes[POINT] ?? '') : (v?.pointHashes[POINT] ?? '') };
      }),
      assessor: morgan,
      decidedAt: '2026-11-23T10:00:00.000Z',
    },
    signer.signing,
  );
  const back = { ...copy, decisions: [...copy.decisions, decision], keys: [...copy.keys, signer.key] };
  return { back: await decoded(await encodeFolio(back, meta)), decision };
}

async function pointStatus(snapshot: PortfolioSnapshot): Promise<string | undefined> {
  const checks = await checkSignatures([...snapshot.decisions, ...snapshot.records], keysSeenInFile(snapshot.keys));
  const coverage = computeCoverage(catalogue, snapshot.evidence, snapshot.mappings, snapshot.decisions, { records: snapshot.records, checks, versions: snapshot.versions });
  return coverage.byPoint.get(POINT)?.status;
}

describe('decoding a redacted copy', () => {
  it('opens a file whose masked versions no longer match their content hash, and says it is redacted', async () => {
    const snapshot = await personalSnapshot();
    const result = await decodeFolio(await redactedFile(snapshot));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.redacted).toBe(true);
    expect(result.snapshot.versions.filter((v) => v.redacted).map((v) => v.id)).toEqual(versionsWithPersonalData(snapshot));
  });

  it('refuses a version marked redacted in a file that does not say it is a redacted copy', async () => {
    const bytes = await editFolio(await redactedFile(await personalSnapshot()), ({ data }) => {
      delete data.redacted;
    });
    expect(refusedWith(await decodeFolio(bytes), 'invalid-data')).toMatch(/version \d of E\d{3}: redacted — .*does not say it is a redacted copy/);
  });

  it('still checks every version not marked redacted: a changed one is refused', async () => {
    const bytes = await editFolio(await redactedFile(await personalSnapshot()), ({ data }) => {
      // The item and its version changed alike, so only the version's hash can tell.
      const item = rowsOf(data, 'evidence').find((e) => e.ref === 'E002');
      const version = rowsOf(data, 'versions').find((v) => v.id === item?.versionId);
      if (!item || !version || version.redacted !== undefined) throw new Error('no unmasked version of E002');
      (version.content as Json).title = 'Changed after saving';
      item.title = 'Changed after saving';
    });
    expect(refusedWith(await decodeFolio(bytes), 'invalid-data')).toMatch(/E002: contentHash/);
  });

  it('still checks signatures: an assessor’s decision changed in a redacted file is refused', async () => {
    const { back } = await assessorsReturn(await decoded(await redactedFile(await personalSnapshot())));
    const bytes = await editFolio(await encodeFolio(back, { ...meta, redacted: true }), ({ data }) => {
      const d = rowsOf(data, 'decisions').find((x) => x.id === 'decision-on-redacted');
      if (d) d.outcome = 'not-yet-met';
    });
    refusedWith(await decodeFolio(bytes), 'bad-signature');
  });
});

describe('a decision made on a redacted copy, back on the learner’s device', () => {
  it('binds to the stored version: merged in, the point is met, not “evidence changed”, and the words stay as written', async () => {
    const local = await personalSnapshot();
    const { back } = await assessorsReturn(await decoded(await redactedFile(local)));
    const merged = mergeSnapshots(local, back);

    expect(merged.conflicts).toEqual([]);
    expect(byId(merged.snapshot.versions)).toEqual(byId(local.versions));
    expect(merged.snapshot.evidence).toEqual(local.evidence);
    expect(merged.snapshot.records.filter((r) => r.type === 'comment' || r.type === 'coach-dismissal')).toEqual(
      local.records.filter((r) => r.type === 'comment' || r.type === 'coach-dismissal'),
    );
    expect(merged.snapshot.audit).toEqual(local.audit);
    expect(merged.snapshot.attachments.map((a) => a.name)).toEqual(local.attachments.map((a) => a.name));
    expect(merged.added.decisions).toBe(1);
    expect(await pointStatus(merged.snapshot)).toBe('met');
  });

  it('a redacted file that lies about a masked version’s hash cannot make a decision count: it shows as evidence changed', async () => {
    const local = await personalSnapshot();
    const lying = await editFolio(await redactedFile(local), ({ data }) => {
      const v = rowsOf(data, 'versions').find((x) => x.id === 'v-personal-3');
      if (v) v.pointHashes = { ...(v.pointHashes as Json), [POINT]: 'f'.repeat(64) };
    });
    const copy = await decoded(lying);
    const { back } = await assessorsReturn(copy, 'f'.repeat(64));
    const merged = mergeSnapshots(local, back);
    expect(merged.snapshot.versions.find((v) => v.id === 'v-personal-3')).toEqual(local.versions.find((v) => v.id === 'v-personal-3'));
    expect(await pointStatus(merged.snapshot)).toBe('stale');
  });

  it('merging either way round gives the words as written', async () => {
    const local = await personalSnapshot();
    const copy = await decoded(await redactedFile(local));
    const there = mergeSnapshots(copy, local);
    expect(there.conflicts).toEqual([]);
    expect(leaks(JSON.stringify(there.snapshot.evidence)).length).toBeGreaterThan(0);
    expect(there.snapshot.evidence).toEqual(local.evidence);
  });
});

describe('importing a redacted copy on a device', () => {
  beforeEach(() => {
    setDatabase(new FolioDatabase(`redacted-${crypto.randomUUID()}`));
  });

  it('refuses to replace the device’s own copy with it, in plain words, and changes nothing', async () => {
    const local = await personalSnapshot();
    await writeSnapshot(local, { replace: false });
    const before = await readSnapshot(local.portfolio.id);
    const result = await decodeFolio(await redactedFile(local));
    if (!result.ok) throw new Error(result.error.message);
    await expect(importSnapshot(result.snapshot, 'replace', { redacted: result.redacted })).rejects.toThrow(/redacted copy.*Merge the file instead/);
    expect(await readSnapshot(local.portfolio.id)).toEqual(before);
  });

  it('merges it into the device’s copy without putting a mask in place of a word', async () => {
    const local = await personalSnapshot();
    await writeSnapshot(local, { replace: false });
    const { back } = await assessorsReturn(await decoded(await redactedFile(local)));
    const result = await mergeIntoDevice(back);
    expect(result.conflicts ?? []).toEqual([]);
    const after = await readSnapshot(local.portfolio.id);
    expect(JSON.stringify(after?.versions)).not.toContain('removed]');
    expect(after?.evidence).toEqual(local.evidence);
    expect(after && (await pointStatus(after))).toBe('met');
  });

  it('stores it as it is on a device that never held the portfolio (an assessor’s)', async () => {
    const result = await decodeFolio(await redactedFile(await personalSnapshot()));
    if (!result.ok) throw new Error(result.error.message);
    await importSnapshot(result.snapshot, 'new', { redacted: true });
    const stored = await readSnapshot(result.snapshot.portfolio.id);
    expect(leaks(JSON.stringify(stored?.versions))).toEqual([]);
  });
});

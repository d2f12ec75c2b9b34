import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioRecord } from '../../src/domain/records';
import { generateSigningKey, signRecord } from '../../src/domain/signing';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { generatePortfolio } from '../../src/samples/generate';
import { editFolio, refusedWith, rowsOf, type Json } from './folio-edit';

/*
 * Format 2's own checks: the current rows against their versions, version hashes recomputed, records
 * pointing at things that exist, and signatures. Each case changes one thing in a good file and
 * recomputes its checksums, so only the check under test can tell.
 */

const meta = { appVersion: '0.2.0-test', now: '2026-11-22T14:05:00.000Z' };
let snapshot: PortfolioSnapshot;
let good: Uint8Array;

beforeAll(async () => {
  const base = await generatePortfolio({ items: 6, seed: 3, now: meta.now });
  const key = await generateSigningKey();
  const assessor = { role: 'assessor' as const, name: 'Morgan Ellis' };
  const decisions = await Promise.all(base.decisions.map((d) => signRecord({ ...d, assessor }, key)));
  const first = decisions[0];
  if (!first) throw new Error('the sample has decisions');
  const signOff = await signRecord<PortfolioRecord>(
    { id: 'sign-off-1', portfolioId: base.portfolio.id, type: 'sign-off', at: meta.now, by: assessor, unitId: 'EXT', declaration: 'I confirm.', decisionIds: [first.id] },
    key,
  );
  const item = base.evidence[0];
  if (!item) throw new Error('the sample has evidence');
  const comment: PortfolioRecord = { id: 'comment-1', portfolioId: base.portfolio.id, type: 'comment', at: meta.now, by: assessor, evidenceId: item.id, versionId: item.versionId, text: 'Add the date.' };
  snapshot = {
    ...base,
    decisions,
    records: [signOff, comment],
    keys: [{ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: assessor, createdAt: meta.now }],
  };
  good = await encodeFolio(snapshot, meta);
});

const edit = (change: (data: Json) => void) => editFolio(good, ({ data }) => change(data));
const first = (data: Json, table: string): Json => {
  const row = rowsOf(data, table)[0];
  if (!row) throw new Error(`no ${table}`);
  return row;
};

describe('format 2 integrity', () => {
  it('accepts the good file with its signed decisions, sign-off and comment', async () => {
    const decoded = await decodeFolio(good);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.snapshot).toStrictEqual(snapshot);
    expect((await decodeFolio(await edit(() => undefined))).ok).toBe(true);
  });

  it('refuses a decision changed after it was signed, naming it', async () => {
    const tampered = await edit((data) => {
      first(data, 'decisions').outcome = 'met';
      first(data, 'decisions').feedback = 'Excellent work.';
    });
    const message = refusedWith(await decodeFolio(tampered), 'bad-signature');
    const d = snapshot.decisions[0];
    expect(message).toContain(`the decision on ${d?.markingPointId} by Morgan Ellis`);
    expect(message).toContain('was changed after it was signed');
    expect(message).toMatch(/refused, whole/);
  });

  it('refuses a signed sign-off changed after signing, and a signature whose key is missing or mislabelled', async () => {
    const moved = await edit((data) => {
      const signOff = rowsOf(data, 'records').find((r) => r.type === 'sign-off');
      if (signOff) signOff.unitId = 'PRN';
    });
    expect(refusedWith(await decodeFolio(moved), 'bad-signature')).toMatch(/the sign-off of unit \w+ by Morgan Ellis/);
    const keyless = await edit((data) => {
      data.keys = [];
    });
    expect(refusedWith(await decodeFolio(keyless), 'bad-signature')).toContain('a key the file does not carry');
    const otherKey = await generateSigningKey();
    const swapped = await edit((data) => {
      first(data, 'keys').publicKey = otherKey.publicKey;
    });
    expect(refusedWith(await decodeFolio(swapped), 'bad-signature')).toContain('fingerprint');
  });

  it('refuses a version whose content was changed but not its hash', async () => {
    const tampered = await edit((data) => {
      const content = first(data, 'versions').content as Json;
      content.reflection = 'Written in later.';
      // The current row too, so that only the hash can tell.
      const versionId = first(data, 'versions').id;
      const row = rowsOf(data, 'evidence').find((e) => e.versionId === versionId);
      if (row) row.reflection = 'Written in later.';
    });
    expect(refusedWith(await decodeFolio(tampered), 'invalid-data')).toMatch(/version \d+ of E\d{3}: contentHash — it does not match/);
    const pointTampered = await edit((data) => {
      const v = rowsOf(data, 'versions').find((row) => Object.keys(row.pointHashes as Json).length > 0);
      if (!v) throw new Error('no mapped version');
      const hashes = v.pointHashes as Json;
      const point = Object.keys(hashes)[0] ?? '';
      hashes[point] = '0'.repeat(64);
    });
    expect(refusedWith(await decodeFolio(pointTampered), 'invalid-data')).toMatch(/pointHashes\.[A-Z]+-\d/);
  });

  it('refuses current rows that differ from their version', async () => {
    const retitled = await edit((data) => {
      first(data, 'evidence').title = 'Something else';
    });
    expect(refusedWith(await decodeFolio(retitled), 'invalid-data')).toMatch(/evidence E001 — what it shows differs from its current version/);
    const unversioned = await edit((data) => {
      first(data, 'evidence').versionId = 'nowhere';
    });
    expect(refusedWith(await decodeFolio(unversioned), 'invalid-data')).toMatch(/evidence E001: versionId — it names no saved version/);
    const remapped = await edit((data) => {
      const m = first(data, 'mappings');
      m.rationale = 'A rationale the version never had';
    });
    expect(refusedWith(await decodeFolio(remapped), 'invalid-data')).toMatch(/mappings — its marking points and rationales differ/);
    const stale = await edit((data) => {
      const e = first(data, 'evidence');
      const versions = rowsOf(data, 'versions');
      const v = versions.find((row) => row.id === e.versionId);
      if (!v) throw new Error('no version');
      versions.push({ ...v, id: 'later', version: Number(v.version) + 1, parents: [v.id] });
    });
    expect(refusedWith(await decodeFolio(stale), 'invalid-data')).toMatch(/evidence E001: versionId — it shows a version that a later version of the item replaced/);
  });

  it('refuses versions and records that point at nothing', async () => {
    const orphan = await edit((data) => {
      first(data, 'versions').evidenceId = 'gone';
    });
    expect(refusedWith(await decodeFolio(orphan), 'invalid-data')).toMatch(/there is no evidence item with id gone|names no saved version/);
    const badUnit = await edit((data) => {
      rowsOf(data, 'records').push({ id: 'r-x', portfolioId: first(data, 'evidence').portfolioId, type: 'ready', at: meta.now, by: { role: 'learner', name: 'A' }, unitId: 'NOPE', ready: true });
    });
    expect(refusedWith(await decodeFolio(badUnit), 'invalid-data')).toContain('ready record r-x: unitId — NOPE is not a unit');
    const badComment = await edit((data) => {
      const c = rowsOf(data, 'records').find((r) => r.type === 'comment');
      if (c) c.evidenceId = 'gone';
    });
    expect(refusedWith(await decodeFolio(badComment), 'invalid-data')).toContain('comment record comment-1: evidenceId');
    const dangling = await edit((data) => {
      first(data, 'decisions').supersedes = 'never-made';
    });
    expect(refusedWith(await decodeFolio(dangling), 'invalid-data')).toMatch(/supersedes — there is no decision with id never-made/);
  });

  it('accepts a comment on an item a tombstone in the file deleted', async () => {
    const deleted = await edit((data) => {
      const c = rowsOf(data, 'records').find((r) => r.type === 'comment');
      if (c) {
        c.evidenceId = 'deleted-item';
        c.versionId = 'deleted-item:v2';
      }
      rowsOf(data, 'records').push({ id: 't-1', portfolioId: first(data, 'evidence').portfolioId, type: 'tombstone', at: meta.now, by: { role: 'learner', name: 'A' }, evidenceId: 'deleted-item', versionIds: ['deleted-item:v2'] });
    });
    expect((await decodeFolio(deleted)).ok).toBe(true);
  });

  it('refuses a format 2 file without its versions, records or keys', async () => {
    for (const part of ['versions', 'records', 'keys']) {
      const missing = await edit((data) => {
        delete data[part];
      });
      expect(refusedWith(await decodeFolio(missing), 'invalid-data')).toContain(`${part} — it is missing`);
    }
  });
});

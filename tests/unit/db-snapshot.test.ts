import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, db, readSnapshot, setDatabase, writeSnapshot } from '../../src/db';
import { importSnapshot, portfolioExists } from '../../src/db/import';
import { generatePortfolio } from '../../src/samples/generate';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { snapshotArb } from './portfolio-file-arbitraries';

const now = '2026-11-22T09:00:00.000Z';

function freshDatabase(): FolioDatabase {
  const fresh = new FolioDatabase(`test-${crypto.randomUUID()}`);
  setDatabase(fresh);
  return fresh;
}

beforeEach(() => {
  freshDatabase();
});

/** The database keeps rows in key order; compare portfolios as sets of rows. */
function sorted(s: PortfolioSnapshot): PortfolioSnapshot {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    portfolio: s.portfolio,
    evidence: byId(s.evidence),
    mappings: byId(s.mappings),
    versions: byId(s.versions),
    decisions: byId(s.decisions),
    records: byId(s.records),
    keys: s.keys,
    attachments: byId(s.attachments),
    audit: byId(s.audit),
  };
}

/** Every row of every table, blobs read back as bytes: "exactly as before" means this is equal. */
async function dump(): Promise<Record<string, unknown[]>> {
  const d = db();
  const out: Record<string, unknown[]> = {};
  for (const table of d.tables) {
    const rows: unknown[] = await table.toArray();
    out[table.name] = await Promise.all(
      rows.map(async (row) => {
        if (typeof row === 'object' && row !== null && 'blob' in row && row.blob instanceof Blob) {
          return { ...row, blob: Array.from(new Uint8Array(await row.blob.arrayBuffer())) };
        }
        return row;
      }),
    );
  }
  return out;
}

const small = (seed: number, items = 8) => generatePortfolio({ items, imageEvery: 4, seed, now, imageWidth: 40 });

describe('writeSnapshot / readSnapshot', () => {
  it('stores attachments as Blobs and gives back every byte', async () => {
    const snapshot = await small(1);
    await writeSnapshot(snapshot, { replace: false });

    const stored = await db().attachments.get(snapshot.attachments[0]?.id ?? '');
    expect(stored?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array((await stored?.blob.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(snapshot.attachments[0]?.bytes);

    const back = await readSnapshot(snapshot.portfolio.id);
    expect(back && sorted(back)).toStrictEqual(sorted(snapshot));
    expect(back?.attachments.every((a) => a.bytes.length > 100)).toBe(true);
  });

  it('reads nothing for a portfolio that is not there', async () => {
    expect(await readSnapshot('nobody')).toBeUndefined();
  });
});

describe('importSnapshot', () => {
  it('new: stores the portfolio, and refuses one already on the device without changing anything', async () => {
    const snapshot = await small(2);
    expect(await portfolioExists(snapshot.portfolio.id)).toBe(false);
    expect(await importSnapshot(snapshot, 'new')).toBe(snapshot.portfolio.id);
    expect(await portfolioExists(snapshot.portfolio.id)).toBe(true);

    const before = await dump();
    const edited = { ...snapshot, portfolio: { ...snapshot.portfolio, learnerName: 'Someone else' } };
    await expect(importSnapshot(edited, 'new')).rejects.toThrow(/already on this device/);
    expect(await dump()).toEqual(before);
  });

  it('replace: the file’s version takes the place of the device’s, leaving nothing of the old behind', async () => {
    const original = await small(3, 12);
    const other = await small(4);
    await writeSnapshot(original, { replace: false });
    await writeSnapshot(other, { replace: false });
    const otherBefore = await readSnapshot(other.portfolio.id);

    // The file holds an older state: fewer items, one retitled.
    const kept = new Set(original.evidence.slice(0, 5).map((e) => e.id));
    const older: PortfolioSnapshot = {
      ...original,
      evidence: original.evidence.filter((e) => kept.has(e.id)).map((e, i) => (i === 0 ? { ...e, title: 'Zoë’s first item — “retitled”' } : e)),
      mappings: original.mappings.filter((m) => kept.has(m.evidenceId)),
      attachments: original.attachments.filter((a) => kept.has(a.evidenceId)),
      decisions: [],
    };
    await importSnapshot(older, 'replace');

    const back = await readSnapshot(original.portfolio.id);
    expect(back && sorted(back)).toStrictEqual(sorted(older));
    expect(await db().mappings.count()).toBe(older.mappings.length + other.mappings.length);
    expect(await db().attachments.count()).toBe(older.attachments.length + other.attachments.length);
    expect(await readSnapshot(other.portfolio.id)).toStrictEqual(otherBefore);
  });

  it('keep-both: stores a second copy under new ids, leaving the first untouched', async () => {
    const original = await small(5);
    await writeSnapshot(original, { replace: false });
    const before = await readSnapshot(original.portfolio.id);

    const copyId = await importSnapshot(original, 'keep-both');
    expect(copyId).not.toBe(original.portfolio.id);
    expect(await db().portfolios.count()).toBe(2);
    expect(await readSnapshot(original.portfolio.id)).toStrictEqual(before);

    const copy = await readSnapshot(copyId);
    expect(copy?.evidence.map((e) => [e.ref, e.title, e.fields])).toEqual(original.evidence.map((e) => [e.ref, e.title, e.fields]));
    expect(copy?.evidence.some((e) => original.evidence.some((o) => o.id === e.id))).toBe(false);
    const bytesOf = (s: PortfolioSnapshot | undefined) => (s?.attachments ?? []).map((a) => Array.from(a.bytes)).sort();
    expect(bytesOf(copy)).toEqual(bytesOf(original));
    expect(copy?.mappings).toHaveLength(original.mappings.length);
    expect(copy?.decisions).toHaveLength(original.decisions.length);
  });

  it('a write that fails half-way leaves the database exactly as it was', async () => {
    const original = await small(6);
    const other = await small(7);
    await writeSnapshot(original, { replace: false });
    await writeSnapshot(other, { replace: false });
    const before = await dump();

    // The replacement deletes the old rows and adds most of the new ones before an attachment id
    // collides with the other portfolio's: the constraint error must roll all of it back.
    const clash: PortfolioSnapshot = {
      ...original,
      portfolio: { ...original.portfolio, learnerName: 'Half-written' },
      evidence: original.evidence.map((e) => ({ ...e, title: `${e.title} (changed)` })),
      attachments: original.attachments.map((a, i) => (i === 1 ? { ...a, id: other.attachments[0]?.id ?? '' } : a)),
    };
    // writeSnapshot itself: importSnapshot would see the clash first and give the records new ids.
    await expect(writeSnapshot(clash, { replace: true })).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });
});

describe('export → import through the database and a .folio file', () => {
  it('is lossless for any portfolio', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (pending) => {
        const snapshot = await pending;
        freshDatabase();
        await writeSnapshot(snapshot, { replace: false });
        const exported = await readSnapshot(snapshot.portfolio.id);
        if (!exported) throw new Error('the portfolio was not written');
        const file = await encodeFolio(exported, { appVersion: 'test', now });

        freshDatabase();
        const decoded = await decodeFolio(file);
        if (!decoded.ok) throw new Error(decoded.error.message);
        await importSnapshot(decoded.snapshot, 'new');
        const imported = await readSnapshot(snapshot.portfolio.id);
        expect(imported).toStrictEqual(exported);
        expect(imported && sorted(imported)).toStrictEqual(sorted(snapshot));
      }),
      { numRuns: 30 },
    );
  });
});

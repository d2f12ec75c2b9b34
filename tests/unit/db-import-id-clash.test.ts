import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, db, readSnapshot, saveDraft, setDatabase, writeSnapshot } from '../../src/db';
import { idsTakenOnDevice, importSnapshot } from '../../src/db/import';
import { generatePortfolio } from '../../src/samples/generate';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { decisionId } from '../../src/domain/references';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';

const now = '2026-11-22T09:00:00.000Z';
beforeEach(() => setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`)));

/**
 * Another learner's portfolio whose evidence, mapping, attachment and audit ids are those of `source`:
 * what a file copied from one portfolio and edited into another by hand looks like. It passes every
 * check of the file format, so only the device can notice.
 */
async function sameIdsOtherPortfolio(source: PortfolioSnapshot): Promise<PortfolioSnapshot> {
  const id = 'b0000000-0000-4000-8000-00000000000b';
  const other: PortfolioSnapshot = {
    portfolio: { ...source.portfolio, id, learnerName: 'Ștefan Dumitrescu' },
    evidence: source.evidence.map((e) => ({ ...e, portfolioId: id })),
    mappings: source.mappings.map((m) => ({ ...m, portfolioId: id })),
    versions: source.versions.map((v) => ({ ...v, portfolioId: id })),
    records: source.records.map((r) => ({ ...r, portfolioId: id })),
    keys: source.keys,
    decisions: source.decisions.map((d) => ({ ...d, portfolioId: id, id: decisionId(id, d.markingPointId) })),
    attachments: source.attachments.map((a) => ({ ...a, portfolioId: id })),
    audit: source.audit.map((a) => ({ ...a, portfolioId: id })),
  };
  const decoded = await decodeFolio(await encodeFolio(other, { appVersion: 'test', now }));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.snapshot;
}

describe('importing a portfolio whose record ids another portfolio on this device already uses', () => {
  it('stores it with new record ids; both portfolios are complete and the first is untouched', async () => {
    const first = await generatePortfolio({ items: 8, imageEvery: 4, seed: 21, now, imageWidth: 32 });
    await writeSnapshot(first, { replace: false });
    const before = await readSnapshot(first.portfolio.id);
    const incoming = await sameIdsOtherPortfolio(first);
    expect(await idsTakenOnDevice(incoming, 'new')).toBe(true);

    const storedId = await importSnapshot(incoming, 'new');

    expect(storedId).toBe(incoming.portfolio.id);
    expect(await readSnapshot(first.portfolio.id)).toEqual(before);
    const second = await readSnapshot(storedId);
    if (!second) throw new Error('the second portfolio should be stored');
    expect(second.portfolio.learnerName).toBe('Ștefan Dumitrescu');
    expect(second.evidence.map((e) => e.ref).sort()).toEqual(incoming.evidence.map((e) => e.ref).sort());
    const firstIds = new Set([...first.evidence, ...first.mappings, ...first.attachments, ...first.audit].map((r) => r.id));
    for (const row of [...second.evidence, ...second.mappings, ...second.attachments, ...second.audit]) expect(firstIds.has(row.id)).toBe(false);
    // References between the records followed the new ids.
    const evidenceIds = new Set(second.evidence.map((e) => e.id));
    expect(second.mappings.length).toBe(incoming.mappings.length);
    for (const m of second.mappings) expect(evidenceIds.has(m.evidenceId)).toBe(true);
    for (const a of second.attachments) expect(evidenceIds.has(a.evidenceId)).toBe(true);
    const bytesOf = (s: PortfolioSnapshot) => [...s.attachments].sort((a, b) => a.sha256.localeCompare(b.sha256)).map((a) => a.bytes);
    expect(bytesOf(second)).toEqual(bytesOf(incoming));
    expect(await db().portfolios.count()).toBe(2);
  });

  it('keeps the file’s own ids when nothing on the device uses them, and when only the copy it replaces does', async () => {
    const first = await generatePortfolio({ items: 4, imageEvery: 0, seed: 22, now });
    expect(await idsTakenOnDevice(first, 'new')).toBe(false);
    await importSnapshot(first, 'new');
    expect((await readSnapshot(first.portfolio.id))?.evidence.map((e) => e.id).sort()).toEqual(first.evidence.map((e) => e.id).sort());

    expect(await idsTakenOnDevice(first, 'replace')).toBe(false);
    await importSnapshot(first, 'replace');
    expect((await readSnapshot(first.portfolio.id))?.evidence.map((e) => e.id).sort()).toEqual(first.evidence.map((e) => e.id).sort());
  });

  it('counts another portfolio’s draft keyed by an item id as taken', async () => {
    const first = await generatePortfolio({ items: 2, imageEvery: 0, seed: 23, now });
    const item = first.evidence[0];
    if (!item) throw new Error('the generated portfolio should hold evidence');
    await saveDraft('some-other-portfolio', item.id, { form: { title: 'x' }, pending: [], removedIds: [] });
    expect(await idsTakenOnDevice(first, 'new')).toBe(true);
    await importSnapshot(first, 'new');
    expect((await readSnapshot(first.portfolio.id))?.evidence.some((e) => e.id === item.id)).toBe(false);
  });
});

describe('if ids still clash while writing', () => {
  it('the error says so in plain words, never with Dexie’s BulkError text, and nothing is written', async () => {
    const first = await generatePortfolio({ items: 3, imageEvery: 0, seed: 24, now });
    const [a, b] = first.audit;
    if (!a || !b) throw new Error('the generated portfolio should hold audit entries');
    // Not a file that decodes (the format refuses duplicate ids), but the write path must still speak plainly.
    const twice: PortfolioSnapshot = { ...first, audit: [a, { ...b, id: a.id }] };
    const failure = await importSnapshot(twice, 'new').then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(failure instanceof Error)) throw new Error('the import should have failed');
    expect(failure.message).toBe('two of its records would have the same id on this device');
    expect(failure.message).not.toMatch(/BulkError|ConstraintError|Key already exists/);
    expect(await db().portfolios.count()).toBe(0);
  });
});

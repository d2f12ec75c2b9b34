import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, db, deletePortfolio, readSnapshot, saveDraft, setDatabase, writeSnapshot } from '../../src/db';
import { PORTFOLIO_TABLES, SNAPSHOT_TABLES } from '../../src/db/portfolio-tables';
import { SCHEMA_V4 } from '../../src/db/schema-versions';
import { generatePortfolio } from '../../src/samples/generate';

const now = '2026-11-22T09:00:00.000Z';
beforeEach(() => setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`)));

/** The tables of a database that file rows under a portfolio: those indexed or keyed by `portfolioId`. */
function tablesHoldingPortfolioId(d: Dexie): string[] {
  return d.tables
    .filter((t) => t.schema.primKey.keyPath === 'portfolioId' || t.schema.indexes.some((i) => i.keyPath === 'portfolioId'))
    .map((t) => t.name)
    .sort();
}

/** Tables indexed by `portfolioId` that PORTFOLIO_TABLES does not list. */
function unlisted(d: Dexie): string[] {
  const listed: readonly string[] = PORTFOLIO_TABLES;
  return tablesHoldingPortfolioId(d).filter((name) => !listed.includes(name));
}

describe('the list of what a portfolio owns', () => {
  it('names every table of the database that holds a portfolioId, and only those', async () => {
    const d = db();
    await d.open();
    expect(unlisted(d)).toEqual([]);
    expect([...PORTFOLIO_TABLES].sort()).toEqual(tablesHoldingPortfolioId(d));
  });

  it('notices a new table with a portfolioId that nobody added to the list', async () => {
    // What the next schema version would look like if its author forgot the list.
    class Newer extends FolioDatabase {
      constructor() {
        super(`test-${crypto.randomUUID()}`);
        this.version(5).stores({ ...SCHEMA_V4, notes: 'id, portfolioId' });
      }
    }
    const newer = new Newer();
    await newer.open();
    expect(unlisted(newer)).toEqual(['notes']);
    newer.close();
  });

  it('leaves only drafts out of a snapshot', () => {
    const inSnapshot: readonly string[] = SNAPSHOT_TABLES;
    expect(PORTFOLIO_TABLES.filter((t) => !inSnapshot.includes(t))).toEqual(['drafts', 'portfolioLocal']);
  });

  it('is what deleting a portfolio clears: no row of it is left in any table, and another portfolio keeps all of its rows', async () => {
    const one = await generatePortfolio({ items: 6, imageEvery: 2, seed: 3, now, imageWidth: 16 });
    const two = await generatePortfolio({ items: 4, imageEvery: 2, seed: 4, now, imageWidth: 16 });
    await writeSnapshot(one, { replace: false });
    await writeSnapshot(two, { replace: false });
    const item = one.evidence[0];
    if (!item) throw new Error('the generated portfolio should have evidence');
    await saveDraft(one.portfolio.id, item.id, { title: 'unsaved' });
    const twoBefore = await readSnapshot(two.portfolio.id);

    await deletePortfolio(one.portfolio.id);

    for (const table of db().tables) {
      const left = await table.filter((row: { portfolioId?: unknown; id?: unknown }) => row.portfolioId === one.portfolio.id || row.id === one.portfolio.id).count();
      expect(left, `rows of the deleted portfolio left in ${table.name}`).toBe(0);
    }
    expect(await readSnapshot(two.portfolio.id)).toEqual(twoBefore);
  });
});

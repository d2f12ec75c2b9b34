import { beforeEach, describe, expect, it } from 'vitest';
import { FolioDatabase, db, deletePortfolio, getPrintCopies, prunePrintCopies, readSnapshot, savePrintCopies, setDatabase, writeSnapshot, type PrintCopyRow } from '../../src/db';
import { generatePortfolio } from '../../src/samples/generate';

const now = '2026-11-22T09:00:00.000Z';

beforeEach(() => {
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
});

const copyOf = (sha256: string, bytes = new Uint8Array([0xff, 0xd8, 0xff, 1])): PrintCopyRow => ({ key: `${sha256}:2000x1500:jpeg:q85`, sha256, bytes, width: 2000, height: 1500, format: 'jpeg' });

describe('print copies in the database', () => {
  it('keeps copies by photo, hands back only those asked for, and leaves them out of the snapshot', async () => {
    const snapshot = await generatePortfolio({ items: 8, imageEvery: 2, seed: 3, now, imageWidth: 24 });
    await writeSnapshot(snapshot, { replace: false });
    const [first, second] = snapshot.attachments.map((a) => a.sha256);
    if (!first || !second) throw new Error('expected photos');
    await savePrintCopies([{ ...copyOf(first), ...{ extra: 'dropped' } }, copyOf(second)]);
    expect(await getPrintCopies([first])).toEqual([copyOf(first)]);
    expect(await getPrintCopies([])).toEqual([]);
    const back = await readSnapshot(snapshot.portfolio.id);
    expect(Object.keys(back ?? {}).sort()).toEqual(['attachments', 'audit', 'decisions', 'evidence', 'keys', 'mappings', 'portfolio', 'records', 'versions']);
    expect(back?.attachments.length).toBe(snapshot.attachments.length);
  });

  it('prunes the copies of photos no attachment has any more, once their portfolio is deleted', async () => {
    const mine = await generatePortfolio({ items: 4, imageEvery: 1, seed: 1, now, imageWidth: 24 });
    const other = await generatePortfolio({ items: 4, imageEvery: 1, seed: 2, now, imageWidth: 30 });
    await writeSnapshot(mine, { replace: false });
    await writeSnapshot(other, { replace: false });
    const shas = [...mine.attachments, ...other.attachments].map((a) => a.sha256);
    await savePrintCopies(shas.map((s) => copyOf(s)));
    expect(await prunePrintCopies()).toBe(0);
    await deletePortfolio(mine.portfolio.id);
    const gone = new Set(mine.attachments.map((a) => a.sha256).filter((s) => !other.attachments.some((o) => o.sha256 === s)));
    expect(gone.size).toBeGreaterThan(0);
    expect(await prunePrintCopies()).toBe(gone.size);
    const left = (await db().printCopies.toArray()).map((c) => c.sha256).sort();
    expect(left).toEqual([...new Set(other.attachments.map((a) => a.sha256))].sort());
  });
});

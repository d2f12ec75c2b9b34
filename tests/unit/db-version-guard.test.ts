import { describe, expect, it } from 'vitest';
import { DATABASE_MESSAGES, FolioDatabase } from '../../src/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from '../../src/db/schema-versions';
import { buildDemoSnapshot } from '../../src/samples/demo';

const demo = async () => {
  let n = 0;
  return await buildDemoSnapshot({ now: '2026-11-30T10:00:00.000Z', newId: () => `id-${++n}` });
};

/** The code of the next release, standing for a tab that has just loaded it. */
class NextFolioDatabase extends FolioDatabase {
  constructor(name: string) {
    super(name);
    this.version(CURRENT_SCHEMA_VERSION + 1).stores({ nextTable: 'id' });
  }
}

function rawOpen(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawCount(idb: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store).objectStore(store).count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('a database newer than the code', () => {
  it('is refused before anything is written, and the status says it is newer', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    // Dexie stores version n as IndexedDB version n × 10: this is what a Folio two schema versions ahead would leave.
    const newerVersion = (CURRENT_SCHEMA_VERSION + 2) * 10;
    const raw = await rawOpen(name, newerVersion, (idb) => {
      for (const store of Object.keys(SCHEMA_V1)) idb.createObjectStore(store, { keyPath: store === 'meta' ? 'key' : 'id' });
      idb.createObjectStore('printCopies', { keyPath: 'id' });
    });
    raw.close();

    const d = new FolioDatabase(name);
    expect(d.guard.status()).toBe('ok');
    await expect(d.open()).rejects.toBe(DATABASE_MESSAGES.newer);
    expect(d.guard.status()).toBe('newer');

    const { portfolio } = (await demo());
    await expect(d.portfolios.add(portfolio)).rejects.toThrow(DATABASE_MESSAGES.newer);
    await expect(d.portfolios.toArray()).rejects.toThrow(DATABASE_MESSAGES.newer);
    d.close();

    const after = await rawOpen(name);
    expect(after.version).toBe(newerVersion);
    expect([...after.objectStoreNames]).toContain('printCopies');
    await expect(rawCount(after, 'portfolios')).resolves.toBe(0);
    after.close();
  });

  it('opens a database of the current version as before', async () => {
    const d = new FolioDatabase(`same-${crypto.randomUUID()}`);
    await d.portfolios.add((await demo()).portfolio);
    expect(d.guard.status()).toBe('ok');
    expect(d.backendDB().version).toBe(CURRENT_SCHEMA_VERSION * 10);
    d.close();
  });
});

describe('two tabs, one upgrading', () => {
  it('closes the older tab’s connection, marks it outdated and refuses its writes with the reason', async () => {
    const name = `tabs-${crypto.randomUUID()}`;
    const older = new FolioDatabase(name);
    const { portfolio, evidence } = (await demo());
    await older.portfolios.add(portfolio);
    const seen: string[] = [];
    older.guard.subscribe(() => seen.push(older.guard.status()));

    const newer = new NextFolioDatabase(name);
    await newer.open();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(older.guard.status()).toBe('outdated');
    expect(seen).toEqual(['outdated']);

    const [first] = evidence;
    if (!first) throw new Error('The demo has no evidence.');
    await expect(older.evidence.add(first)).rejects.toThrow(DATABASE_MESSAGES.outdated);
    await expect(older.portfolios.get(portfolio.id)).rejects.toThrow(DATABASE_MESSAGES.outdated);
    // It stays refused: it never quietly reopens the upgraded database.
    await expect(older.evidence.add(first)).rejects.toThrow(DATABASE_MESSAGES.outdated);

    expect(await newer.portfolios.get(portfolio.id)).toEqual(portfolio);
    expect(await newer.evidence.count()).toBe(0);
    expect(newer.guard.status()).toBe('ok');
    older.close();
    newer.close();
  });

  it('says the upgrade is blocked while an older tab holds the database open, and clears it once that tab lets go', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const first = new FolioDatabase(name);
    await first.open();
    first.close();
    // An older tab that does not close when asked (a build without this guard, or a frozen tab).
    const stubborn = await rawOpen(name);
    stubborn.onversionchange = () => undefined;

    const next = new NextFolioDatabase(name);
    const opening = next.open();
    await expect.poll(() => next.guard.status()).toBe('blocked');
    stubborn.close();
    await opening;
    expect(next.guard.status()).toBe('ok');
    await next.table('nextTable').add({ id: 'x' });
    next.close();
  });
});

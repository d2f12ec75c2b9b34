import { Dexie } from 'dexie';

/**
 * - `ok`: this connection may read and write.
 * - `newer`: the stored database was made by a newer Folio; this code refuses to touch it.
 * - `outdated`: another tab upgraded (or removed) the database; this connection is closed.
 * - `blocked`: this tab's upgrade waits until other Folio tabs close the older version.
 */
export type DatabaseStatus = 'ok' | 'newer' | 'outdated' | 'blocked';

export const DATABASE_MESSAGES = {
  newer: 'This portfolio data was saved by a newer version of Folio. Reload to get the newest version.',
  outdated: 'Folio was updated in another tab, so this tab can no longer save. Reload to get the newest version.',
  blocked: 'Folio is updating its storage, but another Folio tab is still open. Close the other Folio tabs to carry on.',
} as const satisfies Record<Exclude<DatabaseStatus, 'ok'>, string>;

/**
 * Keeps one database connection honest about its version. Dexie on its own opens a database newer
 * than the code declares (after the browser's VersionError it retries with no version) and lets the
 * old code write to it; and after another tab's upgrade it quietly reopens the new version.
 */
export class DatabaseGuard {
  private current: DatabaseStatus = 'ok';
  private readonly listeners = new Set<() => void>();

  status = (): DatabaseStatus => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(next: DatabaseStatus): void {
    if (this.current === next) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  private refused(): boolean {
    return this.current === 'newer' || this.current === 'outdated';
  }

  /**
   * The IndexedDB factory Dexie opens through. Folio always opens with its declared version, so an
   * open with none is Dexie's retry after VersionError: the stored database is newer. That open,
   * and any open after this connection was refused, fails before the browser is asked. Dexie then
   * fails every read and write with a DatabaseClosedError whose message is the reason given here
   * as a string (given an Error it would prefix the error's name).
   */
  factory(): IDBFactory {
    const base = (): IDBFactory => Dexie.dependencies.indexedDB;
    return {
      open: (name: string, version?: number) => {
        if (version === undefined) this.set('newer');
        if (this.refused()) throw DATABASE_MESSAGES[this.current === 'newer' ? 'newer' : 'outdated'];
        return base().open(name, version);
      },
      deleteDatabase: (name: string) => base().deleteDatabase(name),
      databases: () => base().databases(),
      cmp: (a: unknown, b: unknown) => base().cmp(a, b),
    };
  }

  /** Listens to the connection: another tab's upgrade closes it for good; a blocked upgrade says so. */
  watch(db: Dexie): void {
    db.on('versionchange', () => {
      this.set('outdated');
      // Closed, but not for good in Dexie's sense: the next use reopens through factory(), which refuses with the reason.
      db.close({ disableAutoOpen: false });
      return false;
    });
    db.on('blocked', () => {
      if (!this.refused()) this.set('blocked');
    });
    db.on(
      'ready',
      () => {
        // Dexie stores version n as n × 10 (plus one when it patches a schema in place). The app's
        // database declares CURRENT_SCHEMA_VERSION (tests/unit/db-migrations.test.ts holds it to that).
        if (Math.floor(db.backendDB().version / 10) > db.verno) {
          this.set('newer');
          throw DATABASE_MESSAGES.newer;
        }
        if (this.current === 'blocked') this.set('ok');
      },
      true,
    );
  }
}

import { Dexie, type EntityTable } from 'dexie';
import type { AttachmentMeta, AuditEntry, Decision, Evidence, Mapping, Portfolio } from '../domain/schemas';
import { DatabaseGuard } from './database-guard';
import { SCHEMA_V1, SCHEMA_V2 } from './schema-versions';

/** An attachment as stored: its record plus the file itself. */
export interface AttachmentRow extends AttachmentMeta {
  blob: Blob;
}

/** Unsaved editor values, kept so that nothing a learner typed is lost to a closed tab. */
export interface DraftRow {
  /** `${portfolioId}:new` for a new item, or the evidence id being edited. */
  id: string;
  portfolioId: string;
  evidenceId: string | null;
  values: unknown;
  savedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A print copy of a photo for the PDF (see SCHEMA_V2): a cache entry, rebuilt if lost. */
export interface PrintCopyRow {
  /** `${sha256}:${width}x${height}:${format}…`: the photo and the copy made of it. */
  key: string;
  sha256: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  format: 'jpeg' | 'png';
}

export class FolioDatabase extends Dexie {
  /** Refuses a newer database and notices another tab's upgrade; its status drives the app's reload message. */
  readonly guard: DatabaseGuard;
  portfolios!: EntityTable<Portfolio, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'id'>;
  mappings!: EntityTable<Mapping, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  printCopies!: EntityTable<PrintCopyRow, 'key'>;

  constructor(name = 'folio', guard = new DatabaseGuard()) {
    super(name, { indexedDB: guard.factory(), IDBKeyRange: Dexie.dependencies.IDBKeyRange });
    this.guard = guard;
    guard.watch(this);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

export const DB_NAME = 'folio';

let instance: FolioDatabase | undefined;

/** The one database of this page. Tests may swap it for a fresh one with `setDatabase`. */
export function db(): FolioDatabase {
  instance ??= new FolioDatabase(DB_NAME);
  return instance;
}

export function setDatabase(next: FolioDatabase): void {
  instance = next;
}

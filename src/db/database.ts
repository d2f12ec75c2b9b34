import { Dexie, type EntityTable } from 'dexie';
import type { IqaRound } from '../domain/iqa/round';
import type { EvidenceVersion, PortfolioRecord } from '../domain/records';
import type { AttachmentMeta, AuditEntry, Decision, Evidence, Mapping, Portfolio, Role, SignerKey } from '../domain/schemas';
import { DatabaseGuard } from './database-guard';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema-versions';

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

/** A signer's public key as this device knows it (SCHEMA_V3). */
export interface KeyRow extends SignerKey {
  /** `signerIdOf(signer)`: role and name, so every key seen for one signer is found at once. */
  signerId: string;
  /** When this device first saw the key: the first key seen for a signer is the one pinned. */
  firstSeenAt: string;
  /** How the key was confirmed: this device's own, or from a key card the signer handed over. */
  confirmed: 'own' | 'key-card' | null;
}

/** This device's user and signing key (one row, id 'device'). The private key cannot be exported. */
export interface IdentityRow {
  id: 'device';
  role: Role;
  name: string;
  privateKey: CryptoKey;
  fingerprint: string;
  createdAt: string;
}

/** What only this device knows about a portfolio. */
export interface PortfolioLocalRow {
  portfolioId: string;
  /** When this device last exported the portfolio to a file (so records made since are "not yet sent"). */
  lastSentAt?: string;
  /** The cohort label a tutor gave the portfolio when loading it (issue 9): "2026 September intake". */
  group?: string;
  /** Customers' and colleagues' names the learner wants found and masked (issue 10): never exported. */
  peopleToRedact?: string[];
  /**
   * The learner's choice on each piece of personal data the check before export found (issue 10), by
   * choiceKey (its kind and value): mask it, or keep it as not a customer's. Never exported.
   */
  privacyChoices?: Record<string, 'redact' | 'keep'>;
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
  printCopies!: EntityTable<PrintCopyRow, 'key'>;
  versions!: EntityTable<EvidenceVersion, 'id'>;
  records!: EntityTable<PortfolioRecord, 'id'>;
  keys!: EntityTable<KeyRow, 'fingerprint'>;
  identity!: EntityTable<IdentityRow, 'id'>;
  portfolioLocal!: EntityTable<PortfolioLocalRow, 'portfolioId'>;
  iqaRounds!: EntityTable<IqaRound, 'id'>;

  constructor(name = 'folio', guard = new DatabaseGuard()) {
    super(name, { indexedDB: guard.factory(), IDBKeyRange: Dexie.dependencies.IDBKeyRange });
    this.guard = guard;
    guard.watch(this);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    // The upgrade (and the hashing it brings) loads only on a device that has a version 2 database to
    // upgrade; Dexie.waitFor keeps the upgrade's transaction open while it loads.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const { upgradeToV3 } = await Dexie.waitFor(import('./upgrade-v3'));
        await upgradeToV3(tx);
      });
    this.version(4).stores(SCHEMA_V4);
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

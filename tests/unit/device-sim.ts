import { sha256Hex } from '../../src/domain/hash';
import { deriveCurrent } from '../../src/domain/history';
import { mergeSnapshots } from '../../src/domain/merge';
import type { EvidenceVersion, PortfolioRecord } from '../../src/domain/records';
import type { Decision, Person, Portfolio } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { makeVersion, versionContentOf } from '../../src/domain/versions';

/*
 * Two (or more) devices holding copies of one portfolio, changed with the same rules the app's
 * database code follows (a save appends a version after the current one, a delete writes a tombstone
 * naming every version held, decisions and records are appended), and exchanging copies through
 * mergeSnapshots. Pure, for the merge tests and their properties.
 */

export const PORTFOLIO_ID = 'p1';
const learner: Person = { role: 'learner', name: 'Sam Carter' };
const assessor: Person = { role: 'assessor', name: 'Morgan Ellis' };

export function emptyPortfolio(now = '2026-11-01T09:00:00.000Z'): PortfolioSnapshot {
  const portfolio: Portfolio = {
    id: PORTFOLIO_ID,
    learnerName: 'Sam Carter',
    learnerNumber: 'L-1',
    centre: 'Riverside',
    assessorName: 'Morgan Ellis',
    startDate: '2026-09-01',
    qualificationId: 'customer-service-l3',
    nextEvidenceNumber: 1,
    createdAt: now,
    updatedAt: now,
  };
  return { portfolio, evidence: [], mappings: [], versions: [], decisions: [], records: [], attachments: [], audit: [], keys: [] };
}

/** One clock for every device, so later steps are later (as on two real devices whose clocks agree). */
export class World {
  private tick = 0;
  private idCount = 0;
  now(): string {
    this.tick += 1;
    return new Date(Date.UTC(2026, 10, 2, 9) + this.tick * 1000).toISOString();
  }
  newId(prefix: string): string {
    this.idCount += 1;
    return `${prefix}-${this.idCount}`;
  }
}

export class Device {
  constructor(
    readonly world: World,
    readonly name: string,
    public snapshot: PortfolioSnapshot = emptyPortfolio(),
  ) {}

  private rederive(): void {
    const s = this.snapshot;
    const current = deriveCurrent(s.portfolio.id, s.versions, s.records, s.evidence, s.portfolio.nextEvidenceNumber);
    this.snapshot = { ...s, evidence: current.evidence, mappings: current.mappings };
  }

  private currentVersion(evidenceId: string): EvidenceVersion | undefined {
    const item = this.snapshot.evidence.find((e) => e.id === evidenceId);
    return item && this.snapshot.versions.find((v) => v.id === item.versionId);
  }

  private async append(evidenceId: string, change: Partial<Pick<EvidenceVersion, 'content' | 'mappings' | 'attachments'>> & { keptAfterDelete?: string[]; parents?: string[] }): Promise<EvidenceVersion> {
    const s = this.snapshot;
    const item = s.evidence.find((e) => e.id === evidenceId);
    const previous = this.currentVersion(evidenceId);
    const number = item?.number ?? s.portfolio.nextEvidenceNumber;
    const content = change.content ?? previous?.content;
    if (!content) throw new Error('no content');
    const now = this.world.now();
    const version = await makeVersion({
      id: this.world.newId(`${this.name}-v`),
      portfolioId: s.portfolio.id,
      evidenceId,
      number,
      version: (item?.version ?? 0) + 1,
      parents: change.parents ?? (item ? [item.versionId] : []),
      savedAt: now,
      author: learner,
      content,
      attachments: change.attachments ?? previous?.attachments ?? [],
      mappings: change.mappings ?? previous?.mappings ?? [],
      keptAfterDelete: change.keptAfterDelete,
    });
    const nextEvidenceNumber = item ? s.portfolio.nextEvidenceNumber : number + 1;
    this.snapshot = {
      ...s,
      portfolio: { ...s.portfolio, nextEvidenceNumber, updatedAt: now },
      versions: [...s.versions, version],
      audit: [...s.audit, { id: this.world.newId(`${this.name}-a`), portfolioId: s.portfolio.id, at: now, role: 'learner', name: learner.name, action: 'evidence updated', detail: evidenceId }],
    };
    this.rederive();
    return version;
  }

  async create(title: string): Promise<string> {
    const evidenceId = this.world.newId(`${this.name}-e`);
    await this.append(evidenceId, {
      content: { title, kind: 'other', date: '2026-11-01', customerType: 'external', fields: { description: `About ${title}` }, reflection: '', tags: [] },
    });
    return evidenceId;
  }

  async edit(evidenceId: string, title: string): Promise<void> {
    const v = this.currentVersion(evidenceId);
    if (v) await this.append(evidenceId, { content: { ...versionContentOf(v.content), title } });
  }

  async attach(evidenceId: string, text: string): Promise<void> {
    const v = this.currentVersion(evidenceId);
    if (!v) return;
    const bytes = new TextEncoder().encode(text);
    const sha256 = await sha256Hex(bytes);
    const id = this.world.newId(`${this.name}-f`);
    this.snapshot = {
      ...this.snapshot,
      attachments: [...this.snapshot.attachments, { id, portfolioId: PORTFOLIO_ID, evidenceId, name: `${text}.txt`, type: 'text/plain', size: bytes.length, sha256, createdAt: this.world.now(), bytes }],
    };
    await this.append(evidenceId, { attachments: [...v.attachments, { id, sha256 }] });
  }

  async map(evidenceId: string, markingPointId: string, rationale: string): Promise<void> {
    const v = this.currentVersion(evidenceId);
    if (v) await this.append(evidenceId, { mappings: [...v.mappings.filter((m) => m.markingPointId !== markingPointId), { markingPointId, rationale }] });
  }

  async unmap(evidenceId: string, markingPointId: string): Promise<void> {
    const v = this.currentVersion(evidenceId);
    if (v) await this.append(evidenceId, { mappings: v.mappings.filter((m) => m.markingPointId !== markingPointId) });
  }

  /** Keeps one head of a conflicted item (both heads become its parents), as the history screen does. */
  async keep(evidenceId: string, headId: string, heads: readonly string[], keptAfterDelete: string[] = []): Promise<void> {
    const v = this.snapshot.versions.find((x) => x.id === headId);
    if (v) await this.append(evidenceId, { content: v.content, mappings: v.mappings, attachments: v.attachments, parents: [headId, ...heads.filter((h) => h !== headId)], keptAfterDelete });
  }

  delete(evidenceId: string): void {
    const s = this.snapshot;
    const versionIds = s.versions.filter((v) => v.evidenceId === evidenceId).map((v) => v.id);
    if (versionIds.length === 0) return;
    const at = this.world.now();
    const tombstone: PortfolioRecord = { id: this.world.newId(`${this.name}-t`), portfolioId: PORTFOLIO_ID, type: 'tombstone', at, by: learner, evidenceId, versionIds };
    this.snapshot = {
      ...s,
      records: [...s.records, tombstone],
      versions: s.versions.filter((v) => v.evidenceId !== evidenceId),
      attachments: s.attachments.filter((a) => a.evidenceId !== evidenceId),
    };
    this.rederive();
  }

  decide(markingPointId: string): Decision {
    const s = this.snapshot;
    const basedOn = s.mappings
      .filter((m) => m.markingPointId === markingPointId)
      .flatMap((m) => {
        const v = this.currentVersion(m.evidenceId);
        return v ? [{ evidenceId: v.evidenceId, versionId: v.id, hash: v.pointHashes[markingPointId] }] : [];
      });
    const decision: Decision = {
      id: this.world.newId(`${this.name}-d`),
      portfolioId: PORTFOLIO_ID,
      markingPointId,
      outcome: basedOn.length ? 'met' : 'not-yet-met',
      feedback: basedOn.length ? '' : 'Map evidence here first.',
      methods: ['product-evidence'],
      basedOn,
      assessor,
      decidedAt: this.world.now(),
    };
    this.snapshot = { ...s, decisions: [...s.decisions, decision] };
    return decision;
  }

  comment(evidenceId: string, text: string): void {
    const v = this.currentVersion(evidenceId);
    if (!v) return;
    const record: PortfolioRecord = { id: this.world.newId(`${this.name}-c`), portfolioId: PORTFOLIO_ID, type: 'comment', at: this.world.now(), by: assessor, evidenceId, versionId: v.id, text };
    this.snapshot = { ...this.snapshot, records: [...this.snapshot.records, record] };
  }

  signOff(unitId: string, decisionIds: string[]): void {
    if (decisionIds.length === 0) return;
    const record: PortfolioRecord = { id: this.world.newId(`${this.name}-s`), portfolioId: PORTFOLIO_ID, type: 'sign-off', at: this.world.now(), by: assessor, unitId, declaration: 'I confirm this unit is met.', decisionIds };
    this.snapshot = { ...this.snapshot, records: [...this.snapshot.records, record] };
  }

  /** This device's copy as a file: plain data, so changes after the export do not reach it. */
  exportCopy(): PortfolioSnapshot {
    return structuredClone(this.snapshot);
  }

  importCopy(file: PortfolioSnapshot): ReturnType<typeof mergeSnapshots<PortfolioSnapshot['attachments'][number], PortfolioSnapshot['attachments'][number]>> {
    const result = mergeSnapshots(this.snapshot, file);
    this.snapshot = result.snapshot;
    return result;
  }
}

import { findKind } from '../evidence-kinds';
import type { EvidenceVersion, PortfolioRecord, VersionContent } from '../records';
import { LIMITS, type AttachmentMeta, type AuditEntry, type Decision, type Evidence, type Mapping, type Portfolio } from '../schemas';
import type { PortfolioSnapshot } from '../snapshot';

/**
 * Every piece of free text a portfolio file or PDF carries, walked in one place so that the privacy
 * review (what it lists) and the redaction (what it masks) can never disagree about where text is.
 */

/** Where a text is, for the learner: which item (if any), which saved version, and in what words. */
export interface TextPlace {
  /** The evidence item the text belongs to; absent for the portfolio's own lists and the audit trail. */
  evidenceId?: string;
  /** True for an item's current content (its row, its current version, its mappings, its files). */
  current: boolean;
  /** "The situation", "the title", "a comment by Morgan Ellis", "the audit trail" … */
  where: string;
}

/** The whole snapshot with its attachments as records of any kind (bytes from a file, or none at all). */
export type TextSnapshot<A extends AttachmentMeta = AttachmentMeta> = Omit<PortfolioSnapshot, 'attachments'> & { attachments: A[] };

/** Gets each text and its place and returns the text to keep there (the same text to change nothing). */
export type TextMapper = (text: string, place: TextPlace) => string;

/** Kind fields that hold a date, a number or a fixed choice carry no free text. */
function isFreeTextField(kind: string, key: string): boolean {
  const type = findKind(kind)?.fields.find((f) => f.name === key)?.type;
  return type === undefined || type === 'text' || type === 'textarea';
}

function fieldLabel(kind: string, key: string): string {
  return findKind(kind)?.fields.find((f) => f.name === key)?.label ?? 'the details';
}

/**
 * A mask is longer than some of what it replaces; a short text with limits (a tag, a title) is cut to
 * its limit rather than made unreadable by the schema it must still pass.
 */
function fit(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

type Content = Pick<VersionContent, 'title' | 'kind' | 'fields' | 'reflection' | 'tags' | 'factors' | 'feedbackTechniques' | 'legislation' | 'policies' | 'kpiRows' | 'cycles'>;

function mapList(list: readonly string[] | undefined, max: number, map: (text: string) => string): string[] | undefined {
  return list === undefined ? undefined : list.map((entry) => fit(map(entry), max));
}

/** Keeps an optional key absent when it was absent, so a content's shape (and hash input) stays as it was. */
function withOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  if (value === undefined) return target;
  return { ...target, [key]: value };
}

function mapContent<C extends Content>(content: C, evidenceId: string, current: boolean, map: TextMapper): C {
  const at = (where: string) => (text: string) => map(text, { evidenceId, current, where });
  // In the order the editor shows them: the title, the kind's fields, the reflection, the tags.
  const title = fit(at('the title')(content.title), LIMITS.titleMax);
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(content.fields)) {
    fields[key] = isFreeTextField(content.kind, key) ? at(fieldLabel(content.kind, key))(value) : value;
  }
  let out: C = {
    ...content,
    title,
    fields,
    reflection: at('the reflection')(content.reflection),
    tags: content.tags.map((tag) => fit(at('a tag')(tag), LIMITS.tagMax)),
  };
  out = withOptional(out, 'factors', mapList(content.factors, LIMITS.tagMax, at('a factor')));
  out = withOptional(out, 'feedbackTechniques', mapList(content.feedbackTechniques, LIMITS.tagMax, at('a feedback technique')));
  out = withOptional(out, 'legislation', mapList(content.legislation, LIMITS.tagMax, at('a legislation tag')));
  out = withOptional(out, 'policies', mapList(content.policies, LIMITS.tagMax, at('a policy tag')));
  if (content.kpiRows !== undefined) {
    out = {
      ...out,
      kpiRows: content.kpiRows.map((row) => ({
        ...row,
        measure: fit(at('a KPI’s measure')(row.measure), LIMITS.shortTextMax),
        unit: fit(at('a KPI’s unit')(row.unit), 40),
      })),
    };
  }
  if (content.cycles !== undefined) {
    out = { ...out, cycles: content.cycles.map((link) => ({ ...link, cycle: fit(at('a cycle’s name')(link.cycle), LIMITS.tagMax) })) };
  }
  return out;
}

function mapRationale(rationale: string, evidenceId: string, current: boolean, pointId: string, map: TextMapper): string {
  return fit(map(rationale, { evidenceId, current, where: `the rationale for ${pointId}` }), LIMITS.rationaleMax);
}

function mapVersion(version: EvidenceVersion, current: boolean, map: TextMapper): EvidenceVersion {
  return {
    ...version,
    content: mapContent(version.content, version.evidenceId, current, map),
    mappings: version.mappings.map((m) => ({ ...m, rationale: mapRationale(m.rationale, version.evidenceId, current, m.markingPointId, map) })),
  };
}

/**
 * Signed records are carried as they were signed: changing a word would break the signature and the
 * file would be refused. They are the assessor's or IQA's words (decisions, sign-offs, unlocks, IQA
 * outcomes) or the declaration; the unsigned ones a learner's data can reach are masked.
 */
function mapRecord(record: PortfolioRecord, currentVersions: ReadonlySet<string>, map: TextMapper): PortfolioRecord {
  if (record.signature !== undefined) return record;
  switch (record.type) {
    case 'comment':
      return {
        ...record,
        text: map(record.text, { evidenceId: record.evidenceId, current: currentVersions.has(record.versionId), where: `a comment by ${record.by.name}` }),
      };
    case 'coach-dismissal':
      return { ...record, reason: fit(map(record.reason, { evidenceId: record.evidenceId, current: true, where: 'the reason a coach finding was dismissed' }), LIMITS.coachDismissalReasonMax) };
    case 'unlock':
      return { ...record, reason: map(record.reason, { evidenceId: record.evidenceId, current: true, where: 'the reason an item was unlocked' }) };
    default:
      return record;
  }
}

function mapDecision(decision: Decision, map: TextMapper): Decision {
  if (decision.signature !== undefined) return decision;
  return { ...decision, feedback: map(decision.feedback, { current: true, where: `the feedback on ${decision.markingPointId}` }) };
}

function mapPortfolio(portfolio: Portfolio, map: TextMapper): Portfolio {
  const at = (where: string) => (text: string) => map(text, { current: true, where });
  let out: Portfolio = portfolio;
  out = withOptional(out, 'legislation', mapList(portfolio.legislation, LIMITS.tagMax, at('the portfolio’s legislation list')));
  out = withOptional(out, 'policies', mapList(portfolio.policies, LIMITS.tagMax, at('the portfolio’s list of policies')));
  return out;
}

function mapAudit(entry: AuditEntry, map: TextMapper): AuditEntry {
  return { ...entry, detail: fit(map(entry.detail, { current: true, where: 'the audit trail' }), 1000) };
}

/**
 * The snapshot with every free text passed through `map`, in a fixed order (the portfolio, then item by
 * item: current row, versions, mappings, attachment names; then records, decisions, the audit trail).
 * Nothing is changed in place. The learner's and signers' own names, ids, dates and hashes are not text
 * a customer's details can be in, and are left alone.
 */
export function mapSnapshotTexts<A extends AttachmentMeta>(snapshot: TextSnapshot<A>, map: TextMapper): TextSnapshot<A> {
  const currentVersions = new Set(snapshot.evidence.map((e) => e.versionId));
  const evidence: Evidence[] = snapshot.evidence.map((e) => mapContent(e, e.id, true, map));
  const versions = snapshot.versions.map((v) => mapVersion(v, currentVersions.has(v.id), map));
  const mappings: Mapping[] = snapshot.mappings.map((m) => ({ ...m, rationale: mapRationale(m.rationale, m.evidenceId, true, m.markingPointId, map) }));
  const attachments: A[] = snapshot.attachments.map((a) => ({ ...a, name: fit(map(a.name, { evidenceId: a.evidenceId, current: true, where: 'the name of an attached file' }), 255) }));
  return {
    ...snapshot,
    portfolio: mapPortfolio(snapshot.portfolio, map),
    evidence,
    versions,
    mappings,
    attachments,
    records: snapshot.records.map((r) => mapRecord(r, currentVersions, map)),
    decisions: snapshot.decisions.map((d) => mapDecision(d, map)),
    audit: snapshot.audit.map((entry) => mapAudit(entry, map)),
  };
}

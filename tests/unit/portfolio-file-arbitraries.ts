import { withVersions, type UnversionedEvidence } from '../../src/samples/with-versions';
import fc from 'fast-check';
import { allMarkingPoints, catalogue } from '../../src/catalogue';
import { evidenceKinds } from '../../src/domain/evidence-kinds';
import { sha256Hex } from '../../src/domain/hash';
import { decisionId, formatRef, mappingId } from '../../src/domain/references';
import { customerTypes, type AuditEntry, type Decision, type Mapping } from '../../src/domain/schemas';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../../src/domain/snapshot';
import { acceptedSamples } from '../fixtures/attachment-samples';

/**
 * Generated portfolios for property tests: any Unicode a person could type (and some they could not,
 * such as lone surrogates), every kind, mappings, attachments of every accepted kind with random bytes, decisions, audit.
 * Values stay inside the schema's limits, since the file refuses anything outside them by design.
 */

/** Up to `max` UTF-16 units: a code point may take two, so ask for half as many. */
const text = (max: number, min = 0) => fc.string({ unit: 'binary', minLength: min, maxLength: Math.floor(max / 2) });
/** Names the portfolio form trims before saving, so a saved portfolio never holds outer spaces. */
const trimmed = (max: number) => text(max, 1).map((s) => s.trim()).filter((s) => s.length > 0);

const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const timestamp = instant.map((d) => d.toISOString());
const day = instant.map((d) => d.toISOString().slice(0, 10));
const pointId = fc.constantFrom(...allMarkingPoints.map((mp) => mp.id));

/**
 * An attachment the rules accept (an import refuses the rest by design): a real file of any kind,
 * binary kinds with random bytes after their signature, text with any Unicode after a plain letter.
 */
const attachmentArb = fc.record({
  stem: text(240, 1).filter((s) => s.length > 0),
  sample: fc.constantFrom(...acceptedSamples),
  tail: fc.uint8Array({ maxLength: 4096 }),
  words: text(4000).map((t) => t.replaceAll('\u0000', ' ')),
  createdAt: timestamp,
}).map(({ stem, sample, tail, words, createdAt }) => {
  const ext = sample.name.slice(sample.name.lastIndexOf('.'));
  const isText = sample.type.startsWith('text/');
  const isZip = sample.bytes[0] === 0x50 && sample.bytes[1] === 0x4b;
  const bytes = isText ? new TextEncoder().encode(`A${words}`) : isZip ? sample.bytes : Uint8Array.from([...sample.bytes, ...tail]);
  return { name: `${stem}${ext}`, type: sample.type, bytes, createdAt };
});

const itemArb = fc.constantFrom(...evidenceKinds).chain((kind) =>
  fc.record({
    kind: fc.constant(kind.id),
    gap: fc.integer({ min: 1, max: 3 }),
    title: text(200, 1).filter((s) => s.length > 0),
    date: day,
    customerType: fc.constantFrom(...customerTypes),
    // fc.record makes null-prototype objects; a saved item (and JSON) has plain ones.
    // A date field holds a real date or nothing: the schema refuses anything else, as the form does.
    fields: fc
      .record(Object.fromEntries(kind.fields.map((f) => [f.name, f.type === 'date' ? fc.oneof(day, fc.constant('')) : text(2000)])))
      .map((f) => ({ ...f })),
    reflection: text(3000),
    tags: fc.array(text(80), { maxLength: 5 }),
    version: fc.integer({ min: 1, max: 50 }),
    createdAt: timestamp,
    updatedAt: timestamp,
    mappings: fc.uniqueArray(
      fc.record({ markingPointId: pointId, rationale: text(300), createdAt: timestamp, updatedAt: timestamp }),
      { selector: (m) => m.markingPointId, maxLength: 4 },
    ),
    attachments: fc.array(attachmentArb, { maxLength: 2 }),
  }),
);

const decisionArb = fc.record({
  outcome: fc.constantFrom('met', 'partially-met', 'not-yet-met'),
  feedback: text(2000),
  assessorName: trimmed(120).filter((s) => s.length > 0),
  decidedAt: timestamp,
  basedOnDeleted: fc.boolean(),
});

const auditArb = fc.record({
  at: timestamp,
  role: fc.constantFrom('learner', 'assessor', 'tutor'),
  name: text(120),
  action: text(100, 1).filter((s) => s.length > 0),
  detail: text(1000),
});

const rawArb = fc.record({
  portfolioId: fc.uuid(),
  learnerName: trimmed(120),
  learnerNumber: trimmed(40),
  centre: trimmed(200),
  assessorName: trimmed(120),
  startDate: day,
  spareNumbers: fc.integer({ min: 0, max: 5 }),
  createdAt: timestamp,
  updatedAt: timestamp,
  items: fc.array(itemArb, { maxLength: 6 }),
  decisions: fc.uniqueArray(fc.tuple(pointId, decisionArb), { selector: ([id]) => id, maxLength: 5 }),
  audit: fc.array(auditArb, { maxLength: 6 }),
});

/** A whole snapshot; async because attachment hashes are. Ids are derived from positions so they never collide. */
export const snapshotArb = rawArb.map(async (raw): Promise<PortfolioSnapshot> => {
  const portfolioId = raw.portfolioId;
  let number = 0;
  const unversioned: UnversionedEvidence[] = [];
  const mappings: Mapping[] = [];
  const attachments: AttachmentWithBytes[] = [];
  for (const [i, item] of raw.items.entries()) {
    number += item.gap;
    const id = `${portfolioId.slice(0, 8)}-ev-${i}`;
    const { gap: _gap, mappings: itemMappings, attachments: itemAttachments, ...rest } = item;
    unversioned.push({ ...rest, id, portfolioId, number, ref: formatRef(number) });
    for (const m of itemMappings) {
      mappings.push({ ...m, id: mappingId(id, m.markingPointId), portfolioId, evidenceId: id });
    }
    for (const [j, a] of itemAttachments.entries()) {
      attachments.push({ ...a, id: `${id}-att-${j}`, portfolioId, evidenceId: id, size: a.bytes.length, sha256: await sha256Hex(a.bytes) });
    }
  }
  const { evidence, versions } = await withVersions(raw.learnerName, unversioned, mappings, attachments);
  const versionOf = new Map(versions.map((v) => [v.evidenceId, v]));
  const decisions: Decision[] = raw.decisions.map(([markingPointId, d]) => ({
    id: decisionId(portfolioId, markingPointId),
    portfolioId,
    markingPointId,
    outcome: d.outcome,
    feedback: d.feedback,
    methods: [],
    assessor: { role: 'assessor' as const, name: d.assessorName },
    decidedAt: d.decidedAt,
    basedOn: [
      ...mappings
        .filter((m) => m.markingPointId === markingPointId)
        .map((m) => ({ evidenceId: m.evidenceId, versionId: versionOf.get(m.evidenceId)?.id, hash: versionOf.get(m.evidenceId)?.pointHashes[markingPointId] })),
      ...(d.basedOnDeleted ? [{ evidenceId: 'deleted-item', version: 2 }] : []),
    ],
  }));
  const audit: AuditEntry[] = raw.audit.map((a, i) => ({ ...a, id: `audit-${i}`, portfolioId }));
  return {
    portfolio: {
      id: portfolioId,
      learnerName: raw.learnerName,
      learnerNumber: raw.learnerNumber,
      centre: raw.centre,
      assessorName: raw.assessorName,
      startDate: raw.startDate,
      qualificationId: catalogue.id,
      nextEvidenceNumber: number + 1 + raw.spareNumbers,
      createdAt: raw.createdAt,
      updatedAt: raw.updatedAt,
    },
    evidence,
    mappings,
    versions,
    decisions,
    records: [],
    attachments,
    audit,
    keys: [],
  };
});

import fc from 'fast-check';
import { allMarkingPoints, catalogue } from '../../src/catalogue';
import { evidenceKinds } from '../../src/domain/evidence-kinds';
import { sha256Hex } from '../../src/domain/hash';
import type { EvidenceVersion, PortfolioRecord } from '../../src/domain/records';
import { assessmentMethods, customerTypes, decisionOutcomes, type AuditEntry, type Decision, type Evidence, type Mapping } from '../../src/domain/schemas';
import { generateSigningKey, signRecord } from '../../src/domain/signing';
import { evidenceFromVersion, makeVersion, mappingsFromVersion } from '../../src/domain/versions';
import type { AttachmentWithBytes, PortfolioSnapshot } from '../../src/domain/snapshot';
import { acceptedSamples } from '../fixtures/attachment-samples';

/**
 * Generated portfolios for property tests: any Unicode a person could type (and some they could not,
 * such as lone surrogates), every kind, versions, mappings, attachments of every accepted kind with random bytes,
 * decisions (some signed), records, keys and audit.
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
    /** Earlier saved versions of the item (each a different title), before the current one. */
    earlier: fc.array(text(200, 1).filter((t) => t.length > 0), { maxLength: 2 }),
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
  outcome: fc.constantFrom(...decisionOutcomes),
  feedback: text(2000),
  methods: fc.uniqueArray(fc.constantFrom(...assessmentMethods), { maxLength: 3 }),
  assessorName: trimmed(120),
  decidedAt: timestamp,
  basedOnDeleted: fc.boolean(),
  signed: fc.boolean(),
});

const recordArb = fc.record({
  type: fc.constantFrom('ready', 'comment', 'sign-off', 'tombstone'),
  unitId: fc.constantFrom(...catalogue.units.map((u) => u.id)),
  text: trimmed(500),
  name: trimmed(120),
  at: timestamp,
  pick: fc.nat(),
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
  decisions: fc.array(fc.tuple(pointId, decisionArb), { maxLength: 5 }),
  records: fc.array(recordArb, { maxLength: 5 }),
  audit: fc.array(auditArb, { maxLength: 6 }),
});

/** One signing key for every generated portfolio: making a key per run would only cost time. */
let sharedKey: ReturnType<typeof generateSigningKey> | undefined;
const assessorKey = () => (sharedKey ??= generateSigningKey());
const KEY_SIGNER = 'Generated Assessor';

/**
 * A whole format 2 snapshot; async because hashes and signatures are. Ids are derived from positions
 * so they never collide. Items have one to three versions, the rows show the last; decisions are in
 * the new shape, bound to the versions' hashes, some signed; records of several types, a sign-off signed.
 */
export const snapshotArb = rawArb.map(async (raw): Promise<PortfolioSnapshot> => {
  const portfolioId = raw.portfolioId;
  const learner = { role: 'learner' as const, name: raw.learnerName };
  let number = 0;
  const evidence: Evidence[] = [];
  const mappings: Mapping[] = [];
  const versions: EvidenceVersion[] = [];
  const attachments: AttachmentWithBytes[] = [];
  for (const [i, item] of raw.items.entries()) {
    number += item.gap;
    const id = `${portfolioId.slice(0, 8)}-ev-${i}`;
    const { gap: _gap, earlier, mappings: itemMappings, attachments: itemAttachments, version, createdAt, updatedAt: _updatedAt, ...content } = item;
    const itemAttachmentRows: AttachmentWithBytes[] = [];
    for (const [j, a] of itemAttachments.entries()) {
      itemAttachmentRows.push({ ...a, id: `${id}-att-${j}`, portfolioId, evidenceId: id, size: a.bytes.length, sha256: await sha256Hex(a.bytes) });
    }
    attachments.push(...itemAttachmentRows);
    const titles = [...earlier, content.title];
    let parent: EvidenceVersion | undefined;
    for (const [k, title] of titles.entries()) {
      parent = await makeVersion({
        id: `${id}-v${k}`,
        portfolioId,
        evidenceId: id,
        number,
        version: version + k,
        parents: parent ? [parent.id] : [],
        savedAt: item.updatedAt,
        author: learner,
        content: { ...content, title },
        attachments: itemAttachmentRows,
        mappings: itemMappings,
      });
      versions.push(parent);
    }
    if (!parent) throw new Error('an item has at least one version');
    evidence.push(evidenceFromVersion(parent, createdAt));
    const created = new Map(itemMappings.map((m) => [m.markingPointId, m.createdAt]));
    mappings.push(...mappingsFromVersion(parent, (p) => created.get(p) ?? createdAt));
  }
  const current = new Map(evidence.map((e) => [e.id, versions.find((v) => v.id === e.versionId)]));
  const key = raw.decisions.some(([, d]) => d.signed) || raw.records.some((r) => r.type === 'sign-off') ? await assessorKey() : undefined;
  const sign = async <T extends object>(record: T): Promise<T> => (key ? signRecord(record, key) : record);

  const decisions: Decision[] = [];
  for (const [i, [markingPointId, d]] of raw.decisions.entries()) {
    const decision: Decision = {
      id: `decision-${i}`,
      portfolioId,
      markingPointId,
      outcome: d.outcome,
      feedback: d.feedback,
      methods: d.methods,
      basedOn: [
        ...mappings
          .filter((m) => m.markingPointId === markingPointId)
          .map((m) => {
            const v = current.get(m.evidenceId);
            return v ? { evidenceId: m.evidenceId, versionId: v.id, version: v.version, hash: v.pointHashes[markingPointId] ?? '' } : { evidenceId: m.evidenceId };
          }),
        ...(d.basedOnDeleted ? [{ evidenceId: 'deleted-item', version: 2 }] : []),
      ],
      // A signed decision names the key's signer, as a device signs only as its own user.
      assessor: { role: 'assessor', name: d.signed && key ? KEY_SIGNER : d.assessorName },
      decidedAt: d.decidedAt,
    };
    decisions.push(d.signed && key ? await signRecord(decision, key) : decision);
  }

  const records: PortfolioRecord[] = [];
  for (const [i, r] of raw.records.entries()) {
    const base = { id: `record-${i}`, portfolioId, at: r.at };
    const assessor = { role: 'assessor' as const, name: r.type === 'sign-off' ? KEY_SIGNER : r.name };
    const item = evidence[r.pick % Math.max(1, evidence.length)];
    if (r.type === 'ready') records.push({ ...base, type: 'ready', by: learner, unitId: r.unitId, ready: r.pick % 2 === 0 });
    else if (r.type === 'comment' && item) records.push({ ...base, type: 'comment', by: assessor, evidenceId: item.id, versionId: item.versionId, text: r.text });
    else if (r.type === 'tombstone') records.push({ ...base, type: 'tombstone', by: learner, evidenceId: `deleted-${i}`, versionIds: [`deleted-${i}-v1`] });
    else if (r.type === 'sign-off' && decisions.length > 0) {
      const decisionIds = decisions.map((d) => d.id).slice(0, 1 + (r.pick % decisions.length));
      records.push(await sign({ ...base, type: 'sign-off' as const, by: assessor, unitId: r.unitId, declaration: r.text, decisionIds }));
    }
  }
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
    records,
    attachments,
    audit,
    // The key travels when something here is signed with it, as a device's export carries it.
    keys: key && [...decisions, ...records].some((r) => r.signature) ? [{ fingerprint: key.fingerprint, publicKey: key.publicKey, signer: { role: 'assessor', name: KEY_SIGNER }, createdAt: raw.createdAt }] : [],
  };
});

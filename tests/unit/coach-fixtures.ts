import { catalogue } from '../../src/catalogue';
import type { CoachInput } from '../../src/domain/coach';
import { emptyFields, type EvidenceKindId } from '../../src/domain/evidence-kinds';
import type { CustomerType, Evidence, Mapping } from '../../src/domain/schemas';

const AT = '2026-11-01T10:00:00.000Z';

export interface ItemSpec {
  number: number;
  kind: EvidenceKindId;
  fields?: Record<string, string>;
  customerType?: CustomerType;
  title?: string;
  reflection?: string;
  tags?: string[];
}

/** A stored evidence item of `kind`, its fields empty but for those given. */
export function item(spec: ItemSpec): Evidence {
  const id = `ev-${spec.number}`;
  return {
    id,
    portfolioId: 'p',
    number: spec.number,
    ref: `E${String(spec.number).padStart(3, '0')}`,
    title: spec.title ?? `Item ${spec.number}`,
    kind: spec.kind,
    date: '2026-11-01',
    customerType: spec.customerType ?? 'external',
    fields: { ...emptyFields(spec.kind), ...spec.fields },
    reflection: spec.reflection ?? '',
    tags: spec.tags ?? [],
    version: 1,
    versionId: `${id}:v1`,
    createdAt: AT,
    updatedAt: AT,
  };
}

export function mapping(evidence: Evidence, markingPointId: string): Mapping {
  return {
    id: `${evidence.id}:${markingPointId}`,
    portfolioId: 'p',
    evidenceId: evidence.id,
    markingPointId,
    rationale: 'Shows it.',
    createdAt: AT,
    updatedAt: AT,
  };
}

/** The coach's input for some items, each mapped to the points listed with it. */
export function input(...entries: readonly (readonly [Evidence, ...string[]])[]): CoachInput {
  return {
    catalogue,
    evidence: entries.map(([e]) => e),
    mappings: entries.flatMap(([e, ...points]) => points.map((p) => mapping(e, p))),
  };
}

/** A complaint record with every stage filled in, to break one field at a time. */
export const goodComplaint = {
  receivedDate: '2026-10-01',
  channel: 'Email',
  classification: 'Formal',
  summary: 'A late refund.',
  acknowledgement: 'Emailed the same day with a named contact.',
  investigation: 'Found the refund stuck in the payments queue.',
  resolution: 'Refund issued the next morning.',
  recordedIn: 'Complaints log',
};

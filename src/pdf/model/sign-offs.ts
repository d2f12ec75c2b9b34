import type { Unit } from '../../catalogue/schema';
import type { Coverage } from '../../domain/coverage';
import type { PortfolioRecord, RecordOf } from '../../domain/records';
import { formatDateTime } from '../../domain/readable-dates';
import type { Evidence } from '../../domain/schemas';
import { personLabel, signatureLine, signatureText, type SignatureChecks } from './signatures';
import type { KeyValue, PdfModel, SignOffBlock } from './types';
import { listJoin } from './wording';

const latestFirst = (a: PortfolioRecord, b: PortfolioRecord) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id);

function recordsOf<T extends PortfolioRecord['type']>(records: readonly PortfolioRecord[], type: T): RecordOf<T>[] {
  return records.filter((r): r is RecordOf<T> => r.type === type);
}

interface SignOffInputs {
  coverage: Coverage;
  records: readonly PortfolioRecord[];
  checks: SignatureChecks;
  evidence: readonly Evidence[];
}

/**
 * Each unit's sign-off block: who signed it off and when, the declaration, the signature, any
 * countersignature, and whether it still holds (every decision it names is still the current one on
 * its point, met, and its evidence unchanged) — the latest sign-off of a unit is the one that counts.
 */
export function buildSignOffs(units: readonly Unit[], inputs: SignOffInputs): PdfModel['signOffs'] {
  return {
    heading: 'Unit sign-off',
    anchor: 'sign-offs',
    intro:
      'A unit is signed off when every marking point in it is met. Each sign-off is signed with the assessor’s key; its fingerprint is listed with the signers at the end.',
    units: units.map((unit) => signOffBlock(unit, inputs)),
  };
}

function signOffBlock(unit: Unit, { coverage, records, checks, evidence }: SignOffInputs): SignOffBlock {
  const heading = `Unit ${unit.number}: ${unit.title}`;
  const signOff = recordsOf(records, 'sign-off').filter((r) => r.unitId === unit.id).sort(latestFirst)[0];
  if (!signOff) return { unitId: unit.id, heading, state: 'Not signed off', rows: [] };

  const line = signatureLine(signOff.id, signOff.signature, checks);
  const rows: KeyValue[] = [
    { label: 'Signed off by', value: personLabel(signOff.by) },
    { label: 'Date', value: formatDateTime(signOff.at) },
    { label: 'Declaration', value: signOff.declaration },
    { label: 'Signature', value: signatureText(line) },
  ];
  const countersign = recordsOf(records, 'countersign').filter((r) => r.signOffId === signOff.id).sort(latestFirst)[0];
  if (countersign) {
    const cs = signatureLine(countersign.id, countersign.signature, checks);
    rows.push({ label: 'Countersigned by', value: `${personLabel(countersign.by)}, ${formatDateTime(countersign.at)}\n${countersign.declaration}\n${signatureText(cs)}` });
  } else if (signOff.countersignBy) {
    rows.push({ label: 'Countersignature', value: `Needed from ${signOff.countersignBy}: not yet given` });
  }
  const unlocks = recordsOf(records, 'unlock')
    .filter((r) => r.at > signOff.at && unit.markingPoints.some((mp) => coverage.byPoint.get(mp.id)?.evidence.some((e) => e.id === r.evidenceId)))
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const u of unlocks) {
    const ref = evidence.find((e) => e.id === u.evidenceId)?.ref ?? 'An item';
    rows.push({ label: 'Unlocked', value: `${ref} by ${personLabel(u.by)}, ${formatDateTime(u.at)}: ${u.reason}` });
  }

  const broken = unit.markingPoints.filter((mp) => {
    const pc = coverage.byPoint.get(mp.id);
    return !pc?.decision || !signOff.decisionIds.includes(pc.decision.id) || !pc.countsAsMet;
  });
  const state = !line.verified
    ? `Sign-off does not count: ${line.words.toLowerCase()}`
    : broken.length > 0
      ? `No longer holds: ${listJoin(broken.map((mp) => mp.id))} ${broken.length === 1 ? 'no longer counts' : 'no longer count'} as met (decided again, evidence changed since assessment, or a signature that does not verify)`
      : signOff.countersignBy && !countersign
        ? 'Signed off; countersignature pending'
        : 'Signed off';
  return { unitId: unit.id, heading, state, rows };
}


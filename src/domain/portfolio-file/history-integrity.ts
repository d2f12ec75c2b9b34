import canonicalize from 'canonicalize';
import type { Catalogue } from '../../catalogue/schema';
import type { EvidenceVersion } from '../records';
import { shortForMessage as short } from '../short-for-message';
import { versionContentOf } from '../versions';
import { folioErrors, type FolioError } from './errors';
import type { FolioData } from './schema';

/*
 * Format 2's history has to hold together as well: the current rows (`evidence`, `mappings`) are what
 * each item's current version says, every version belongs to an item of the file and to attachments it
 * carries, and records point at units, items, versions and decisions that exist (or, for items and
 * versions, that a tombstone in the file deleted). Hashes and signatures are checked after this, in
 * ./version-hashes.ts and by verifySnapshot.
 */

const same = (a: unknown, b: unknown): boolean => canonicalize(a) === canonicalize(b);

export function checkHistory(data: FolioData, catalogue: Catalogue): FolioError | undefined {
  const bad = folioErrors.invalidData;
  const pointIds = new Set(catalogue.units.flatMap((u) => u.markingPoints.map((mp) => mp.id)));
  const unitIds = new Set(catalogue.units.map((u) => u.id));
  const evidenceById = new Map(data.evidence.map((e) => [e.id, e]));
  const versionById = new Map(data.versions.map((v) => [v.id, v]));
  const attachmentById = new Map(data.attachments.map((a) => [a.id, a]));
  const refOf = (evidenceId: string) => short(evidenceById.get(evidenceId)?.ref ?? `evidence ${evidenceId}`);
  const versionName = (v: EvidenceVersion) => `version ${v.version} of ${refOf(v.evidenceId)}`;

  const followed = new Set(data.versions.flatMap((v) => v.parents));
  for (const v of data.versions) {
    if (!evidenceById.has(v.evidenceId)) return bad(`${versionName(v)}: evidenceId`, `there is no evidence item with id ${short(v.evidenceId)}`);
    for (const a of v.attachments) {
      const meta = attachmentById.get(a.id);
      if (!meta || meta.evidenceId !== v.evidenceId) return bad(`${versionName(v)}: attachments`, `it names an attachment (${short(a.id)}) that the file does not hold for this item`);
      if (meta.sha256 !== a.sha256) return folioErrors.checksum(`attachment “${short(meta.name)}” of ${refOf(v.evidenceId)}`, `its SHA-256 differs from the one ${versionName(v)} records`);
    }
    const unknownPoint = v.mappings.find((m) => !pointIds.has(m.markingPointId));
    if (unknownPoint) return bad(`${versionName(v)}: mappings`, `${short(unknownPoint.markingPointId)} is not a marking point of ${catalogue.title}`);
  }

  const mappingsOf = new Map<string, { markingPointId: string; rationale: string }[]>();
  for (const m of data.mappings) mappingsOf.set(m.evidenceId, [...(mappingsOf.get(m.evidenceId) ?? []), { markingPointId: m.markingPointId, rationale: m.rationale }]);
  const byPoint = (list: readonly { markingPointId: string; rationale: string }[]) => [...list].sort((a, b) => a.markingPointId.localeCompare(b.markingPointId));

  for (const e of data.evidence) {
    const where = `evidence ${short(e.ref)}`;
    const v = versionById.get(e.versionId);
    if (!v || v.evidenceId !== e.id) return bad(`${where}: versionId`, 'it names no saved version of this item');
    if (followed.has(v.id)) return bad(`${where}: versionId`, 'it shows a version that a later version of the item replaced');
    if (v.version !== e.version || !same(versionContentOf(e), v.content)) {
      return bad(where, `what it shows differs from its current version (version ${v.version})`);
    }
    if (!same(byPoint(mappingsOf.get(e.id) ?? []), byPoint(v.mappings))) {
      return bad(`${where}: mappings`, `its marking points and rationales differ from its current version (version ${v.version})`);
    }
  }

  // An item or version that a tombstone deleted may still be named by what was said about it before.
  const deletedItems = new Set<string>();
  const deletedVersions = new Set<string>();
  for (const r of data.records) {
    if (r.type !== 'tombstone') continue;
    deletedItems.add(r.evidenceId);
    for (const id of r.versionIds) deletedVersions.add(id);
  }
  const itemKnown = (id: string) => evidenceById.has(id) || deletedItems.has(id);
  const versionKnown = (id: string) => versionById.has(id) || deletedVersions.has(id);
  const decisionIds = new Set(data.decisions.map((d) => d.id));
  const signOffIds = new Set(data.records.flatMap((r) => (r.type === 'sign-off' ? [r.id] : [])));

  for (const r of data.records) {
    const where = `${r.type} record ${short(r.id)}`;
    switch (r.type) {
      case 'ready':
      case 'sign-off':
        if (!unitIds.has(r.unitId)) return bad(`${where}: unitId`, `${short(r.unitId)} is not a unit of ${catalogue.title}`);
        if (r.type === 'sign-off') {
          const missing = r.decisionIds.find((id) => !decisionIds.has(id));
          if (missing !== undefined) return bad(`${where}: decisionIds`, `there is no decision with id ${short(missing)}`);
        }
        break;
      case 'comment':
      case 'unlock':
      case 'coach-dismissal':
        if (!itemKnown(r.evidenceId)) return bad(`${where}: evidenceId`, `there is no evidence item with id ${short(r.evidenceId)}`);
        if (r.type === 'comment' && !versionKnown(r.versionId)) return bad(`${where}: versionId`, `there is no version with id ${short(r.versionId)}`);
        break;
      case 'countersign':
        if (!signOffIds.has(r.signOffId)) return bad(`${where}: signOffId`, `there is no sign-off with id ${short(r.signOffId)}`);
        break;
      case 'declaration': {
        const missing = Object.entries(r.versions).find(([evidenceId, versionId]) => !itemKnown(evidenceId) || !versionKnown(versionId));
        if (missing) return bad(`${where}: versions`, `it declares a version (${short(missing[1])}) that the file does not hold`);
        break;
      }
      case 'iqa':
        if (!decisionIds.has(r.decisionId)) return bad(`${where}: decisionId`, `there is no decision with id ${short(r.decisionId)}`);
        break;
      case 'key-change':
      case 'tombstone':
        break;
    }
  }
  return undefined;
}

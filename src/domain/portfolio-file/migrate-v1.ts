import { decisionFromV1 } from '../decision-v1';
import type { EvidenceVersion } from '../records';
import { firstVersionId, firstVersionOf } from '../first-version';
import type { FolioError } from './errors';
import { schemaRefusal } from './schema-refusal';
import { folioDataV1Schema } from './schema-v1';

export type MigrationResult = { ok: true; data: unknown } | { ok: false; error: FolioError };

/**
 * Format 1 → 2. Each item gets the one version its state gives (`firstVersionOf`, as the database
 * upgrade to schema 3 writes it: the same id, time, author and hashes).
 * Decisions take their new shape, unsigned (src/domain/decision-v1.ts). The result is checked again
 * as version 2 data.
 */
export async function migrateV1(raw: unknown): Promise<MigrationResult> {
  const parsed = folioDataV1Schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: schemaRefusal(raw, parsed.error) };
  const v1 = parsed.data;
  // The version keeps a rationale trimmed (as every save does), so the current rows say the same.
  const mappings = v1.mappings.map((m) => ({ ...m, rationale: m.rationale.trim() }));
  const versions: EvidenceVersion[] = await Promise.all(
    v1.evidence.map((item) =>
      firstVersionOf(
        item,
        v1.portfolio.learnerName,
        v1.attachments.filter((a) => a.evidenceId === item.id),
        mappings.filter((m) => m.evidenceId === item.id),
      ),
    ),
  );
  return {
    ok: true,
    data: {
      portfolio: v1.portfolio,
      evidence: v1.evidence.map((item) => ({ ...item, versionId: firstVersionId(item) })),
      mappings,
      versions,
      decisions: v1.decisions.map(decisionFromV1),
      records: [],
      audit: v1.audit,
      attachments: v1.attachments,
      keys: [],
    },
  };
}

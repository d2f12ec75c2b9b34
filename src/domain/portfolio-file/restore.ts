import type { z } from 'zod';
import type { Catalogue } from '../../catalogue/schema';
import { folioErrors, type FolioError } from './errors';
import { checkIntegrity } from './integrity';
import { issueLocation } from './issue-location';
import { migrateFolioData } from './migrations';
import { folioDataSchema, type FolioData } from './schema';

/** Zod's own wording for a missing value is for developers; say it plainly. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `it is missing (expected ${issue.expected})`;
  return issue.message;
}

export type RestoreResult = { ok: true; data: FolioData } | { ok: false; error: FolioError };

/**
 * The one way portfolio data gets in from outside: migrate it from the version it was written in,
 * validate it with the entity schemas (which also drops unknown fields), then check that it holds
 * together. Nothing is trusted before this returns ok.
 */
export function restoreFolioData(formatVersion: number, raw: unknown, catalogue: Catalogue): RestoreResult {
  const migrated = migrateFolioData(formatVersion, raw);
  const parsed = folioDataSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issueLocation(migrated, issue.path) : 'portfolio.json';
    return { ok: false, error: folioErrors.invalidData(where, issue ? describeIssue(issue) : 'it does not match the expected shape') };
  }
  const broken = checkIntegrity(parsed.data, catalogue);
  return broken ? { ok: false, error: broken } : { ok: true, data: parsed.data };
}

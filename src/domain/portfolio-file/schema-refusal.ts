import type { z } from 'zod';
import { folioErrors, type FolioError } from './errors';
import { issueLocation } from './issue-location';

/** Zod's own wording for a missing value is for developers; say it plainly. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `it is missing (expected ${issue.expected})`;
  return issue.message;
}

/** The refusal for portfolio.json data that fails a schema: the first issue, named by record and field. */
export function schemaRefusal(data: unknown, error: z.ZodError): FolioError {
  const issue = error.issues[0];
  const where = issue ? issueLocation(data, issue.path) : 'portfolio.json';
  return folioErrors.invalidData(where, issue ? describeIssue(issue) : 'it does not match the expected shape');
}

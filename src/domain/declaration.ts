import type { RecordOf } from './records';
import type { Evidence, Person, Portfolio } from './schemas';

/** The words a learner signs when they send their portfolio (the PDF's declaration says the same). */
export function declarationText(portfolio: Pick<Portfolio, 'learnerName' | 'centre'>): string {
  return `I, ${portfolio.learnerName}, confirm that the evidence in this portfolio is my own work and a true record of what I did at ${portfolio.centre}.`;
}

/** Evidence id → the version id each item shows now: what a declaration covers. */
export function declaredVersions(evidence: readonly Pick<Evidence, 'id' | 'versionId'>[]): Record<string, string> {
  return Object.fromEntries(evidence.map((e) => [e.id, e.versionId]));
}

/**
 * True when `records` already hold a declaration by `learner` over exactly these versions, so a new
 * export of an unchanged portfolio need not sign another.
 */
export function alreadyDeclared(records: readonly RecordOf<'declaration'>[], learner: Person, versions: Record<string, string>): boolean {
  const latest = records
    .filter((r) => r.by.role === learner.role && r.by.name === learner.name)
    .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))[0];
  if (!latest) return false;
  const keys = Object.keys(versions);
  return keys.length === Object.keys(latest.versions).length && keys.every((k) => latest.versions[k] === versions[k]);
}

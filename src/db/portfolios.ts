import { catalogue } from '../catalogue';
import type { AuditEntry, Portfolio, PortfolioInput } from '../domain/schemas';
import { clock } from '../platform/clock';
import { db } from './database';
import { deleteOwnedRows, wholePortfolioScope } from './portfolio-tables';

export async function createPortfolio(input: PortfolioInput): Promise<Portfolio> {
  const now = clock.now();
  const portfolio: Portfolio = {
    ...input,
    id: clock.newId(),
    qualificationId: catalogue.id,
    nextEvidenceNumber: 1,
    createdAt: now,
    updatedAt: now,
  };
  await db().transaction('rw', db().portfolios, db().audit, async () => {
    await db().portfolios.add(portfolio);
    await addAudit(portfolio.id, 'portfolio created', `Portfolio for ${portfolio.learnerName}`);
  });
  return portfolio;
}

const detailFields: (keyof PortfolioInput)[] = ['learnerName', 'learnerNumber', 'centre', 'assessorName', 'startDate'];
const detailLabels: Record<keyof PortfolioInput, string> = {
  learnerName: 'learner’s name',
  learnerNumber: 'learner number',
  centre: 'centre or employer',
  assessorName: 'assessor’s name',
  startDate: 'start date',
};

/** Saves the portfolio's details; the audit entry names the fields that changed (nothing changed, nothing recorded). */
export async function updatePortfolio(id: string, input: PortfolioInput): Promise<void> {
  await db().transaction('rw', db().portfolios, db().audit, async () => {
    const before = await db().portfolios.get(id);
    if (!before) throw new Error('That portfolio no longer exists on this device.');
    const changed = detailFields.filter((k) => before[k] !== input[k]);
    if (changed.length === 0) return;
    await db().portfolios.update(id, { ...input, updatedAt: clock.now() });
    await addAudit(id, 'portfolio details changed', `Changed: ${changed.map((k) => detailLabels[k]).join(', ')}`);
  });
}

/** Removes a portfolio and everything it owns (PORTFOLIO_TABLES), in one transaction. */
export async function deletePortfolio(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', wholePortfolioScope(d), async () => {
    await deleteOwnedRows(d, id);
    await d.portfolios.delete(id);
  });
}

export function listPortfolios(): Promise<Portfolio[]> {
  return db().portfolios.orderBy('updatedAt').reverse().toArray();
}

export function getPortfolio(id: string): Promise<Portfolio | undefined> {
  return db().portfolios.get(id);
}

/**
 * Records who did what; call inside the transaction of the change it describes, with the portfolios
 * table in its scope. A learner's change is signed with the portfolio's learner name.
 */
export async function addAudit(portfolioId: string, action: string, detail: string, role: AuditEntry['role'] = 'learner'): Promise<void> {
  const name = role === 'learner' ? ((await db().portfolios.get(portfolioId))?.learnerName ?? '') : '';
  await db().audit.add({ id: clock.newId(), portfolioId, at: clock.now(), role, name, action, detail });
}

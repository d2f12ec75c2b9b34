import { legislationChoices } from '../domain/legislation';
import type { EvidenceInput, Portfolio } from '../domain/schemas';
import { LIMITS } from '../domain/schemas';
import { shortForMessage } from '../domain/short-for-message';
import { entryIssue, hasEntry } from '../domain/structured-lists';
import { clock } from '../platform/clock';
import { db } from './database';
import { addAudit } from './portfolios';

/*
 * The portfolio's own lists of legislation and of the organisation's standards and policies (issue 10),
 * which the evidence editor offers as ticks. Not exported from the db index (which the first screen
 * loads): Settings and the evidence writes import this file directly.
 */

export type PortfolioListKey = 'legislation' | 'policies';

/** How each list names one entry, in messages and audit entries. */
const ENTRY_WORD: Record<PortfolioListKey, string> = { legislation: 'act', policies: 'standard or policy' };
const AUDIT_NOUN: Record<PortfolioListKey, string> = { legislation: 'legislation', policies: 'standard or policy' };

/** The portfolio with one list replaced; an empty list is left out, as the file format wants. */
function withList(portfolio: Portfolio, list: PortfolioListKey, names: string[]): Portfolio {
  const { [list]: _old, ...rest } = portfolio;
  return names.length > 0 ? { ...rest, [list]: names } : rest;
}

/** A refusal the screens show as it is: it says what is wrong and what to do. */
export class PortfolioListError extends Error {}

/** Why `name` cannot join the list (undefined when it can): the suggested acts count as already listed. */
export function portfolioListIssue(portfolio: Pick<Portfolio, PortfolioListKey>, list: PortfolioListKey, name: string): string | undefined {
  const listed = portfolio[list] ?? [];
  if (list === 'legislation' && name.trim() !== '' && !hasEntry(listed, name) && hasEntry(legislationChoices([]), name)) {
    return `“${shortForMessage(name.trim(), 60)}” is already offered on every item: tick it there`;
  }
  const issue = entryIssue(name, listed, ENTRY_WORD[list]);
  return issue?.replace(/^“(.*)” is already in the list$/s, (_, n: string) => `“${shortForMessage(n, 60)}” is already in the list`);
}

/** Adds a name to one of the portfolio's lists, with an audit entry; refuses a bad one with the reason. */
export async function addPortfolioListEntry(portfolioId: string, list: PortfolioListKey, name: string): Promise<string> {
  const d = db();
  return d.transaction('rw', d.portfolios, d.audit, async () => {
    const portfolio = await d.portfolios.get(portfolioId);
    if (!portfolio) throw new PortfolioListError('This portfolio no longer exists on this device.');
    const issue = portfolioListIssue(portfolio, list, name);
    if (issue !== undefined) throw new PortfolioListError(issue);
    const tidy = name.trim();
    await d.portfolios.put({ ...withList(portfolio, list, [...(portfolio[list] ?? []), tidy]), updatedAt: clock.now() });
    await addAudit(portfolioId, `${AUDIT_NOUN[list]} added`, shortForMessage(tidy, 100));
    return tidy;
  });
}

/**
 * Removes a name from one of the portfolio's lists, with an audit entry. Items tagged with it keep the
 * tag: what they recorded stays as it was saved.
 */
export async function removePortfolioListEntry(portfolioId: string, list: PortfolioListKey, name: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.portfolios, d.audit, async () => {
    const portfolio = await d.portfolios.get(portfolioId);
    if (!portfolio) throw new PortfolioListError('This portfolio no longer exists on this device.');
    const listed = portfolio[list] ?? [];
    if (!listed.includes(name)) return;
    const rest = listed.filter((n) => n !== name);
    await d.portfolios.put({ ...withList(portfolio, list, rest), updatedAt: clock.now() });
    await addAudit(portfolioId, `${AUDIT_NOUN[list]} removed`, shortForMessage(name, 100));
  });
}

/**
 * The acts and policies an item is saved with that the portfolio does not list yet, added to its lists
 * (each with an audit entry). Call inside the save's transaction, with portfolios and audit in scope,
 * so the item and the list change together. Refuses, before anything is written, a list that would
 * pass its limit.
 */
export async function listNewEntriesOf(portfolioId: string, input: Pick<EvidenceInput, PortfolioListKey>, from: string): Promise<void> {
  const portfolio = await db().portfolios.get(portfolioId);
  if (!portfolio) return;
  const changed: Partial<Record<PortfolioListKey, string[]>> = {};
  const added: { list: PortfolioListKey; name: string }[] = [];
  for (const list of ['legislation', 'policies'] as const) {
    const known = list === 'legislation' ? legislationChoices(portfolio.legislation) : [...(portfolio.policies ?? [])];
    const next = [...(portfolio[list] ?? [])];
    for (const raw of input[list] ?? []) {
      const name = raw.trim();
      if (name === '' || hasEntry(known, name)) continue;
      known.push(name);
      next.push(name);
      added.push({ list, name });
    }
    if (next.length > LIMITS.tagsMax) {
      throw new PortfolioListError(`Your portfolio’s list of ${list === 'legislation' ? 'legislation' : 'standards and policies'} would pass ${LIMITS.tagsMax} names: remove some in Settings first`);
    }
    if (next.length !== (portfolio[list] ?? []).length) changed[list] = next;
  }
  if (added.length === 0) return;
  await db().portfolios.update(portfolioId, (row) => {
    Object.assign(row, changed);
  });
  // Written here rather than through addAudit: with addAudit's extra nested awaits the save's
  // transaction committed too early (Dexie's PrematureCommitError) once this ran inside it.
  const at = clock.now();
  await db().audit.bulkAdd(
    added.map(({ list, name }) => ({ id: clock.newId(), portfolioId, at, role: 'learner' as const, name: portfolio.learnerName, action: `${AUDIT_NOUN[list]} added`, detail: `${shortForMessage(name, 100)} (from ${from})` })),
  );
}

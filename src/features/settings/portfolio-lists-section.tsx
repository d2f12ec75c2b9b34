import { addPortfolioListEntry, PortfolioListError, removePortfolioListEntry, type PortfolioListKey } from '../../db/portfolio-lists';
import { errorDetail } from '../../domain/error-detail';
import { suggestedActs } from '../../domain/legislation';
import type { Portfolio } from '../../domain/schemas';
import { NameListEditor, type NameListOutcome } from './name-list-editor';

const WORDING: Record<PortfolioListKey, { title: string; lead: string; listName: string; field: string; button: string; empty: string }> = {
  legislation: {
    title: 'Legislation',
    lead: `Acts you can tick on any item, besides the ones Folio suggests (${suggestedActs.join(', ')}).`,
    listName: 'Acts you added',
    field: 'Act to add',
    button: 'Add act',
    empty: 'No acts of your own yet.',
  },
  policies: {
    title: 'Standards and policies',
    lead: 'Your organisation’s own standards and policies, to tick on any item (for example your customer charter or complaints procedure).',
    listName: 'Your organisation’s standards and policies',
    field: 'Standard or policy to add',
    button: 'Add standard or policy',
    empty: 'None yet.',
  },
};

/**
 * One of the portfolio's lists (legislation, or standards and policies) that the evidence editor offers as
 * ticks. They travel with the portfolio; removing a name leaves items tagged with it as they were saved.
 */
export function PortfolioListSection({ portfolio, list }: { portfolio: Portfolio; list: PortfolioListKey }) {
  const words = WORDING[list];
  const names = portfolio[list] ?? [];
  const titleId = `${list}-list-title`;
  const failed = (e: unknown): NameListOutcome => ({ failure: errorDetail(e, 'The list could not be saved on this device.') });

  const add = async (name: string): Promise<NameListOutcome> => {
    try {
      return { status: `Added ${await addPortfolioListEntry(portfolio.id, list, name)}.` };
    } catch (e) {
      return e instanceof PortfolioListError ? { error: e.message } : failed(e);
    }
  };

  const remove = async (index: number): Promise<NameListOutcome> => {
    const removed = names[index];
    if (removed === undefined) return {};
    try {
      await removePortfolioListEntry(portfolio.id, list, removed);
      return { status: `Removed ${removed}. Items tagged with it keep it.` };
    } catch (e) {
      return failed(e);
    }
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{words.title}</h2>
      <p>{words.lead}</p>
      <NameListEditor
        names={names}
        listLabel={words.listName}
        empty={words.empty}
        formLabel={words.button}
        fieldLabel={words.field}
        buttonLabel={words.button}
        add={add}
        remove={remove}
      />
    </section>
  );
}

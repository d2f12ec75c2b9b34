import { distinctEntries } from './structured-lists';

/**
 * The acts Folio suggests for tagging evidence, the ones the seeds name: seed 003 lists "the Equality Act
 * 2010, Data Protection Act 2018, and Consumer Rights Act 2015", and seeds 000 and 002 name GDPR for
 * data protection (UK GDPR sits beside the 2018 act). A test holds each name to the catalogue's text.
 * The learner adds others to their portfolio's own list (Portfolio.legislation).
 */
export const suggestedActs: readonly string[] = ['Equality Act 2010', 'Data Protection Act 2018 / UK GDPR', 'Consumer Rights Act 2015'];

/** The acts to offer on an item: the suggested ones, then the portfolio's own, each once. */
export function legislationChoices(portfolioActs: readonly string[] | undefined): string[] {
  return distinctEntries([...suggestedActs, ...(portfolioActs ?? [])]);
}

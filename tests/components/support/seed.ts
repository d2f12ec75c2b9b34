import { createPortfolio, type MappingInput } from '../../../src/db';
import { saveEvidence } from '../../../src/db/evidence-writes';
import type { EvidenceInput } from '../../../src/domain/schemas';

export function newPortfolio() {
  return createPortfolio({
    learnerName: 'Zoë Brontë',
    learnerNumber: 'L3-0042',
    centre: 'Northgate Leisure Centre',
    assessorName: 'Sam Okafor',
    startDate: '2026-01-12',
  });
}

/** A valid evidence item of the simplest kind, with `over` changed. */
export function evidenceInput(over: Partial<EvidenceInput>): EvidenceInput {
  return {
    title: 'An item',
    kind: 'other',
    date: '2026-03-02',
    customerType: 'external',
    fields: { description: 'A document' },
    reflection: '',
    tags: [],
    ...over,
  };
}

export function seedItem(portfolioId: string, over: Partial<EvidenceInput>, mappings: MappingInput[] = []) {
  return saveEvidence({ portfolioId, input: evidenceInput(over), mappings });
}

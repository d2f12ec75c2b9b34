import { itemName, pointsByEvidence, wordList } from './item-text';
import type { CoachCheck, SeedSource } from './types';

export const internalCustomerSource: SeedSource = {
  seedUnitId: 'EXT',
  section: 'misconceptions',
  quote: 'Confusing external customers with internal stakeholders (e.g., treating a colleague from another department as an external customer), leading to misapplied service protocols.',
};

/** An item about colleagues (internal customers) used for a marking point about external customers. */
export const checkInternalCustomer: CoachCheck = ({ catalogue, evidence, mappings }) => {
  const externalOnly = new Set(catalogue.units.flatMap((u) => u.markingPoints.filter((mp) => mp.externalOnly).map((mp) => mp.id)));
  const points = pointsByEvidence(mappings);
  return evidence.flatMap((item) => {
    if (item.customerType !== 'internal') return [];
    const wrong = (points.get(item.id) ?? []).filter((id) => externalOnly.has(id));
    if (wrong.length === 0) return [];
    return [
      {
        checkId: 'internal-customer',
        severity: 'fix',
        message: `${itemName(item)} is about internal customers (colleagues), but ${wordList(wrong, 'and')} ${wrong.length === 1 ? 'asks' : 'ask'} for external customers. Map an item with external customers there instead, or correct the item’s customers if they were external.`,
        evidenceIds: [item.id],
        markingPointIds: wrong,
        source: internalCustomerSource,
      },
    ];
  });
};

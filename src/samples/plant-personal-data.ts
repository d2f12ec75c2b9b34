import type { PortfolioSnapshot } from '../domain/snapshot';
import { withVersions } from './with-versions';

/*
 * Made-up customers' contact details, for the bench's privacy review and redaction to find and mask:
 * example.com addresses, phone numbers from Ofcom's drama ranges (07700 900xxx, 020 7946 0xxx) and a
 * postcode in a real format that is not delivered to (LS99), as in the demo portfolio.
 */

/** Customers' names the bench puts on the "people to redact" list. */
export const plantedPeople = ['Jo Bloggs', 'Alex Sample', 'Sam Placeholder'] as const;

/** The sentence planted in the n-th planted item: a name, an email address, a phone number and a postcode. */
export function plantedSentence(n: number): string {
  const name = plantedPeople[n % plantedPeople.length] ?? plantedPeople[0];
  const three = String(n % 1000).padStart(3, '0');
  // The three common ways a UK number is written, in turn.
  const phones = [`07700 900${three}`, `+44 7700 900${three}`, `020 7946 0${three}`];
  const phone = phones[n % phones.length] ?? phones[0];
  return ` The customer, ${name}, asked for a reply to customer${n}@example.com or a call on ${phone}; the postcode is LS99 ${n % 10}ZZ.`;
}

/**
 * The same portfolio with `plantedSentence` added to the reflection of one item in `every` (items
 * `every`, 2×`every`, …), each item given its first version again so its content and hashes agree. A
 * decision made on a planted item then shows as made on an earlier version, as after any edit.
 */
export async function withPlantedPersonalData(snapshot: PortfolioSnapshot, every = 10): Promise<{ snapshot: PortfolioSnapshot; planted: number }> {
  let planted = 0;
  const items = snapshot.evidence.map(({ versionId: _versionId, ...item }) => {
    if (item.number % every !== 0) return item;
    planted += 1;
    return { ...item, reflection: `${item.reflection}${plantedSentence(planted)}` };
  });
  const versioned = await withVersions(snapshot.portfolio.learnerName, items, snapshot.mappings, snapshot.attachments);
  return { snapshot: { ...snapshot, evidence: versioned.evidence, versions: versioned.versions }, planted };
}

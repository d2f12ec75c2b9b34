import { shortForMessage } from '../short-for-message';

/** The kinds of customer personal data Folio looks for before anything leaves the device. */
export type PersonalDataKind = 'email' | 'phone' | 'postcode' | 'ni-number' | 'card' | 'person';

/** One piece of personal data found in a text: `start` and `end` are offsets into that text. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  text: string;
  start: number;
  end: number;
}

/** What each kind is called in a sentence, with its article ("an email address"). */
export const kindLabels = {
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
  'ni-number': 'a National Insurance number',
  card: 'a payment card number',
  person: 'a name on your "people to redact" list',
} as const satisfies Record<PersonalDataKind, string>;

/** The mask put in place of each kind, so a reader still sees what was there. */
export const redactionMasks = {
  email: '[email removed]',
  phone: '[phone number removed]',
  postcode: '[postcode removed]',
  'ni-number': '[NI number removed]',
  card: '[card number removed]',
  person: '[name removed]',
} as const satisfies Record<PersonalDataKind, string>;

const SHOWN_MAX = 40;

/**
 * A finding for a message: "an email address (j.smith@example.com)". A card number shows only
 * its last four digits, the way a receipt does, so the message itself never repeats the number.
 */
export function describeFinding(finding: Pick<PersonalDataFinding, 'kind' | 'text'>): string {
  if (finding.kind === 'card') {
    const digits = finding.text.replace(/\D/g, '');
    return `${kindLabels.card} (ending ${digits.slice(-4)})`;
  }
  return `${kindLabels[finding.kind]} (${shortForMessage(finding.text, SHOWN_MAX)})`;
}

import type { PersonalDataFinding } from './personal-data-finding';

/**
 * The key a learner's choice on a finding is remembered by: its kind and its value written one way, so
 * "07700 900123" and "+44 7700 900123" are one choice, and a changed value is a new finding that asks
 * again. One choice per value, not per place: a value masked in one place and kept in another would
 * still leave the device.
 */
export function choiceKey(finding: Pick<PersonalDataFinding, 'kind' | 'text'>): string {
  return `${finding.kind}:${normalised(finding)}`;
}

function normalised({ kind, text }: Pick<PersonalDataFinding, 'kind' | 'text'>): string {
  switch (kind) {
    case 'email':
      return text.toLowerCase();
    case 'phone': {
      const digits = text.replace(/\D/g, '');
      // +44 7700 900123, 0044 7700 900123 and +44 (0)7700 900123 are all 07700 900123.
      const national = digits.replace(/^(?:0044|44)0?/, '');
      return national === digits ? digits : `0${national}`;
    }
    case 'card':
      return text.replace(/\D/g, '');
    case 'postcode':
    case 'ni-number':
      return text.replace(/\s/g, '').toUpperCase();
    case 'person':
      return text.normalize('NFC').replace(/[\u2019]/g, "'").replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  }
}

import { describe, expect, it } from 'vitest';
import { privacyDeclaration } from '../../src/pdf/model/build';

describe('the declaration’s words on customers’ personal data', () => {
  it('says nothing when no check was made', () => {
    expect(privacyDeclaration(undefined)).toEqual([]);
  });

  it('says what the check found and what was done with it, and nothing more', () => {
    expect(privacyDeclaration({ masked: 0, confirmedNotCustomers: 0 })).toEqual([
      'Before this copy was made, Folio checked the evidence for customers’ personal details (email addresses, phone numbers, postcodes, National Insurance and card numbers, and the names I listed) and found none.',
    ]);
    expect(privacyDeclaration({ masked: 1, confirmedNotCustomers: 0 })).toEqual([
      'Before this copy was made, Folio checked the evidence for customers’ personal details: 1 piece of personal data Folio found is masked in this copy.',
    ]);
    expect(privacyDeclaration({ masked: 3, confirmedNotCustomers: 1 })).toEqual([
      'Before this copy was made, Folio checked the evidence for customers’ personal details: 3 pieces of personal data Folio found are masked in this copy, and I confirmed that 1 other piece it found is not a customer’s (for example my own work contact details).',
    ]);
    expect(privacyDeclaration({ masked: 0, confirmedNotCustomers: 2 })).toEqual([
      'Before this copy was made, Folio checked the evidence for customers’ personal details: I confirmed that the 2 pieces of personal data it found are not a customer’s (for example my own work contact details).',
    ]);
  });
});

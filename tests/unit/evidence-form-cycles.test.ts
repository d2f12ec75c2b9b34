import { describe, expect, it } from 'vitest';
import { emptyFields } from '../../src/domain/evidence-kinds';
import type { Evidence } from '../../src/domain/schemas';
import { emptyFormValues, evidenceFormSchema, formValuesOf, parseFormValues, sameValues, type EvidenceFormValues } from '../../src/features/evidence/form-values';

const valid: EvidenceFormValues = {
  title: 'Saturday queue check',
  kind: 'other',
  date: '2026-03-02',
  customerType: 'external',
  fields: { ...emptyFields('other'), description: 'Counted the queue every 15 minutes.' },
  reflection: '',
  tags: [],
  mappings: [],
};
const at = '2026-03-02T10:00:00.000Z';

describe('the editor’s plan-do-review cycles', () => {
  it('carries an item’s cycles into the form and back into what is saved', () => {
    const cycles = [{ cycle: 'ISA season', stage: 'monitor' as const }];
    const saved = evidenceFormSchema.parse({ ...valid, cycles }).input;
    expect(saved.cycles).toEqual(cycles);
    const item: Evidence = { ...saved, id: 'e1', portfolioId: 'p', number: 1, ref: 'E001', version: 1, versionId: 'e1:v1', createdAt: at, updatedAt: at };
    expect(formValuesOf(item, []).cycles).toEqual(cycles);
  });

  it('leaves the key out when there are none, both ways', () => {
    expect('cycles' in evidenceFormSchema.parse({ ...valid, cycles: [] }).input).toBe(false);
    expect('cycles' in evidenceFormSchema.parse(valid).input).toBe(false);
    const item: Evidence = { ...evidenceFormSchema.parse(valid).input, id: 'e1', portfolioId: 'p', number: 1, ref: 'E001', version: 1, versionId: 'e1:v1', createdAt: at, updatedAt: at };
    expect('cycles' in formValuesOf(item, [])).toBe(false);
    expect('cycles' in emptyFormValues('2026-03-02')).toBe(false);
  });

  it('refuses a stage that is not one of the six', () => {
    const result = evidenceFormSchema.safeParse({ ...valid, cycles: [{ cycle: 'A', stage: 'celebrate' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('Choose the stage of the cycle');
  });

  it('reads back a draft saved before cycles existed, and one with them', () => {
    expect(parseFormValues(valid)).toEqual(valid);
    expect(parseFormValues({ ...valid, cycles: [{ cycle: 'A', stage: 'deliver' }] })?.cycles).toEqual([{ cycle: 'A', stage: 'deliver' }]);
  });
});

describe('sameValues with the structured lists', () => {
  it('takes an empty list as no list, so linking and unlinking again leaves the form unchanged', () => {
    expect(sameValues({ ...valid, cycles: [] }, valid)).toBe(true);
    expect(sameValues({ ...valid, cycles: [{ cycle: 'A', stage: 'deliver' }] }, valid)).toBe(false);
  });
});

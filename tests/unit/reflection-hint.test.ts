import { describe, expect, it } from 'vitest';
import { evidenceKinds } from '../../src/domain/evidence-kinds';
import { reflectionHint } from '../../src/domain/reflection-hint';

describe('the reflection’s hint', () => {
  it('asks all three questions where the kind asks none of them', () => {
    expect(reflectionHint('complaint')).toBe('What you did and why, what you learned, and what you would do differently.');
    expect(reflectionHint('')).toBe('What you did and why, what you learned, and what you would do differently.');
  });

  it('asks each prompt once on a reflective account, which has its own fields for two of them', () => {
    expect(reflectionHint('reflective-account')).toBe('What you learned.');
  });

  it('repeats no field label of any kind', () => {
    for (const kind of evidenceKinds) {
      const hint = reflectionHint(kind.id).toLowerCase();
      for (const field of kind.fields) expect(hint, `${kind.id}: ${field.label}`).not.toContain(field.label.toLowerCase());
    }
  });
});

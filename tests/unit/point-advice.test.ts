import { describe, expect, it } from 'vitest';
import { findMarkingPoint, type MarkingPoint } from '../../src/catalogue';
import { pointAdvice } from '../../src/domain/point-advice';

function point(id: string): MarkingPoint {
  const found = findMarkingPoint(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('pointAdvice', () => {
  it('warns when an external-customer marking point gets internal-customer evidence', () => {
    const external = point('EXT-1');
    expect(external.externalOnly).toBe(true);
    expect(pointAdvice(external, { customerType: 'internal', tags: [] }).warnings).toEqual([expect.stringContaining('about external customers')]);
    expect(pointAdvice(external, { customerType: 'both', tags: [] }).warnings).toEqual([]);
  });

  it('asks for a policy or legislation where the marking point needs one', () => {
    const policy = point('IMP-5');
    expect(policy.needsPolicyReference).toBe(true);
    expect(pointAdvice(policy, { customerType: 'external', tags: [] }).warnings).toEqual([expect.stringContaining('name the organisational policy')]);
    expect(pointAdvice(policy, { customerType: 'external', tags: ['Customer charter'] }).warnings).toEqual([]);
  });

  it('states the threshold of a countable marking point', () => {
    expect(pointAdvice(point('PRN-2'), { customerType: 'external', tags: [] }).notes).toEqual(['PRN-2 needs at least 3 distinct factors across your evidence.']);
    expect(pointAdvice(point('PRN-1'), { customerType: 'external', tags: [] })).toEqual({ warnings: [], notes: [] });
  });
});

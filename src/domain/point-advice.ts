import type { MarkingPoint } from '../catalogue/schema';

export interface PointAdvice {
  /** Something about this item that an assessor would likely question. */
  warnings: string[];
  /** What the marking point asks for that a single item may not show on its own. */
  notes: string[];
}

/** Live advice for one chosen marking point, from what the catalogue records about it. */
export function pointAdvice(point: MarkingPoint, item: { customerType: string; tags: readonly string[] }): PointAdvice {
  const warnings: string[] = [];
  const notes: string[] = [];
  if (point.externalOnly && item.customerType === 'internal') {
    warnings.push(`${point.id} is about external customers, but this item says its customers were internal (colleagues). Use evidence with external customers here.`);
  }
  if (point.needsPolicyReference && item.tags.length === 0) {
    warnings.push(`${point.id} asks you to name the organisational policy, standard or legislation you followed: add it as a tag and mention it in your reflection.`);
  }
  if (point.threshold) {
    notes.push(`${point.id} needs at least ${point.threshold.min} ${point.threshold.counts} across your evidence.`);
  }
  return { warnings, notes };
}

import { findMarkingPoint, unitOf } from '../../catalogue';
import { UnitGuidanceLists } from '../../ui/unit-guidance-lists';
import { pointAdvice } from '../../domain/point-advice';

interface FocusedPointGuidanceProps {
  /** The marking point the learner is working on, if any. */
  pointId: string | undefined;
  customerType: string;
  tags: readonly string[];
}

/**
 * The unit's guidance from the seeds, beside the marking points, following the one in focus.
 * A region rather than an aside: complementary landmarks must not sit inside the main content.
 * At desktop width the panel scrolls inside itself, and its text holds nothing focusable, so the
 * region itself takes focus (tabIndex 0): keyboard users scroll it with the arrow keys.
 */
export function FocusedPointGuidance({ pointId, customerType, tags }: FocusedPointGuidanceProps) {
  const point = pointId ? findMarkingPoint(pointId) : undefined;
  const unit = pointId ? unitOf(pointId) : undefined;
  if (!point || !unit) {
    return (
      <section className="guidance" aria-labelledby="guidance-title" tabIndex={0}>
        <h3 id="guidance-title">Guidance</h3>
        <p className="muted">Choose a marking point, or move to one, to see its unit’s exam tips and common misconceptions here.</p>
      </section>
    );
  }
  const advice = pointAdvice(point, { customerType, tags });
  return (
    <section className="guidance" aria-labelledby="guidance-title" tabIndex={0}>
      <h3 id="guidance-title">
        Guidance for unit {unit.number}: {unit.title}
      </h3>
      <p className="guidance__point">
        <strong>{point.id}</strong> {point.text}
      </p>
      {advice.warnings.map((w) => (
        <p key={w} className="notice notice--warn">
          {w}
        </p>
      ))}
      {advice.notes.map((n) => (
        <p key={n} className="notice">
          {n}
        </p>
      ))}
      <UnitGuidanceLists unit={unit} headingLevel={4} />
    </section>
  );
}

import { z } from 'zod';

/** One decision in a sampling round's sample, and why it is there. */
export const sampleLineSchema = z.object({
  portfolioId: z.string().min(1).max(100),
  decisionId: z.string().min(1).max(100),
  markingPointId: z.string().min(1).max(50),
  unitId: z.string().min(1).max(50),
  /** `signerIdOf` of the decision's assessor. */
  assessorId: z.string().min(1).max(200),
  /** "Chosen because …", one sentence each. */
  reasons: z.array(z.string().min(1).max(500)).min(1).max(20),
  /** Proposed from the plan, or added by the IQA by hand. */
  addedBy: z.enum(['plan', 'iqa']),
});

export type SampleLine = z.infer<typeof sampleLineSchema>;

/** A line's identity: decision ids are unique within a portfolio. */
export function lineKey(line: { portfolioId: string; decisionId: string }): string {
  return `${line.portfolioId}\u0000${line.decisionId}`;
}

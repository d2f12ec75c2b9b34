import { z } from 'zod';
import { isoDateTime, personSchema, type Person } from '../schemas';
import { samplingPlanSchema, type SamplingPlan } from './plan';
import { sampleLineSchema, type SampleLine } from './sample';

/* H4 owns this file; the smallest version the IQA screens need until H4's lands (same names). */

export const roundPortfolioSchema = z.object({
  portfolioId: z.string().min(1).max(100),
  learnerName: z.string().trim().min(1).max(120),
  learnerNumber: z.string().trim().min(1).max(40),
});

export const iqaRoundSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(120),
  by: personSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  plan: samplingPlanSchema,
  lines: z.array(sampleLineSchema).max(20_000),
  portfolios: z.array(roundPortfolioSchema).max(5_000),
});

export type IqaRound = z.infer<typeof iqaRoundSchema>;
export type RoundPortfolio = z.infer<typeof roundPortfolioSchema>;

/** A new round lists exactly the portfolios its lines sample. */
export function newRound(input: { id: string; by: Person; now: string; plan: SamplingPlan; lines: readonly SampleLine[]; portfolios: readonly RoundPortfolio[] }): IqaRound {
  const sampled = new Set(input.lines.map((l) => l.portfolioId));
  return {
    id: input.id,
    name: input.plan.name,
    by: input.by,
    createdAt: input.now,
    updatedAt: input.now,
    plan: input.plan,
    lines: [...input.lines],
    portfolios: input.portfolios.filter((p) => sampled.has(p.portfolioId)),
  };
}

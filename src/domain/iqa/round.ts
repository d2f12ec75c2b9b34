import { z } from 'zod';
import { isoDateTime, personSchema, type Person } from '../schemas';
import { samplingPlanSchema, type SamplingPlan } from './plan';
import { lineKey, sampleLineSchema, type SampleLine } from './sample-line';

/** A learner's portfolio a round samples, named as it was when the round was drawn. */
export const roundPortfolioSchema = z.object({
  portfolioId: z.string().min(1).max(100),
  learnerName: z.string().trim().min(1).max(120),
  learnerNumber: z.string().trim().min(1).max(40),
});

/**
 * One sampling round (issue 9): the plan, the sample drawn from it (as the IQA adjusted it), and the
 * portfolios it covers. Kept on the IQA's device and carried whole in the IQA file; the outcomes
 * themselves are records in each learner's portfolio.
 */
export const iqaRoundSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: z.string().trim().min(1).max(120),
    by: personSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    plan: samplingPlanSchema,
    lines: z.array(sampleLineSchema).max(20_000),
    portfolios: z.array(roundPortfolioSchema).max(5_000),
  })
  .superRefine((round, ctx) => {
    const listed = new Set(round.portfolios.map((p) => p.portfolioId));
    if (listed.size !== round.portfolios.length) ctx.addIssue({ code: 'custom', path: ['portfolios'], message: 'A portfolio is listed twice' });
    const seen = new Set<string>();
    round.lines.forEach((line, i) => {
      if (!listed.has(line.portfolioId)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'portfolioId'], message: 'The line’s portfolio is not one the round lists' });
      if (seen.has(lineKey(line))) ctx.addIssue({ code: 'custom', path: ['lines', i, 'decisionId'], message: 'The same decision is sampled twice' });
      seen.add(lineKey(line));
    });
  });

export type IqaRound = z.infer<typeof iqaRoundSchema>;
export type RoundPortfolio = z.infer<typeof roundPortfolioSchema>;

/** A new round: its name is the plan's, and it lists exactly the portfolios its lines sample. */
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

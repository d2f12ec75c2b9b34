import { z } from 'zod';
import { LIMITS } from '../schemas';
import { iqaOutcomes } from './outcomes';

/** What the IQA enters for one sampled decision; the same rule as the signed record: a comment unless agreed. */
export const iqaOutcomeInputSchema = z
  .object({
    outcome: z.enum(iqaOutcomes, { message: 'Choose an outcome: agreed, assessor to action or disagreed' }),
    comment: z.string().trim().max(LIMITS.longTextMax, `Keep the comment under ${LIMITS.longTextMax.toLocaleString('en-GB')} characters`),
  })
  .refine((v) => v.outcome === 'agreed' || v.comment.length > 0, { path: ['comment'], message: 'Say what the assessor should do, or why you disagree' });

export type IqaOutcomeInput = z.infer<typeof iqaOutcomeInputSchema>;

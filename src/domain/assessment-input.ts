import { z } from 'zod';
import { assessmentMethods, decisionOutcomes, LIMITS } from './schemas';

/*
 * What an assessor enters: one schema each, for the Assess screen's forms (their resolvers) and for
 * src/db/assessment.ts, which checks again before it signs anything.
 */

const longText = (what: string) => z.string().trim().max(LIMITS.longTextMax, `Keep ${what} under ${LIMITS.longTextMax.toLocaleString('en-GB')} characters`);

/** A decision on one marking point: feedback is required unless the point is met. */
export const decisionInputSchema = z
  .object({
    outcome: z.enum(decisionOutcomes, { message: 'Choose met, partially met or not yet met' }),
    feedback: longText('the feedback'),
    methods: z.array(z.enum(assessmentMethods)).min(1, 'Choose at least one assessment method'),
    /** The evidence the decision is based on, by id: the mapped items, unless the assessor leaves some out. */
    basedOn: z.array(z.string().min(1)),
  })
  .superRefine((d, ctx) => {
    if (d.outcome !== 'met' && d.feedback === '') {
      ctx.addIssue({ code: 'custom', path: ['feedback'], message: 'Write feedback: say what is missing and what the learner should do next' });
    }
  });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const commentInputSchema = z.object({
  text: longText('the comment').min(1, 'Write the comment first'),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

export const signOffInputSchema = z.object({
  /** The name of a second assessor who must countersign, or empty for none. */
  countersignBy: z.string().trim().max(120, 'Keep the name under 120 characters'),
});
export type SignOffInput = z.infer<typeof signOffInputSchema>;

export const unlockInputSchema = z.object({
  reason: longText('the reason').min(1, 'Say why the item is unlocked: it is recorded with your name').max(2000, 'Keep the reason under 2,000 characters'),
});
export type UnlockInput = z.infer<typeof unlockInputSchema>;

import { z } from 'zod';
import { roles } from '../../domain/schemas';

/** What the "Who are you?" form and the You screen's details take: the form's own messages over personSchema's limits. */
export const personInputSchema = z.object({
  role: z.enum(roles, { message: 'Say who you are: a learner, an assessor, or a tutor or IQA' }),
  name: z.string().trim().min(1, 'Enter your name').max(120, 'Keep your name under 120 characters'),
});
export type PersonInput = z.infer<typeof personInputSchema>;

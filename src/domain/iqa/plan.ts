import { z } from 'zod';
import { assessmentMethods } from '../schemas';
import { samplingStages, type SamplingStage } from './outcomes';

/*
 * The IQA's sampling plan (issue 9). H4 owns this file; this is the smallest version the IQA screens
 * need until H4's lands (same names and signatures).
 */

const wholePercent = (what: string) =>
  z
    .number({ message: `Enter ${what} as a whole number from 1 to 100` })
    .int(`Enter ${what} as a whole number from 1 to 100`)
    .min(1, `Enter ${what} as a whole number from 1 to 100`)
    .max(100, `Enter ${what} as a whole number from 1 to 100`);

export const samplingPlanSchema = z.object({
  name: z.string().trim().min(1, 'Give the plan a name').max(120, 'Keep the name under 120 characters'),
  stage: z.enum(samplingStages, { message: 'Choose interim or summative' }),
  share: wholePercent('the share of each assessor’s decisions'),
  newAssessorShare: wholePercent('the share for new assessors'),
  newAssessors: z.array(z.string().min(1).max(200)).max(200),
  units: z.array(z.string().min(1).max(50)).max(100),
  methods: z.array(z.enum(assessmentMethods)).max(assessmentMethods.length),
  notYetMetWeight: z
    .number({ message: 'Enter the weight as a whole number from 1 to 10' })
    .int('Enter the weight as a whole number from 1 to 10')
    .min(1, 'Enter the weight as a whole number from 1 to 10')
    .max(10, 'Enter the weight as a whole number from 1 to 10'),
  seed: z
    .number({ message: 'Enter the seed as a whole number' })
    .int('Enter the seed as a whole number')
    .min(0, 'Enter the seed as a whole number from 0 to 4294967295')
    .max(0xffff_ffff, 'Enter the seed as a whole number from 0 to 4294967295'),
});

export type SamplingPlan = z.infer<typeof samplingPlanSchema>;

export function defaultPlan(seed: number, stage: SamplingStage = 'interim'): SamplingPlan {
  return { name: 'Interim sample', stage, share: 25, newAssessorShare: 100, newAssessors: [], units: [], methods: [], notYetMetWeight: 2, seed: seed >>> 0 };
}

import { z } from 'zod';
import { assessmentMethods } from '../schemas';
import { samplingStages, type SamplingStage } from './outcomes';

/*
 * An internal quality assurer's sampling plan (issue 9, GUIDE §10): what share of each assessor's
 * decisions to sample, at which stage, which units and methods the sample must cover, and the extra
 * weight new assessors and troubled units get. One schema for the plan form, the saved round and the
 * IQA file.
 */

const percent = (what: string) =>
  z
    .number({ message: `Enter ${what} as a whole number from 1 to 100` })
    .int(`Enter ${what} as a whole number from 1 to 100`)
    .min(1, `Sample at least 1 % for ${what}`)
    .max(100, `${what.charAt(0).toUpperCase()}${what.slice(1)} cannot be more than 100 %`);

export const samplingPlanSchema = z.object({
  name: z.string().trim().min(1, 'Give the plan a name, for example “Interim sample, spring term”').max(120, 'Keep the plan’s name under 120 characters'),
  stage: z.enum(samplingStages, { message: 'Choose interim or summative sampling' }),
  /** Per cent of each assessor's decisions to sample. */
  share: percent('the share of each assessor’s decisions'),
  /** Per cent of a new assessor's decisions to sample (GUIDE §10: all of them, in one centre's plan). */
  newAssessorShare: percent('the share for new assessors'),
  /** Assessors new to the role, by signerIdOf of their decisions' assessor. */
  newAssessors: z.array(z.string().min(1).max(200)).max(200, 'Name at most 200 new assessors'),
  /** Units the sample must cover, by unit id. */
  units: z.array(z.string().min(1).max(50)).max(100, 'Choose at most 100 units'),
  /** Assessment methods the sample must cover. */
  methods: z.array(z.enum(assessmentMethods, { message: 'Choose methods from the list' })).max(assessmentMethods.length),
  /** How much more likely a decision is drawn in a unit where many decisions are not yet met (1: no extra weight). */
  notYetMetWeight: z
    .number({ message: 'Enter the weight as a whole number from 1 to 10' })
    .int('Enter the weight as a whole number from 1 to 10')
    .min(1, 'The weight is at least 1 (1 means no extra weight)')
    .max(10, 'The weight is at most 10'),
  /** The random draw's seed: the same plan and seed draw the same sample. */
  seed: z
    .number({ message: 'Enter the seed as a whole number' })
    .int('Enter the seed as a whole number')
    .min(0, 'The seed cannot be negative')
    .max(0xffff_ffff, 'Keep the seed under 4,294,967,296'),
});

export type SamplingPlan = z.infer<typeof samplingPlanSchema>;

/** A plan to start from: a quarter of each assessor's decisions, all of a new assessor's (GUIDE §10). */
export function defaultPlan(seed: number, stage: SamplingStage = 'interim'): SamplingPlan {
  return {
    name: stage === 'interim' ? 'Interim sample' : 'Summative sample',
    stage,
    share: 25,
    newAssessorShare: 100,
    newAssessors: [],
    units: [],
    methods: [],
    notYetMetWeight: 2,
    seed: seed >>> 0,
  };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { catalogue } from '../catalogue';
import { assessorQueue, type AssessorQueue } from '../domain/assessor-queue';
import type { Portfolio } from '../domain/schemas';
import { readCohortPortfolios } from './cohort-data';

export interface QueueData {
  portfolios: Portfolio[];
  queue: AssessorQueue;
}

/**
 * The assessor's queue across every portfolio on this device, from the same read as the tutor's cohort:
 * every table read once, signatures checked once, each portfolio's assessment derived.
 */
export async function readAssessorQueue(): Promise<QueueData> {
  const all = await readCohortPortfolios();
  const queue = assessorQueue(
    catalogue,
    all.map((p) => ({ portfolioId: p.portfolio.id, learnerName: p.portfolio.learnerName, records: p.records, assessment: p.coverage.assessment })),
  );
  return { portfolios: all.map((p) => p.portfolio), queue };
}

export function useAssessorQueue(): QueueData | undefined {
  return useLiveQuery(readAssessorQueue, []);
}

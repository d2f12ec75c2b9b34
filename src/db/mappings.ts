import type { Mapping } from '../domain/schemas';
import { db } from './database';

// Mapping from a marking point's page is in ./mapping-writes, imported by the screens that write.

export interface MappingInput {
  markingPointId: string;
  rationale: string;
}

export function listMappings(portfolioId: string): Promise<Mapping[]> {
  return db().mappings.where('portfolioId').equals(portfolioId).toArray();
}

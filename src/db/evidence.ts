import type { Evidence } from '../domain/schemas';
import { db } from './database';

// Saving and deleting are in ./evidence-writes, imported by the screens that write: the first screen only reads.

export function getEvidence(id: string): Promise<Evidence | undefined> {
  return db().evidence.get(id);
}

export function listEvidence(portfolioId: string): Promise<Evidence[]> {
  return db().evidence.where('[portfolioId+number]').between([portfolioId, 0], [portfolioId, Infinity]).toArray();
}

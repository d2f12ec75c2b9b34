import type { Catalogue } from '../../catalogue/schema';
import type { Evidence, Mapping } from '../schemas';

/** The parts of a seed a check can quote. */
export type SeedSection = 'misconceptions' | 'examTips' | 'markingPoints' | 'keyConcepts' | 'synopsis';

/** The seed words a finding comes from, so the app can quote them on demand. */
export interface SeedSource {
  seedUnitId: string;
  section: SeedSection;
  /** The seed's own words, verbatim from the catalogue (a test holds every check to that). */
  quote: string;
}

export type CoachSeverity = 'fix' | 'consider';

export interface CoachFinding {
  checkId: string;
  severity: CoachSeverity;
  /** Says what to do, in plain words. */
  message: string;
  evidenceIds: string[];
  markingPointIds: string[];
  source: SeedSource;
}

export interface CoachInput {
  catalogue: Catalogue;
  evidence: readonly Evidence[];
  mappings: readonly Mapping[];
}

export type CoachCheck = (input: CoachInput) => CoachFinding[];

export interface CoachCheckDef {
  id: string;
  /** A short name for the check, for lists and settings. */
  title: string;
  /** Every seed passage the check's findings can quote, so a list of checks can show where each comes from. */
  sources: readonly SeedSource[];
  run: CoachCheck;
}

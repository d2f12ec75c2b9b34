export { coachChecks, runCoach } from './run-coach';
export type { CoachCheck, CoachCheckDef, CoachFinding, CoachInput, CoachSeverity, SeedSection, SeedSource } from './types';

export { coachChecks, runCoach } from './run-coach';
export type { CoachCheck, CoachCheckDef, CoachFinding, CoachInput, CoachSeverity, SeedSection, SeedSource } from './types';
export { coachDismissalInputSchema, currentDismissals, dismissalKey, dismissalOf, type CoachDismissal, type CoachDismissalInput } from './dismissals';

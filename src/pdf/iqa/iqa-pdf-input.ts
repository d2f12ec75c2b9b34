import type { AssessorReport } from '../../domain/iqa/report';

/**
 * What the IQA's sampling record is made from: plain, display-ready values, so the PDF depends on no
 * screen's or store's types. The app maps its sampling round, sample lines and assessor reports onto
 * it; every string is printed as given (cut nowhere, drawn with the embedded font).
 */
export interface IqaPdfInput {
  /** The round's name, e.g. "Autumn interim sample". */
  roundName: string;
  /** The qualification sampled. */
  qualification: string;
  /** Who drew the sample (the IQA's name). */
  drawnBy: string;
  /** When the round was started and last changed (ISO). */
  createdAt: string;
  updatedAt: string;
  plan: IqaPdfPlan;
  /** Whether the sample covers what the plan asks, and what is missing if not. */
  coverage: { met: boolean; missing: string[] };
  lines: IqaPdfLine[];
  reports: IqaPdfAssessorRow[];
  signers: IqaPdfSigner[];
  /** When the PDF was made (ISO). */
  generatedAt: string;
}

export interface IqaPdfPlan {
  /** "Interim (during the course)". */
  stage: string;
  /** Per cent of each assessor's decisions sampled. */
  share: number;
  /** Per cent for new assessors. */
  newAssessorShare: number;
  /** New assessors, by name. */
  newAssessors: string[];
  /** Units the sample must cover, e.g. "Unit 3: Organise and deliver customer service". */
  units: string[];
  /** Assessment methods it must cover, in words. */
  methods: string[];
  /** 1–10: extra weight for units with many not-yet-met decisions. */
  notYetMetWeight: number;
  seed: number;
}

/** One sampled decision and what the IQA concluded. */
export interface IqaPdfLine {
  learner: string;
  learnerNumber: string;
  pointId: string;
  assessor: string;
  /** The assessor's outcome in words: "Met", "Not yet met". */
  decisionOutcome: string;
  /** When the decision was made (ISO). */
  decisionDate: string;
  /** The decision's signature status in words: "signer not confirmed". */
  decisionSignature: string;
  /** The assessment methods the decision names, in words ("Observation"). */
  methods: string[];
  /** Why the line is in the sample ("chosen because …"), one reason each. */
  reasons: string[];
  /** The IQA's outcome, when recorded. */
  iqa?: { outcome: string; comment: string; by: string; at: string; signature: string };
}

/** A row of the report per assessor, as the IQA's report counts it, named for print. */
export type IqaPdfAssessorRow = Omit<AssessorReport, 'assessorId' | 'name'> & { assessor: string };

export interface IqaPdfSigner {
  name: string;
  /** "Assessor", "Tutor or internal quality assurer (IQA)". */
  role: string;
  /** The key's SHA-256 fingerprint, hex. */
  fingerprint: string;
  /** What the key signed in this record, e.g. "12 decisions". */
  signed: string;
  /** Its standing on the device that made the PDF: "signer not confirmed". */
  status: string;
}

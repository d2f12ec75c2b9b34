/*
 * What the IQA's sampling record PDF is made from: plain, display-ready values. H3 owns this file; this
 * is the same view-model, so the IQA screens can map onto it until H3's lands.
 */
export interface IqaPdfInput {
  roundName: string;
  qualification: string;
  drawnBy: string;
  createdAt: string;
  updatedAt: string;
  plan: IqaPdfPlan;
  coverage: { met: boolean; missing: string[] };
  lines: IqaPdfLine[];
  reports: IqaPdfAssessorRow[];
  signers: IqaPdfSigner[];
  generatedAt: string;
}

export interface IqaPdfPlan {
  stage: string;
  share: number;
  newAssessorShare: number;
  newAssessors: string[];
  units: string[];
  methods: string[];
  notYetMetWeight: number;
  seed: number;
}

export interface IqaPdfLine {
  learner: string;
  learnerNumber: string;
  pointId: string;
  assessor: string;
  decisionOutcome: string;
  decisionDate: string;
  decisionSignature: string;
  methods: string[];
  reasons: string[];
  iqa?: { outcome: string; comment: string; by: string; at: string; signature: string };
}

export interface IqaPdfAssessorRow {
  assessor: string;
  isNew: boolean;
  decisions: number;
  sampled: number;
  agreed: number;
  toAction: number;
  disagreed: number;
  awaiting: number;
  planMet: boolean;
}

export interface IqaPdfSigner {
  name: string;
  role: string;
  fingerprint: string;
  signed: string;
  status: string;
}

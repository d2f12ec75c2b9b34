import type { Catalogue } from '../../catalogue';
import { iqaOutcomeLabels, samplingStageLabels } from '../../domain/iqa/outcomes';
import type { AssessorReport, SampleLineView } from '../../domain/iqa/report';
import type { IqaRound } from '../../domain/iqa/round';
import type { PlanCoverage } from '../../domain/iqa/sample';
import { plural } from '../../domain/plural';
import { assessmentMethodLabels, decisionOutcomeLabels, roleLabels } from '../../domain/schemas';
import { signatureStatusText, type SignatureCheck } from '../../domain/signing/status';
import type { IqaPdfInput, IqaPdfSigner } from '../../pdf/iqa';

export interface IqaRecordParts {
  round: IqaRound;
  views: readonly SampleLineView[];
  reports: readonly AssessorReport[];
  coverage: PlanCoverage;
  /** Assessors' names by signer id (the plan names new assessors by id). */
  assessorNames: ReadonlyMap<string, string>;
  catalogue: Catalogue;
  now: string;
}

/** Every key that signed a sampled decision or an outcome, with what it signed, as the record's signers table. */
function signersOf(views: readonly SampleLineView[]): IqaPdfSigner[] {
  const byKey = new Map<string, { check: SignatureCheck; decisions: number; outcomes: number }>();
  const count = (check: SignatureCheck | undefined, what: 'decisions' | 'outcomes') => {
    if (!check?.fingerprint) return;
    const seen = byKey.get(check.fingerprint) ?? { check, decisions: 0, outcomes: 0 };
    seen[what] += 1;
    byKey.set(check.fingerprint, seen);
  };
  for (const v of views) {
    count(v.decisionSignature, 'decisions');
    count(v.outcomeSignature, 'outcomes');
  }
  return [...byKey.entries()].map(([fingerprint, { check, decisions, outcomes }]) => ({
    name: check.signer.name,
    role: roleLabels[check.signer.role],
    fingerprint,
    signed: [decisions ? plural(decisions, 'decision', 'decisions') : '', outcomes ? plural(outcomes, 'IQA outcome', 'IQA outcomes') : ''].filter(Boolean).join(' and '),
    status: signatureStatusText(check),
  }));
}

/** The round as the sampling record PDF's plain view-model: words, numbers and dates only. */
export function iqaPdfInput({ round, views, reports, coverage, assessorNames, catalogue, now }: IqaRecordParts): IqaPdfInput {
  const { plan } = round;
  return {
    roundName: round.name,
    qualification: catalogue.title,
    drawnBy: round.by.name,
    createdAt: round.createdAt,
    updatedAt: round.updatedAt,
    plan: {
      stage: samplingStageLabels[plan.stage],
      share: plan.share,
      newAssessorShare: plan.newAssessorShare,
      newAssessors: plan.newAssessors.map((id) => assessorNames.get(id) ?? id),
      units: plan.units.map((id) => {
        const unit = catalogue.units.find((u) => u.id === id);
        return unit ? `Unit ${unit.number}: ${unit.title}` : id;
      }),
      methods: plan.methods.map((m) => assessmentMethodLabels[m]),
      notYetMetWeight: plan.notYetMetWeight,
      seed: plan.seed,
    },
    coverage: { met: coverage.met, missing: coverage.missing },
    lines: views.map((v) => ({
      learner: v.learnerName,
      learnerNumber: v.learnerNumber,
      pointId: v.line.markingPointId,
      assessor: v.decision?.assessor.name ?? assessorNames.get(v.line.assessorId) ?? v.line.assessorId,
      decisionOutcome: v.decision ? decisionOutcomeLabels[v.decision.outcome] : 'not on this device',
      decisionDate: v.decision?.decidedAt ?? '',
      decisionSignature: v.decisionSignature ? signatureStatusText(v.decisionSignature) : 'unsigned',
      methods: v.decision?.methods.map((m) => assessmentMethodLabels[m]) ?? [],
      reasons: v.line.reasons,
      ...(v.outcome
        ? {
            iqa: {
              outcome: iqaOutcomeLabels[v.outcome.outcome],
              comment: v.outcome.comment,
              by: v.outcome.by.name,
              at: v.outcome.at,
              signature: v.outcomeSignature ? signatureStatusText(v.outcomeSignature) : 'unsigned',
            },
          }
        : {}),
    })),
    reports: reports.map((r) => ({
      assessor: r.name,
      isNew: r.isNew,
      decisions: r.decisions,
      sampled: r.sampled,
      agreed: r.agreed,
      toAction: r.toAction,
      disagreed: r.disagreed,
      awaiting: r.awaiting,
      planMet: r.planMet,
    })),
    signers: signersOf(views),
    generatedAt: now,
  };
}

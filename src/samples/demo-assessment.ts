import { decisionId } from '../domain/references';
import type { EvidenceVersion, PortfolioRecord } from '../domain/records';
import type { AssessmentMethod, AuditEntry, Decision, DecisionOutcome, Evidence, Person, Portfolio, SignerKey } from '../domain/schemas';
import { currentVersionOf, editAfterDecision, makeSampleSigner, readyRecord, signedDecision, signedSignOff } from './assessment-steps';

/** What the demo's assessor did, and what the learner changed afterwards. */
export interface DemoAssessment {
  evidence: Evidence[];
  versions: EvidenceVersion[];
  decisions: Decision[];
  records: PortfolioRecord[];
  keys: SignerKey[];
  audit: AuditEntry[];
}

interface DemoDecision {
  point: string;
  outcome: DecisionOutcome;
  feedback: string;
  methods: AssessmentMethod[];
  daysAgo: number;
}

/*
 * The assessor signs off unit EXT (every point met), partly meets REL-3 with feedback, and meets REL-5,
 * whose evidence the learner edits afterwards, so that decision shows "evidence changed since
 * assessment". The assessor's key is made when the demo is built: on a new device it is a key nobody
 * confirmed, so the app truthfully shows "signer not confirmed".
 */
const DECISIONS: DemoDecision[] = [
  {
    point: 'EXT-1',
    outcome: 'met',
    feedback: 'Clear split of external members and internal colleagues, with examples from the branch.',
    methods: ['reflective-account', 'professional-discussion'],
    daysAgo: 101,
  },
  {
    point: 'EXT-2',
    outcome: 'met',
    feedback: 'The call log shows the published standards met, with figures.',
    methods: ['product-evidence'],
    daysAgo: 101,
  },
  {
    point: 'EXT-3',
    outcome: 'met',
    feedback: 'A clear, complete complaint record: every stage of the procedure is shown, and the improvement was adopted.',
    methods: ['product-evidence'],
    daysAgo: 100,
  },
  {
    point: 'REL-3',
    outcome: 'partially-met',
    feedback:
      'Two techniques are used and the survey is analysed well. The comment cards are grouped by theme, but the staggered-lunch trial has no result yet: add what the trial showed and how you measured it.',
    methods: ['product-evidence', 'question-and-answer'],
    daysAgo: 90,
  },
  {
    point: 'REL-5',
    outcome: 'met',
    feedback: 'The witness testimony and the member’s email together show a professional, empathetic relationship.',
    methods: ['witness-testimony', 'product-evidence'],
    daysAgo: 25,
  },
];

export interface DemoAssessmentInput {
  portfolio: Portfolio;
  evidence: readonly Evidence[];
  versions: readonly EvidenceVersion[];
  /** ISO time `days` before the demo's `now`. */
  daysAgo: (days: number) => string;
  newId: () => string;
}

export async function buildDemoAssessment(input: DemoAssessmentInput): Promise<DemoAssessment> {
  const { portfolio, daysAgo, newId } = input;
  const portfolioId = portfolio.id;
  const assessor: Person = { role: 'assessor', name: portfolio.assessorName };
  const learner: Person = { role: 'learner', name: portfolio.learnerName };
  const signer = await makeSampleSigner(assessor, daysAgo(110));
  const keys: SignerKey[] = [signer.signerKey];
  const byTitle = (start: string) => {
    const e = input.evidence.find((x) => x.title.startsWith(start));
    if (!e) throw new Error(`The demo has no item titled "${start}…"`);
    return e;
  };
  const versionOf = currentVersionOf(input.versions);
  const audit: AuditEntry[] = [];
  const log = (who: Person, at: string, action: string, detail: string) =>
    audit.push({ id: newId(), portfolioId, at, role: who.role, name: who.name, action, detail });

  const records: PortfolioRecord[] = [];
  const ready = (unitId: string, days: number) => {
    records.push(readyRecord(newId(), portfolioId, unitId, daysAgo(days), learner));
    log(learner, daysAgo(days), 'unit marked ready', `Unit ${unitId} marked ready for assessment`);
  };
  ready('EXT', 104);

  const decisions: Decision[] = [];
  for (const d of DECISIONS) {
    if (d.point === 'REL-3') ready('REL', 92);
    // Format 1's one-decision-per-point id; the demo decides each point once.
    const id = decisionId(portfolioId, d.point);
    const decision = await signedDecision({ id, portfolioId, pointId: d.point, outcome: d.outcome, feedback: d.feedback, methods: d.methods, at: daysAgo(d.daysAgo) }, input.evidence, input.versions, signer);
    decisions.push(decision);
    log(assessor, decision.decidedAt, 'decision recorded', `${d.point}: ${d.outcome.replace(/-/g, ' ')}`);
  }

  const extDecisions = decisions.filter((d) => d.markingPointId.startsWith('EXT-')).map((d) => d.id);
  const signOff = await signedSignOff(newId(), portfolioId, 'EXT', daysAgo(99), extDecisions, signer);
  records.push(signOff);
  log(assessor, signOff.at, 'unit signed off', 'Unit EXT signed off');

  const cards = byTitle('Comment cards');
  records.push({
    id: newId(),
    portfolioId,
    type: 'comment',
    at: daysAgo(90),
    by: assessor,
    evidenceId: cards.id,
    versionId: cards.versionId,
    text: 'The photo of the card is clear. Next time, note how many cards came in each week so the trend shows.',
  });
  log(assessor, daysAgo(90), 'comment added', `${cards.ref} ${cards.title}`);

  // After REL-5 was met, the learner added her analysis to the email: the decision is now out of date.
  const email = byTitle('Thank-you email');
  const edit = await editAfterDecision(email, versionOf(email), {
    savedAt: daysAgo(10),
    author: learner,
    fields: { analysis: 'Clear explanations of fixed-rate options reduce repeat calls; I now use the same explanation with other members.' },
  });
  const edited = edit.version;
  log(learner, edited.savedAt, 'evidence updated', `${email.ref} ${email.title} (changed: Analysis)`);
  const evidence = input.evidence.map((e) => (e.id === email.id ? edit.evidence : e));

  return { evidence, versions: [...input.versions, edited], decisions, records, keys, audit };
}

import { decisionId } from '../domain/references';
import type { EvidenceVersion, PortfolioRecord } from '../domain/records';
import type { AssessmentMethod, AuditEntry, Decision, DecisionOutcome, Evidence, Person, Portfolio, SignerKey } from '../domain/schemas';
import { generateSigningKey, signRecord, type SigningKey } from '../domain/signing';
import { evidenceFromVersion, makeVersion } from '../domain/versions';

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

const DECLARATION =
  'I confirm that I assessed the evidence for this unit against every marking point, and that it is valid, authentic, current and sufficient.';

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
  const made = await generateSigningKey();
  const key: SigningKey = { privateKey: made.privateKey, fingerprint: made.fingerprint };
  const keys: SignerKey[] = [{ fingerprint: made.fingerprint, publicKey: made.publicKey, signer: assessor, createdAt: daysAgo(110) }];
  const byTitle = (start: string) => {
    const e = input.evidence.find((x) => x.title.startsWith(start));
    if (!e) throw new Error(`The demo has no item titled "${start}…"`);
    return e;
  };
  const versionOf = (e: Evidence) => {
    const v = input.versions.find((x) => x.id === e.versionId);
    if (!v) throw new Error(`The demo item ${e.ref} has no saved version`);
    return v;
  };
  const audit: AuditEntry[] = [];
  const log = (who: Person, at: string, action: string, detail: string) =>
    audit.push({ id: newId(), portfolioId, at, role: who.role, name: who.name, action, detail });

  const records: PortfolioRecord[] = [];
  const ready = (unitId: string, days: number) => {
    records.push({ id: newId(), portfolioId, type: 'ready', at: daysAgo(days), by: learner, unitId, ready: true });
    log(learner, daysAgo(days), 'unit marked ready', `Unit ${unitId} marked ready for assessment`);
  };
  ready('EXT', 104);

  const decisions: Decision[] = [];
  for (const d of DECISIONS) {
    if (d.point === 'REL-3') ready('REL', 92);
    const mapped = input.evidence.filter((e) => versionOf(e).mappings.some((m) => m.markingPointId === d.point));
    const unsigned: Decision = {
      // Format 1's one-decision-per-point id; the demo decides each point once.
      id: decisionId(portfolioId, d.point),
      portfolioId,
      markingPointId: d.point,
      outcome: d.outcome,
      feedback: d.feedback,
      methods: d.methods,
      basedOn: mapped.map((e) => ({ evidenceId: e.id, versionId: e.versionId, version: e.version, hash: versionOf(e).pointHashes[d.point] })),
      assessor,
      decidedAt: daysAgo(d.daysAgo),
    };
    decisions.push(await signRecord(unsigned, key));
    log(assessor, unsigned.decidedAt, 'decision recorded', `${d.point}: ${d.outcome.replace(/-/g, ' ')}`);
  }

  const signOff = await signRecord(
    {
      id: newId(),
      portfolioId,
      type: 'sign-off' as const,
      at: daysAgo(99),
      by: assessor,
      unitId: 'EXT',
      declaration: DECLARATION,
      decisionIds: decisions.filter((d) => d.markingPointId.startsWith('EXT-')).map((d) => d.id),
    },
    key,
  );
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
  const first = versionOf(email);
  const edited = await makeVersion({
    id: `${email.id}:v2`,
    portfolioId,
    evidenceId: email.id,
    number: email.number,
    version: 2,
    parents: [first.id],
    savedAt: daysAgo(10),
    author: learner,
    content: {
      ...first.content,
      fields: { ...first.content.fields, analysis: 'Clear explanations of fixed-rate options reduce repeat calls; I now use the same explanation with other members.' },
    },
    attachments: first.attachments,
    mappings: first.mappings,
  });
  log(learner, edited.savedAt, 'evidence updated', `${email.ref} ${email.title} (changed: Analysis)`);
  const evidence = input.evidence.map((e) => (e.id === email.id ? evidenceFromVersion(edited, e.createdAt) : e));

  return { evidence, versions: [...input.versions, edited], decisions, records, keys, audit };
}

import { catalogue } from '../catalogue';
import type { EvidenceVersion, PortfolioRecord } from '../domain/records';
import { assessmentMethods, type AssessmentMethod, type AuditEntry, type Decision, type DecisionOutcome, type Evidence, type Person } from '../domain/schemas';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { currentVersionOf, editAfterDecision, makeSampleSigner, readyRecord, signedDecision, signedSignOff, type SampleSigner } from './assessment-steps';
import { generatePortfolio } from './generate';
import { between, pick, random, uuid, type Rand } from './seeded';

export interface CohortOptions {
  /** How many learners. */
  learners: number;
  /** Same seed, same cohort (only the signatures' bytes and the run's keys differ). */
  seed?: number;
  /** ISO time the cohort is "as of": every date in it lies before. */
  now: string;
  /** Evidence items per learner; by default it varies with how far each learner has got (2 to 40). */
  items?: number;
  /** One item in this many gets a photo (default 0: none, so that thirty files stay small). */
  imageEvery?: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

const FIRST = ['Amara', 'Ben', 'Chloe', 'Daniel', 'Ewa', 'Farah', 'George', 'Hollie', 'Isaac', 'Jade', 'Kofi', 'Laila', 'Mohammed', 'Niamh', 'Oliver', 'Poppy', 'Rashid', 'Sian', 'Tyler', 'Yasmin'];
const LAST = ['Adeyemi', 'Bennett', 'Clarke', 'Davies', 'Evans', 'Fraser', 'Gallagher', 'Hussain', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'McKenzie', 'Novak', 'O’Neill', 'Patel', 'Quinn', 'Roberts', 'Singh', 'Thompson'];
const ASSESSORS = ['Morgan Ellis', 'Priya Nair', 'Samuel Okafor', 'Joanna Byrne', 'Rhys Llewellyn', 'Fatima Hussain', 'Callum Reid'];

const FEEDBACK: Record<DecisionOutcome, readonly string[]> = {
  met: ['Clear, well-referenced evidence that meets the point.', 'Meets the point: the figures and the outcome are both shown.', 'Good use of the witness statement to confirm what you did.'],
  'partially-met': [
    'Partly there: show the review stage too, and what changed because of it.',
    'Good start — add the timescale you agreed with the customer and whether it was kept.',
    'You describe what you did; now explain why, with reference to the policy.',
  ],
  'not-yet-met': [
    'Not yet: this shows the task but not how you monitored the service. Add the log or report.',
    'The evidence is about a colleague’s case; use one you handled yourself.',
    'This needs a second example with a different kind of customer.',
  ],
};
const ADDED_REFLECTION = ' Afterwards I added what my team leader said about the outcome.';

function shuffled<T>(rand: Rand, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function outcomeFor(rand: Rand, likelyMet: boolean): DecisionOutcome {
  const r = rand();
  if (r < (likelyMet ? 0.8 : 0.6)) return 'met';
  return r < (likelyMet ? 0.9 : 0.8) ? 'partially-met' : 'not-yet-met';
}

function methodsFor(rand: Rand): AssessmentMethod[] {
  return [...new Set([pick(rand, assessmentMethods), pick(rand, assessmentMethods)])].sort();
}

/** The cohort's learners: distinct names, distinct learner numbers, in a seeded order. */
function learnersOf(rand: Rand, count: number): { name: string; number: string }[] {
  const first = shuffled(rand, FIRST);
  const last = shuffled(rand, LAST);
  const numbers = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / (first.length * last.length));
    const base = `${first[i % first.length]} ${last[(i + Math.floor(i / first.length)) % last.length]}`;
    let number = `L${between(rand, 100000, 999999)}`;
    while (numbers.has(number)) number = `L${between(rand, 100000, 999999)}`;
    numbers.add(number);
    return { name: round === 0 ? base : `${base} ${round + 1}`, number };
  });
}

interface Learner {
  index: number;
  name: string;
  number: string;
  /** 0 (just started) to 1 (nearly done). */
  progress: number;
  signer: SampleSigner;
  isNewAssessor: boolean;
}

/**
 * A generated cohort: one learner's portfolio per entry, with varied progress (just started to nearly
 * done), 3 to 5 assessors each with a signing key made for this run (the last is new and has made
 * few decisions), signed decisions (met, partially met and not yet met, with feedback), some made
 * stale by the learner's later edit, ready marks, a few units signed off, and dates spread across the
 * course. Pure but for the keys: the same options give the same cohort, signatures and keys aside.
 */
export async function generateCohort(options: CohortOptions): Promise<PortfolioSnapshot[]> {
  const seed = options.seed ?? 1;
  const rand = random(seed);
  const nowMs = Date.parse(options.now);
  const assessorNames = shuffled(rand, ASSESSORS).slice(0, between(rand, 3, 5));
  const signers = await Promise.all(
    assessorNames.map((name, i) =>
      makeSampleSigner({ role: 'assessor', name }, new Date(nowMs - (i === assessorNames.length - 1 ? 60 : 420) * DAY).toISOString()),
    ),
  );
  const newAssessor = signers.length - 1;
  const people = learnersOf(rand, options.learners);
  const learners: Learner[] = people.map((p, index) => {
    // One learner in ten has the new assessor (at least one, when there are two learners or more).
    const isNew = options.learners > 1 && (index % 10 === 9 || (options.learners < 10 && index === options.learners - 1));
    const assessor = isNew ? newAssessor : index % newAssessor;
    // Spread evenly from 0.05 to 0.95, in an order that mixes the assessors' learners.
    const progress = 0.05 + 0.9 * ((index * 0.618_033_988_75 + rand() * 0.1) % 1);
    return { index, ...p, progress, signer: signers[assessor] as SampleSigner, isNewAssessor: isNew };
  });
  const out: PortfolioSnapshot[] = [];
  for (const learner of learners) out.push(await generateLearner(learner, options, seed, nowMs));
  return out;
}

async function generateLearner(learner: Learner, options: CohortOptions, seed: number, nowMs: number): Promise<PortfolioSnapshot> {
  const rand = random((seed * 7919 + learner.index * 104_729) >>> 0);
  const idleDays = learner.progress < 0.3 ? between(rand, 10, 60) : between(rand, 0, 14);
  const learnerNowMs = nowMs - idleDays * DAY - between(rand, 1, 8) * HOUR;
  const items = options.items ?? Math.max(2, Math.round(learner.progress * 40));
  const base = await generatePortfolio({
    items,
    seed: rand() * 4294967296,
    now: new Date(learnerNowMs).toISOString(),
    imageEvery: options.imageEvery ?? 0,
    learnerName: learner.name,
    learnerNumber: learner.number,
    assessorName: learner.signer.person.name,
    startedDaysAgo: between(rand, 330, 380) - idleDays,
    decisions: false,
  });
  const portfolioId = base.portfolio.id;
  const learnerPerson: Person = { role: 'learner', name: learner.name };
  const assessor = learner.signer.person;
  const stamp = (ms: number) => new Date(Math.min(ms, learnerNowMs)).toISOString();
  const newId = () => uuid(rand);
  const audit: AuditEntry[] = [];
  const log = (who: Person, at: string, action: string, detail: string) => audit.push({ id: newId(), portfolioId, at, role: who.role, name: who.name, action, detail });

  let evidence: Evidence[] = base.evidence;
  let versions: EvidenceVersion[] = base.versions;
  const decisions: Decision[] = [];
  const records: PortfolioRecord[] = [];
  const signedOffUnits = new Set<string>();
  const decideChance = (0.15 + 0.75 * learner.progress) * (learner.isNewAssessor ? 0.3 : 1);
  const lastItemMs = (pointIds: readonly string[]) =>
    Math.max(...base.mappings.filter((m) => pointIds.includes(m.markingPointId)).map((m) => Date.parse(m.updatedAt)));

  for (const unit of catalogue.units) {
    const pointIds = unit.markingPoints.map((p) => p.id);
    const mapped = pointIds.filter((id) => base.mappings.some((m) => m.markingPointId === id));
    if (mapped.length === 0) continue;
    const complete = mapped.length === pointIds.length;
    const ready = complete && rand() < 0.75;
    const afterMs = lastItemMs(mapped);
    if (ready) {
      const at = stamp(afterMs + between(rand, 2, 48) * HOUR);
      records.push(readyRecord(newId(), portfolioId, unit.id, at, learnerPerson));
      log(learnerPerson, at, 'unit marked ready', `Unit ${unit.id} marked ready for assessment`);
    }
    // A learner well on, whose complete unit is ready, has it assessed in full and (not by a new assessor) signed off.
    const toSignOff = ready && learner.progress > 0.65 && !learner.isNewAssessor && signedOffUnits.size === 0;
    const unitDecisions: Decision[] = [];
    for (const pointId of mapped) {
      if (!toSignOff && rand() >= (ready ? decideChance : decideChance * 0.5)) continue;
      const outcome = toSignOff ? 'met' : outcomeFor(rand, ready);
      const atMs = Math.min(afterMs + between(rand, 3, 30) * DAY, learnerNowMs - between(rand, 2, 6) * HOUR);
      const decision = await signedDecision(
        { id: newId(), portfolioId, pointId, outcome, feedback: `${pointId}: ${pick(rand, FEEDBACK[outcome])}`, methods: methodsFor(rand), at: stamp(Math.max(atMs, afterMs + HOUR)) },
        evidence,
        versions,
        learner.signer,
      );
      unitDecisions.push(decision);
      log(assessor, decision.decidedAt, 'decision recorded', `${pointId}: ${outcome.replace(/-/g, ' ')}`);
    }
    decisions.push(...unitDecisions);
    if (toSignOff && unitDecisions.length === pointIds.length) {
      const lastDecisionMs = Math.max(...unitDecisions.map((d) => Date.parse(d.decidedAt)));
      const signOff = await signedSignOff(newId(), portfolioId, unit.id, stamp(lastDecisionMs + HOUR), unitDecisions.map((d) => d.id), learner.signer);
      records.push(signOff);
      signedOffUnits.add(unit.id);
      log(assessor, signOff.at, 'unit signed off', `Unit ${unit.id} signed off`);
    }
  }

  // About one learner in three edits an item after it was judged met: that decision is now out of date.
  if (rand() < 0.35) {
    const unitOfPoint = new Map(catalogue.units.flatMap((u) => u.markingPoints.map((p) => [p.id, u.id] as const)));
    const lockedPoint = (pointId: string) => signedOffUnits.has(unitOfPoint.get(pointId) ?? '');
    const versionOf = currentVersionOf(versions);
    const editable = decisions.filter((d) => d.outcome === 'met' && !lockedPoint(d.markingPointId) && Date.parse(d.decidedAt) < learnerNowMs - HOUR);
    const decision = editable.length > 0 ? pick(rand, editable) : undefined;
    const item = evidence.find((e) => decision?.basedOn.some((b) => b.evidenceId === e.id) && !versionOf(e).mappings.some((m) => lockedPoint(m.markingPointId)));
    if (decision && item) {
      const savedMs = Math.min(Date.parse(decision.decidedAt) + between(rand, 1, 10) * DAY, learnerNowMs);
      const edit = await editAfterDecision(item, versionOf(item), { savedAt: stamp(savedMs), author: learnerPerson, reflection: `${versionOf(item).content.reflection}${ADDED_REFLECTION}` });
      versions = [...versions, edit.version];
      evidence = evidence.map((e) => (e.id === item.id ? edit.evidence : e));
      log(learnerPerson, edit.version.savedAt, 'evidence updated', `${item.ref} ${item.title} (changed: Reflection)`);
    }
  }

  const times = [...evidence.map((e) => e.updatedAt), ...decisions.map((d) => d.decidedAt), ...records.map((r) => r.at)];
  const updatedAt = times.reduce((a, b) => (b > a ? b : a), base.portfolio.updatedAt);
  return {
    ...base,
    portfolio: { ...base.portfolio, updatedAt },
    evidence,
    versions,
    decisions,
    records,
    keys: decisions.length > 0 ? [learner.signer.signerKey] : [],
    audit: [...base.audit, ...audit].sort((a, b) => a.at.localeCompare(b.at)),
  };
}

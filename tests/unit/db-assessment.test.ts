import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, readPortfolioData, setDatabase } from '../../src/db';
import { deleteEvidence, saveEvidence } from '../../src/db/evidence-writes';
import { readAssessment } from '../../src/db/locks';
import { signatureChecksOf } from '../../src/db/signature-checks';
import { removeMapping, setMapping } from '../../src/db/mapping-writes';
import { addComment, countersign, markUnitReady, recordDecision, signOffUnit, unlockEvidence } from '../../src/db/assessment';
import type { EvidenceInput } from '../../src/domain/schemas';
import { evidenceInput } from '../components/support/seed';
import { deviceUsers, pointsOf } from '../fixtures/identities';

const input = (title: string): EvidenceInput => evidenceInput({ title, date: '2026-11-20', fields: { description: 'A document.' }, reflection: 'What I learned.' });

const relPoints = pointsOf('REL');

beforeEach(() => {
  users.forget();
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
});

const assessmentOf = async (id: string) => (await readAssessment(id, await signatureChecksOf(id))).assessment;
const users = deviceUsers();
const asLearner = () => users.become('learner', 'Zoë Brontë');
const asAssessor = (name = 'Morgan Ellis') => users.become('assessor', name);

/** A portfolio with one item mapped to every point of REL and one to EXT-1, made by the learner. */
async function portfolioWithEvidence() {
  await asLearner();
  const p = await createPortfolio({ learnerName: 'Zoë Brontë', learnerNumber: 'L1', centre: 'Centre', assessorName: 'Morgan Ellis', startDate: '2026-09-01' });
  const a = await saveEvidence({ portfolioId: p.id, input: input('Survey'), mappings: relPoints.map((markingPointId) => ({ markingPointId, rationale: `Shows ${markingPointId}` })) });
  const b = await saveEvidence({ portfolioId: p.id, input: input('Log'), mappings: [{ markingPointId: 'EXT-1', rationale: 'Shows it' }] });
  return { p, a, b };
}

async function decideAllMet(portfolioId: string, evidenceId: string) {
  for (const point of relPoints) await recordDecision(portfolioId, point, { outcome: 'met', feedback: '', methods: ['product-evidence'], basedOn: [evidenceId] });
}

describe('decisions', () => {
  it('signs a decision, binds it to the judged version’s point hash and audits it', async () => {
    const { p, a } = await portfolioWithEvidence();
    await asAssessor();
    const d = await recordDecision(p.id, 'REL-1', { outcome: 'partially-met', feedback: 'Name the technique', methods: ['observation', 'product-evidence'], basedOn: [a.id] });
    expect(d.signature?.alg).toBe('ECDSA-P256-SHA256');
    const version = await db().versions.get(a.versionId);
    expect(d.basedOn).toEqual([{ evidenceId: a.id, versionId: a.versionId, version: 1, hash: version?.pointHashes['REL-1'] }]);
    expect(d.assessor).toEqual({ role: 'assessor', name: 'Morgan Ellis' });
    const data = await readPortfolioData(p.id);
    expect(data.checks.get(d.id)?.status).toBe('confirmed');
    expect(data.coverage.byPoint.get('REL-1')?.status).toBe('partially-met');
    const audit = await db().audit.where('portfolioId').equals(p.id).toArray();
    expect(audit.find((e) => e.action === 'decided')).toMatchObject({ role: 'assessor', name: 'Morgan Ellis', detail: 'REL-1: Partially met' });
    const again = await recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [a.id] });
    expect(again.supersedes).toBe(d.id);
    expect((await readPortfolioData(p.id)).coverage.byPoint.get('REL-1')?.countsAsMet).toBe(true);
  });

  it('refuses feedback left empty unless met, no method, an item of another portfolio, and a learner deciding', async () => {
    const { p, a } = await portfolioWithEvidence();
    await expect(recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [a.id] })).rejects.toThrow(
      'Only an assessor can decide a marking point; this device is set up for Zoë Brontë as learner.',
    );
    await asAssessor();
    await expect(recordDecision(p.id, 'REL-1', { outcome: 'not-yet-met', feedback: '  ', methods: ['observation'], basedOn: [a.id] })).rejects.toThrow(/Write feedback/);
    await expect(recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: [], basedOn: [a.id] })).rejects.toThrow('Choose at least one assessment method');
    await expect(recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [a.id, 'not-an-item'] })).rejects.toThrow(/no longer in this portfolio/);
    expect(await db().decisions.count()).toBe(0);
  });

  it('lets the assessor add an item the learner did not map there, bound by its whole content', async () => {
    const { p, a, b } = await portfolioWithEvidence();
    await asAssessor();
    const d = await recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [a.id, b.id] });
    const version = await db().versions.get(b.versionId);
    expect(d.basedOn.find((x) => x.evidenceId === b.id)).toEqual({ evidenceId: b.id, versionId: b.versionId, version: 1, hash: version?.contentHash, unmapped: true });
    expect((await readPortfolioData(p.id)).coverage.byPoint.get('REL-1')?.status).toBe('met');
    // Mapping the added item elsewhere changes nothing the assessor judged; editing it does.
    await asLearner();
    await setMapping(b.id, 'EXT-2', 'Also shows this');
    expect((await readPortfolioData(p.id)).coverage.byPoint.get('REL-1')?.status).toBe('met');
    const mappings = (await db().mappings.where('evidenceId').equals(b.id).toArray()).map(({ markingPointId, rationale }) => ({ markingPointId, rationale }));
    await saveEvidence({ portfolioId: p.id, evidenceId: b.id, input: input('Log, retitled'), mappings });
    expect((await readPortfolioData(p.id)).coverage.byPoint.get('REL-1')?.status).toBe('stale');
  });

  it('shows a decision as stale once the learner edits the judged item, and not when they map it elsewhere', async () => {
    const { p, a } = await portfolioWithEvidence();
    await asAssessor();
    await recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [a.id] });
    await asLearner();
    await setMapping(a.id, 'EXT-2', 'Also shows this');
    expect((await readPortfolioData(p.id)).coverage.byPoint.get('REL-1')?.status).toBe('met');
    const mappings = (await db().mappings.where('evidenceId').equals(a.id).toArray()).map(({ markingPointId, rationale }) => ({ markingPointId, rationale }));
    await saveEvidence({ portfolioId: p.id, evidenceId: a.id, input: input('Survey, retitled'), mappings });
    const after = (await readPortfolioData(p.id)).coverage.byPoint.get('REL-1');
    expect(after?.status).toBe('stale');
    expect(after?.countsAsMet).toBe(false);
  });
});

describe('comments and ready', () => {
  it('records an assessor’s comment on the current version, and refuses one from the learner', async () => {
    const { p, a } = await portfolioWithEvidence();
    await expect(addComment(a.id, { text: 'Mine' })).rejects.toThrow(/for the assessor/);
    await asAssessor();
    await expect(addComment(a.id, { text: '   ' })).rejects.toThrow('Write the comment first');
    await addComment(a.id, { text: 'Add the date of the survey' });
    const records = await db().records.where('portfolioId').equals(p.id).toArray();
    expect(records.filter((r) => r.type === 'comment')).toEqual([expect.objectContaining({ evidenceId: a.id, versionId: a.versionId, text: 'Add the date of the survey', by: { role: 'assessor', name: 'Morgan Ellis' } })]);
  });

  it('marks a unit ready and takes it back, as the learner only', async () => {
    const { p } = await portfolioWithEvidence();
    await markUnitReady(p.id, 'REL', true);
    let data = await readPortfolioData(p.id);
    expect(data.coverage.units.find((u) => u.unit.id === 'REL')?.ready).toBe(true);
    expect(data.coverage.byPoint.get('REL-1')?.status).toBe('ready');
    await markUnitReady(p.id, 'REL', false);
    data = await readPortfolioData(p.id);
    expect(data.coverage.byPoint.get('REL-1')?.status).toBe('evidenced');
    await expect(markUnitReady(p.id, 'NOPE', true)).rejects.toThrow('The qualification has no unit “NOPE”.');
    await asAssessor();
    await expect(markUnitReady(p.id, 'REL', true)).rejects.toThrow(/Only the learner can mark a unit ready/);
    const audit = await db().audit.where('portfolioId').equals(p.id).toArray();
    expect(audit.filter((e) => e.action === 'marked ready' || e.action === 'ready withdrawn').map((e) => e.action).sort()).toEqual(['marked ready', 'ready withdrawn']);
  });
});

describe('sign-off, locks and unlock', () => {
  it('refuses a sign-off until every point is met, then signs it and locks the unit’s evidence', async () => {
    const { p, a, b } = await portfolioWithEvidence();
    await asAssessor();
    await recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [a.id] });
    await expect(signOffUnit(p.id, 'REL', { countersignBy: '' })).rejects.toThrow(/Unit 4 cannot be signed off yet: REL-2, REL-3, REL-4, REL-5 are not met/);
    await decideAllMet(p.id, a.id);
    const signOff = await signOffUnit(p.id, 'REL', { countersignBy: '' });
    expect(signOff.signature).toBeDefined();
    await expect(signOffUnit(p.id, 'REL', { countersignBy: '' })).rejects.toThrow('Unit 4 is already signed off.');

    const assessment = await assessmentOf(p.id);
    expect([...assessment.locked.keys()]).toEqual([a.id]);

    await asLearner();
    const mappings = relPoints.map((markingPointId) => ({ markingPointId, rationale: `Shows ${markingPointId}` }));
    const before = await db().versions.count();
    await expect(saveEvidence({ portfolioId: p.id, evidenceId: a.id, input: input('Changed'), mappings })).rejects.toThrow(
      /E001 is locked: unit 4 was signed off by Morgan Ellis on .*\. Ask your assessor to unlock it/,
    );
    await expect(deleteEvidence(a.id)).rejects.toThrow(/E001 is locked/);
    await expect(removeMapping(a.id, 'REL-1')).rejects.toThrow(/E001 is locked/);
    await expect(setMapping(a.id, 'EXT-3', 'More')).rejects.toThrow(/E001 is locked/);
    // Another item may not be mapped into the signed-off unit either: it would undo the sign-off.
    await expect(setMapping(b.id, 'REL-2', 'Also')).rejects.toThrow('Unit 4 is signed off: ask your assessor before mapping more to REL-2.');
    expect(await db().versions.count()).toBe(before);
    expect(await db().evidence.get(a.id)).toMatchObject({ title: 'Survey' });
    // Items outside the unit stay the learner's to change.
    await setMapping(b.id, 'EXT-2', 'Shows it too');

    await asAssessor();
    await expect(unlockEvidence(b.id, { reason: 'x' })).rejects.toThrow('E002 is not locked.');
    await expect(unlockEvidence(a.id, { reason: ' ' })).rejects.toThrow(/Say why the item is unlocked/);
    await unlockEvidence(a.id, { reason: 'Add the survey date' });
    await asLearner();
    await saveEvidence({ portfolioId: p.id, evidenceId: a.id, input: input('Changed'), mappings });
    const after = await assessmentOf(p.id);
    // The change makes the decisions stale, so the sign-off lapses.
    expect(after.signOffs.has('REL')).toBe(false);
    const actions = (await db().audit.where('portfolioId').equals(p.id).toArray()).filter((e) => e.role === 'assessor').map((e) => e.action);
    expect(actions).toContain('signed off');
    expect(actions).toContain('unlocked');
  });

  it('refuses the assessor changing evidence', async () => {
    const { p, a } = await portfolioWithEvidence();
    await asAssessor();
    await expect(saveEvidence({ portfolioId: p.id, evidenceId: a.id, input: input('Mine now'), mappings: [] })).rejects.toThrow('Only the learner can change evidence.');
    await expect(deleteEvidence(a.id)).rejects.toThrow('Only the learner can change evidence.');
  });

  it('waits for the named second assessor to countersign', async () => {
    const { p, a } = await portfolioWithEvidence();
    await asAssessor();
    await decideAllMet(p.id, a.id);
    await expect(signOffUnit(p.id, 'REL', { countersignBy: 'morgan  ellis' })).rejects.toThrow('A countersignature must come from a second assessor, not from you.');
    await signOffUnit(p.id, 'REL', { countersignBy: 'Priya Shah' });
    await expect(countersign(p.id, 'REL')).rejects.toThrow('This sign-off is to be countersigned by Priya Shah; this device is set up for Morgan Ellis.');
    expect((await assessmentOf(p.id)).signOffs.get('REL')?.countersign).toBe('pending');
    await asAssessor('Priya Shah');
    await countersign(p.id, 'REL');
    expect((await assessmentOf(p.id)).signOffs.get('REL')?.countersign).toBe('done');
    await expect(countersign(p.id, 'REL')).rejects.toThrow('Unit 4’s sign-off needs no further countersignature.');
  });
});

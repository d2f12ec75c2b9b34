import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { createPortfolio, db, FolioDatabase, readSnapshot, setDatabase, writeSnapshot } from '../../src/db';
import { recordDecision } from '../../src/db/assessment';
import { readCohortPortfolios } from '../../src/db/cohort-data';
import { saveEvidence } from '../../src/db/evidence-writes';
import { createRound, deleteRound, exportIqaFile, importIqaFile, IqaError, listRounds, readIqaActions, recordIqaOutcome, saveRound } from '../../src/db/iqa';
import { signatureChecksOf } from '../../src/db/signature-checks';
import { decodeIqaFile } from '../../src/domain/iqa-file';
import type { IqaOutcome } from '../../src/domain/iqa/outcomes';
import { sampleCandidates } from '../../src/domain/iqa/candidates';
import { defaultPlan } from '../../src/domain/iqa/plan';
import { proposeSample, removeLine } from '../../src/domain/iqa/sample';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { evidenceInput } from '../components/support/seed';
import { deviceUsers } from '../fixtures/identities';

const users = deviceUsers();
const freshDevice = () => {
  users.forget();
  setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
};
beforeEach(freshDevice);

const morganId = 'assessor:morgan ellis';

/** A learner's portfolio with REL-1 met and REL-2 not yet met by Morgan, on this device. */
async function assessedPortfolio(learnerName = 'Zoë Brontë', learnerNumber = 'L1') {
  await users.become('learner', learnerName);
  const p = await createPortfolio({ learnerName, learnerNumber, centre: 'Centre', assessorName: 'Morgan Ellis', startDate: '2026-09-01' });
  const item = await saveEvidence({
    portfolioId: p.id,
    input: evidenceInput({ title: 'Survey', date: '2026-11-20', reflection: 'What I learned.' }),
    mappings: ['REL-1', 'REL-2'].map((markingPointId) => ({ markingPointId, rationale: `Shows ${markingPointId}` })),
  });
  await users.become('assessor', 'Morgan Ellis');
  const met = await recordDecision(p.id, 'REL-1', { outcome: 'met', feedback: '', methods: ['observation'], basedOn: [item.id] });
  const notYet = await recordDecision(p.id, 'REL-2', { outcome: 'not-yet-met', feedback: 'Add the result.', methods: ['product-evidence'], basedOn: [item.id] });
  return { p, item, met, notYet };
}

/** The tutor draws a round sampling every decision (Morgan is new: 100 %). */
async function roundOfEverything() {
  await users.become('tutor', 'Ines Quinn');
  const plan = { ...defaultPlan(42), newAssessors: [morganId] };
  const data = await readCohortPortfolios();
  const candidates = sampleCandidates(data, catalogue, 'interim');
  const lines = proposeSample(plan, candidates, catalogue);
  return createRound(plan, lines, data.map((x) => ({ portfolioId: x.portfolio.id, learnerName: x.portfolio.learnerName, learnerNumber: x.portfolio.learnerNumber })));
}

const outcomeOn = (round: { id: string }, d: { id: string; portfolioId: string; markingPointId: string }) => ({ portfolioId: d.portfolioId, roundId: round.id, decisionId: d.id, markingPointId: d.markingPointId });

/** A portfolio as it was before the IQA, and the IQA file of a round with one outcome on REL-1's decision. */
async function fileWithOneOutcome(outcome: { outcome: IqaOutcome; comment: string }) {
  const { p, met } = await assessedPortfolio();
  const snapshot = await readSnapshot(p.id);
  if (!snapshot) throw new Error('no snapshot');
  const round = await roundOfEverything();
  await recordIqaOutcome({ ...outcomeOn(round, met), ...outcome });
  const { bytes } = await exportIqaFile(round.id);
  return { p, met, snapshot, bytes };
}

describe('sampling rounds on the IQA’s device', () => {
  it('creates, lists, saves and deletes a round; only a tutor may', async () => {
    const { met, notYet } = await assessedPortfolio();
    await expect(createRound(defaultPlan(1), [], [])).rejects.toThrow('Only a tutor or internal quality assurer can start a sampling round; this device is set up for Morgan Ellis as assessor.');
    const round = await roundOfEverything();
    expect(round).toMatchObject({ name: 'Interim sample', by: { role: 'tutor', name: 'Ines Quinn' }, portfolios: [{ learnerName: 'Zoë Brontë', learnerNumber: 'L1' }] });
    expect(round.lines.map((l) => l.decisionId).sort()).toEqual([met.id, notYet.id].sort());
    expect(await listRounds()).toEqual([round]);

    const fewer = await saveRound({ ...round, lines: removeLine(round.lines, { portfolioId: met.portfolioId, decisionId: met.id }) });
    expect(fewer.lines.map((l) => l.decisionId)).toEqual([notYet.id]);
    expect((await listRounds())[0]?.lines).toHaveLength(1);
    // Removing every line of a learner drops them from the round.
    expect((await saveRound({ ...round, lines: [] })).portfolios).toEqual([]);
    await expect(saveRound({ ...round, plan: { ...round.plan, share: 0 } })).rejects.toThrow(/Sample at least 1 %/);

    await deleteRound(round.id);
    expect(await listRounds()).toEqual([]);
    await expect(saveRound(round)).rejects.toThrow('This sampling round is no longer on this device.');
  });

  it('records a signed outcome with an audit entry; a comment is needed unless agreed; only on a sampled decision, by a tutor', async () => {
    const { p, met, notYet } = await assessedPortfolio();
    const round = await roundOfEverything();
    await expect(recordIqaOutcome({ ...outcomeOn(round, notYet), outcome: 'assessor-to-action', comment: '  ' })).rejects.toThrow('Say what the assessor should do, or why you disagree');
    await expect(recordIqaOutcome({ ...outcomeOn(round, notYet), decisionId: 'nope', outcome: 'agreed', comment: '' })).rejects.toThrow('This decision is not in the round’s sample');
    const agreed = await recordIqaOutcome({ ...outcomeOn(round, met), outcome: 'agreed', comment: '' });
    const action = await recordIqaOutcome({ ...outcomeOn(round, notYet), outcome: 'assessor-to-action', comment: 'Say what the learner should add.' });
    expect(agreed.signature?.alg).toBe('ECDSA-P256-SHA256');
    expect(action).toMatchObject({ type: 'iqa', by: { role: 'tutor', name: 'Ines Quinn' }, roundId: round.id, outcome: 'assessor-to-action' });
    const checks = await signatureChecksOf(p.id);
    expect(checks.get(action.id)?.status).toBe('confirmed');
    const audit = (await db().audit.where('portfolioId').equals(p.id).toArray()).filter((e) => e.action === 'iqa-outcome');
    expect(audit.map((e) => e.detail).sort()).toEqual(['REL-1: Agreed (sampling round “Interim sample”)', 'REL-2: Assessor to action (sampling round “Interim sample”)']);
    await users.become('assessor', 'Morgan Ellis');
    await expect(recordIqaOutcome({ ...outcomeOn(round, met), outcome: 'agreed', comment: '' })).rejects.toThrow(/Only a tutor or internal quality assurer can record/);
    expect(await db().records.where('[portfolioId+type]').equals([p.id, 'iqa']).count()).toBe(2);
  });
});

describe('the IQA file between devices', () => {
  it('exports the round; the assessor’s device imports it once, sees what to action, and the learner’s copy gains it by merge', async () => {
    const { p, met, notYet } = await assessedPortfolio();
    const before: PortfolioSnapshot | undefined = await readSnapshot(p.id);
    if (!before) throw new Error('no snapshot');
    const round = await roundOfEverything();
    await recordIqaOutcome({ ...outcomeOn(round, met), outcome: 'agreed', comment: '' });
    await recordIqaOutcome({ ...outcomeOn(round, notYet), outcome: 'assessor-to-action', comment: 'Say what the learner should add.' });
    const { bytes, fileName } = await exportIqaFile(round.id);
    expect(fileName).toMatch(/^iqa-interim-sample-\d{4}-\d{2}-\d{2}\.folio-iqa$/);
    const read = await decodeIqaFile(bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.file.outcomes).toHaveLength(2);
    expect(read.file.keys.map((k) => k.signer)).toEqual([{ role: 'tutor', name: 'Ines Quinn' }]);

    // The assessor's device holds the portfolio as it was before the IQA's outcomes.
    freshDevice();
    await writeSnapshot(before, { replace: false });
    await users.become('assessor', 'Morgan Ellis');
    expect(await readIqaActions()).toEqual([]);
    const first = await importIqaFile(bytes);
    expect(first).toEqual({ merged: [{ portfolioId: p.id, learnerName: 'Zoë Brontë', added: 2, awaitingDecision: 0 }], notHere: [] });
    const again = await importIqaFile(bytes);
    expect(again.merged[0]?.added).toBe(0);
    expect((await db().audit.where('portfolioId').equals(p.id).toArray()).filter((e) => e.action === 'iqa-imported').map((e) => e.detail)).toEqual([
      'Imported 2 quality assurance outcomes from the sampling round “Interim sample” by Ines Quinn.',
    ]);

    const actions = await readIqaActions(morganId);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ learnerName: 'Zoë Brontë', outcome: { markingPointId: 'REL-2', comment: 'Say what the learner should add.', by: { name: 'Ines Quinn' } }, decision: { id: notYet.id }, signature: { status: 'not-confirmed' }, decidedAgain: false });
    expect(await readIqaActions('assessor:someone else')).toEqual([]);
    // The assessor acts: decides the point again.
    const item = before.evidence[0];
    if (!item) throw new Error('no item');
    await recordDecision(p.id, 'REL-2', { outcome: 'met', feedback: '', methods: ['product-evidence'], basedOn: [item.id] });
    expect((await readIqaActions(morganId))[0]?.decidedAgain).toBe(true);

    // The assessor's return file carries the outcomes to the learner.
    const after = await readSnapshot(p.id);
    expect(after?.records.filter((r) => r.type === 'iqa')).toHaveLength(2);
  });

  it('reports learners not on this device, and outcomes on decisions this copy does not hold yet', async () => {
    const { p, met, snapshot, bytes } = await fileWithOneOutcome({ outcome: 'disagreed', comment: 'The observation does not show it.' });

    freshDevice();
    await users.become('assessor', 'Morgan Ellis');
    expect(await importIqaFile(bytes)).toEqual({ merged: [], notHere: [{ learnerName: 'Zoë Brontë', outcomes: 1 }] });

    freshDevice();
    await writeSnapshot({ ...snapshot, decisions: snapshot.decisions.filter((x) => x.id !== met.id) }, { replace: false });
    expect(await importIqaFile(bytes)).toEqual({ merged: [{ portfolioId: p.id, learnerName: 'Zoë Brontë', added: 0, awaitingDecision: 1 }], notHere: [] });
    expect(await db().records.count()).toBe(snapshot.records.length);
  });

  it('refuses a damaged file with its reason and changes nothing', async () => {
    const { snapshot, bytes } = await fileWithOneOutcome({ outcome: 'agreed', comment: '' });
    const text = new TextDecoder().decode(bytes);

    freshDevice();
    await writeSnapshot(snapshot, { replace: false });
    const before = { records: await db().records.count(), audit: await db().audit.count(), keys: await db().keys.count() };
    const emptied = await importIqaFile(new TextEncoder().encode(text.replace('"agreed"', '"disagreed"'))).catch((e: unknown) => e);
    expect(emptied).toBeInstanceOf(IqaError);
    expect(emptied).toMatchObject({ code: 'invalid', message: expect.stringContaining('outcomes[0].comment') });
    const forged = text.replace('"outcome": "agreed",\n      "comment": ""', '"outcome": "disagreed",\n      "comment": "No"');
    expect(forged).not.toBe(text);
    await expect(importIqaFile(new TextEncoder().encode(forged))).rejects.toMatchObject({ code: 'bad-signature' });
    await expect(importIqaFile(bytes.slice(0, 200))).rejects.toMatchObject({ code: 'not-json' });
    expect({ records: await db().records.count(), audit: await db().audit.count(), keys: await db().keys.count() }).toEqual(before);
    expect((await importIqaFile(bytes)).merged[0]?.added).toBe(1);
  });
});

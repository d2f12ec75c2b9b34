import { describe, expect, it } from 'vitest';
import { decodeIqaFile, encodeIqaFile, iqaFileName, type IqaFileErrorCode } from '../../src/domain/iqa-file';
import { defaultPlan } from '../../src/domain/iqa/plan';
import type { IqaRecord } from '../../src/domain/iqa/report';
import type { IqaRound } from '../../src/domain/iqa/round';
import type { Person } from '../../src/domain/schemas';
import { makeSigner, signedBy, type TestSigner } from './signing-helpers';

const ines: Person = { role: 'tutor', name: 'Ines Quinn' };
const now = '2026-11-25T10:00:00.000Z';

const round: IqaRound = {
  id: 'r1',
  name: 'Interim sample',
  by: ines,
  createdAt: now,
  updatedAt: now,
  plan: defaultPlan(42),
  lines: [
    { portfolioId: 'p1', decisionId: 'd1', markingPointId: 'EXT-1', unitId: 'EXT', assessorId: 'assessor:morgan ellis', reasons: ['drawn at random for Morgan Ellis’s 25 % share (seed 42)'], addedBy: 'plan' },
    { portfolioId: 'p2', decisionId: 'd2', markingPointId: 'REL-3', unitId: 'REL', assessorId: 'assessor:sam okafor', reasons: ['added by the IQA'], addedBy: 'iqa' },
  ],
  portfolios: [
    { portfolioId: 'p1', learnerName: 'Zoë Brontë', learnerNumber: 'L1' },
    { portfolioId: 'p2', learnerName: 'Ada Lovelace', learnerNumber: 'L2' },
  ],
};

const unsignedOutcome = (over: Partial<IqaRecord> = {}): IqaRecord => ({
  id: 'o1',
  portfolioId: 'p1',
  at: now,
  by: ines,
  type: 'iqa',
  roundId: 'r1',
  decisionId: 'd1',
  markingPointId: 'EXT-1',
  outcome: 'assessor-to-action',
  comment: 'Say which policy the learner followed.',
  ...over,
});

async function fileOf(signer: TestSigner, outcomes: IqaRecord[] = [unsignedOutcome()], r: IqaRound = round) {
  const signed = await Promise.all(outcomes.map((o) => signedBy(signer, o)));
  return { signed, bytes: encodeIqaFile({ round: r, outcomes: signed, keys: [signer.key], exportedAt: now, appVersion: '1.0.0' }) };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const edit = (bytes: Uint8Array, change: (json: Record<string, unknown> & { outcomes: Record<string, unknown>[]; keys: Record<string, unknown>[]; round: Record<string, unknown> }) => void) => {
  const json = JSON.parse(text(bytes));
  change(json);
  return bytesOf(json);
};

async function refusal(bytes: Uint8Array, limits = {}): Promise<{ code: IqaFileErrorCode; message: string }> {
  const r = await decodeIqaFile(bytes, limits);
  if (r.ok) throw new Error('The file was accepted');
  return r.error;
}

describe('the IQA file', () => {
  it('round-trips a round, its signed outcomes and the keys that signed them', async () => {
    const iqa = await makeSigner(ines);
    const other = await makeSigner({ role: 'assessor', name: 'Morgan Ellis' });
    const [o1, o2] = await Promise.all([signedBy(iqa, unsignedOutcome()), signedBy(iqa, unsignedOutcome({ id: 'o2', portfolioId: 'p2', decisionId: 'd2', markingPointId: 'REL-3', outcome: 'agreed', comment: '' }))]);
    if (!o1 || !o2) throw new Error('not signed');
    const bytes = encodeIqaFile({ round, outcomes: [o1, o2], keys: [iqa.key, other.key], exportedAt: now, appVersion: '1.0.0' });
    const read = await decodeIqaFile(bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.file).toMatchObject({ format: 'folio-iqa', formatVersion: 1, round, outcomes: [o1, o2] });
    // Only the key that signed is carried.
    expect(read.file.keys).toEqual([iqa.key]);
    expect(read.checks.get('o1')?.status).toBe('not-confirmed');
  });

  it('refuses a file too large, cut short, not JSON, a portfolio file, another format, and a newer version', async () => {
    const iqa = await makeSigner(ines);
    const { bytes } = await fileOf(iqa);
    expect(await refusal(bytes, { maxBytes: 100 })).toMatchObject({ code: 'too-large', message: expect.stringMatching(/is too large to be an IQA file: it is .* and the limit is 100 bytes/) });
    expect((await refusal(bytes.slice(0, bytes.length - 40))).code).toBe('not-json');
    expect((await refusal(new Uint8Array([0xff, 0xfe, 0x00])))).toMatchObject({ code: 'not-json' });
    expect(await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatchObject({ code: 'not-iqa-file', message: expect.stringContaining('portfolio file (.folio)') });
    expect(await refusal(bytesOf('[1,2]'))).toMatchObject({ code: 'not-iqa-file' });
    // Deep nesting and a huge array: refused, never a crash.
    expect(['not-json', 'not-iqa-file']).toContain((await refusal(bytesOf(`${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`))).code);
    const many = await refusal(edit(bytes, (j) => (j.outcomes = Array.from({ length: 20_001 }, () => j.outcomes[0] ?? {}))));
    expect(many).toMatchObject({ code: 'invalid', message: expect.stringContaining('outcomes') });
    expect(await refusal(bytesOf({ format: 'folio-key-card', formatVersion: 1 }))).toMatchObject({ code: 'not-iqa-file', message: expect.stringContaining('“folio-key-card”') });
    expect(await refusal(edit(bytes, (j) => (j.formatVersion = 2)))).toMatchObject({ code: 'newer-version', message: expect.stringContaining('format version 2, made by a newer Folio') });
    expect((await refusal(edit(bytes, (j) => (j.formatVersion = '1')))).code).toBe('unknown-version');
  });

  it('refuses wrong types and missing fields, naming where', async () => {
    const iqa = await makeSigner(ines);
    const { bytes } = await fileOf(iqa);
    expect(await refusal(edit(bytes, (j) => ((j.outcomes[0] as Record<string, unknown>).outcome = 'fine')))).toMatchObject({ code: 'invalid', message: expect.stringContaining('outcomes[0].outcome') });
    expect(await refusal(edit(bytes, (j) => ((j.round.plan as Record<string, unknown>).share = 500)))).toMatchObject({ code: 'invalid', message: expect.stringContaining('round.plan.share') });
    expect(await refusal(edit(bytes, (j) => delete (j as Record<string, unknown>).keys))).toMatchObject({ code: 'invalid', message: expect.stringContaining('keys') });
    expect(await refusal(edit(bytes, (j) => (j.extra = 1)))).toMatchObject({ code: 'invalid' });
    expect(await refusal(edit(bytes, (j) => ((j.outcomes[0] as Record<string, unknown>).comment = '')))).toMatchObject({ code: 'invalid', message: expect.stringContaining('outcomes[0].comment') });
    const hostile = await refusal(edit(bytes, (j) => ((j.round.portfolios as Record<string, unknown>[])[0] = { portfolioId: 'p1', learnerName: 'X'.repeat(5000), learnerNumber: 'L1' })));
    expect(hostile).toMatchObject({ code: 'invalid', message: expect.stringContaining('round.portfolios[0].learnerName') });
    expect(hostile.message.length).toBeLessThan(400);
  });

  it('refuses an outcome the round did not sample, of another round, twice over, or by someone not an IQA', async () => {
    const iqa = await makeSigner(ines);
    expect(await refusal((await fileOf(iqa, [unsignedOutcome({ decisionId: 'd9' })])).bytes)).toMatchObject({ code: 'not-in-round', message: expect.stringContaining('for Zoë Brontë, is on a decision the round did not sample') });
    expect((await refusal((await fileOf(iqa, [unsignedOutcome({ portfolioId: 'p9' })])).bytes)).code).toBe('not-in-round');
    expect((await refusal((await fileOf(iqa, [unsignedOutcome({ roundId: 'r2' })])).bytes)).code).toBe('not-in-round');
    expect((await refusal((await fileOf(iqa, [unsignedOutcome({ markingPointId: 'EXT-2' })])).bytes)).message).toContain('names marking point EXT-2, but the decision it judges is on EXT-1');
    expect((await refusal((await fileOf(iqa, [unsignedOutcome(), unsignedOutcome()])).bytes)).message).toContain('the same outcome is listed twice');
    const assessor = await makeSigner({ role: 'assessor', name: 'Morgan Ellis' });
    expect(await refusal((await fileOf(assessor, [unsignedOutcome({ by: assessor.person })])).bytes)).toMatchObject({ code: 'not-an-iqa' });
  });

  it('refuses a tampered outcome, an unsigned one, a forged key and a key of someone else', async () => {
    const iqa = await makeSigner(ines);
    const { bytes } = await fileOf(iqa);
    const tampered = await refusal(edit(bytes, (j) => ((j.outcomes[0] as Record<string, unknown>).outcome = 'agreed')));
    expect(tampered).toMatchObject({ code: 'bad-signature', message: expect.stringContaining('The quality assurer’s outcome on EXT-1 by Ines Quinn, 25 November 2026 was changed after it was signed.') });
    expect(await refusal(edit(bytes, (j) => delete (j.outcomes[0] as Record<string, unknown>).signature))).toMatchObject({ code: 'bad-signature', message: expect.stringContaining('is not signed') });
    // A forger's public key under the IQA's fingerprint.
    const forger = await makeSigner(ines);
    const forged = await refusal(edit(bytes, (j) => ((j.keys[0] as Record<string, unknown>).publicKey = forger.key.publicKey)));
    expect(forged).toMatchObject({ code: 'bad-signature', message: expect.stringContaining('does not match its fingerprint') });
    // Signed with Morgan's key while naming Ines.
    const morgan = await makeSigner({ role: 'tutor', name: 'Morgan Ellis' });
    expect((await refusal((await fileOf(morgan)).bytes)).message).toContain('is signed with the key of Morgan Ellis (tutor), not of the person it names');
  });

  it('is named after the round and the day it was exported, in plain letters', () => {
    expect(iqaFileName('Interim sample, Zoë’s group', '2026-11-25T10:00:00.000Z')).toBe('iqa-interim-sample-zoe-s-group-2026-11-25.folio-iqa');
    expect(iqaFileName('???', '2026-11-25T10:00:00.000Z')).toBe('iqa-2026-11-25.folio-iqa');
    expect(iqaFileName(`${'a'.repeat(59)} b`, '2026-11-25T10:00:00.000Z')).toBe(`iqa-${'a'.repeat(59)}-2026-11-25.folio-iqa`);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { formatFingerprint, signRecord, generateSigningKey } from '../../src/domain/signing';
import { keysSeenInFile } from '../../src/domain/signing/keys-seen-in-file';
import { checkSignatures, type SignatureCheck } from '../../src/domain/signing/status';
import { buildPdfModel } from '../../src/pdf';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';
import { NOW, pagesText, renderToFile, squash } from './pdf-helpers';

let n = 0;
const newId = () => `id-${(n += 1)}`;

let demo: PortfolioSnapshot;
let checks: Map<string, SignatureCheck>;
let pages: string[];

const checksFor = (s: PortfolioSnapshot, confirmed: 'key-card' | null = null) =>
  checkSignatures(
    [...s.decisions, ...s.records],
    keysSeenInFile(s.keys).map((k) => ({ ...k, confirmed })),
  );

beforeAll(async () => {
  demo = await buildDemoPortfolio({ now: NOW, newId });
  checks = await checksFor(demo);
  const pdf = await renderToFile(demo, { signatures: checks, includeAudit: true });
  pages = pagesText(pdf.path, '-raw').map(squash);
}, 60_000);

describe('the PDF’s assessment pages, read back from the demo', () => {
  it('prints each decision with its methods, feedback, signature status and fingerprint', () => {
    const fingerprint = formatFingerprint(demo.keys[0]!.fingerprint);
    const decisionPages = pages.filter((p) => p.includes('Assessor decisions and feedback'));
    const decisionsText = decisionPages.join(' ');
    expect(decisionsText).toContain('Partially met');
    expect(decisionsText).toContain('add what the trial showed');
    expect(decisionsText).toContain('Product evidence, Question and answer');
    expect(decisionsText).toContain('Reflective account, Professional discussion');
    expect(decisionsText).toContain('Signature verifies; signer not confirmed');
    expect(decisionsText).toContain(`Key ${fingerprint}`);
    expect(decisionsText).toContain('Łucja Wiśniewska');
    // Every "based on" reference has its page filled in (a wrapped placeholder never is).
    expect(decisionsText).not.toContain('0000');
    expect(decisionsText).toMatch(/REL-3 [^]*E009, p\. \d+ E010, p\. \d+/);
  });

  it('flags the decision whose evidence changed since assessment, in the decisions and the coverage', () => {
    const decisionsText = pages.filter((p) => p.includes('Assessor decisions and feedback')).join(' ');
    expect(decisionsText).toMatch(/REL-5 [^]*Met Evidence changed since assessment/);
    expect(decisionsText).not.toMatch(/EXT-3 [^]*Met Evidence changed since assessment[^]*REL-3/);
    const coverage = pages.find((p) => p.includes('Unit 4: Manage customer relations 5 of 5 marking points evidenced'));
    expect(coverage).toMatch(/REL-5 [^]*Met Evidence changed since assessment/);
    expect(coverage).not.toContain('Evidence changed since assessment Evidence changed since assessment');
  });

  it('counts as met on the cover only decisions that are met, signed, verified and not stale', () => {
    // EXT-1, EXT-2, EXT-3 count; REL-5 is met but stale; REL-3 is partially met.
    expect(pages[0]).toContain('3 met by the assessor');
  });

  it('prints the signed-off unit’s block with declaration, signature and state', () => {
    const signOff = pages.filter((p) => p.includes('Unit sign-off')).join(' ');
    expect(signOff).toContain('Signed off by Łucja Wiśniewska (Assessor)');
    expect(signOff).toContain('I confirm that I assessed the evidence for this unit');
    expect(signOff).toMatch(/Unit 1: [^]*Signed off/);
    expect(signOff).toContain('Not signed off');
  });

  it('prints the assessor’s comment beside the item it is about', () => {
    const cards = demo.evidence.find((e) => e.title.startsWith('Comment cards'))!;
    const itemPage = pages.find((p) => p.includes(squash(`${cards.ref} ${cards.title}`)) && p.includes('EVIDENCE'));
    expect(itemPage).toContain('Assessor’s comments');
    expect(itemPage).toContain('The photo of the card is clear');
    // The comment pushes the photo to the next page: its "Image" heading goes with it, not left behind.
    const photoPage = pages.find((p) => p.includes('comment-card.jpg ·'));
    expect(photoPage).toMatch(/Image comment-card\.jpg ·/);
  });

  it('lists each signer with their fingerprint, and the audit trail as an appendix', () => {
    const signers = pages.filter((p) => p.includes('Signers and key fingerprints')).join(' ');
    expect(signers).toContain(formatFingerprint(demo.keys[0]!.fingerprint));
    expect(signers).toContain('5 decisions and 1 sign-off');
    expect(signers).toContain('Not confirmed: compare the fingerprint');
    const appendix = pages.filter((p) => p.includes('Appendix: audit trail')).join(' ');
    expect(appendix).toContain('unit signed off');
    expect(appendix).toContain('decision recorded');
  });
});

describe('the PDF model’s signature statuses', () => {
  it('says "signer confirmed" when the device confirmed the key, and counts nothing when the checks are missing', async () => {
    const confirmed = buildPdfModel(demo, { now: NOW, includeAttachments: false, signatures: await checksFor(demo, 'key-card') });
    expect(confirmed.decisions.rows.map((r) => r.signature.status)).toEqual(Array(5).fill('confirmed'));
    const unchecked = buildPdfModel(demo, { now: NOW, includeAttachments: false });
    expect(unchecked.decisions.rows.every((r) => r.signature.words === 'Signature not checked' && !r.countsAsMet)).toBe(true);
    expect(unchecked.cover.progress.met).toBe(0);
    expect(unchecked.audit).toBeUndefined();
  });

  it('prints an altered decision as not verifying, unsigned ones as unsigned, and neither counts as met', async () => {
    const ext1 = demo.decisions.find((d) => d.markingPointId === 'EXT-1')!;
    const altered = { ...ext1, feedback: 'Changed after signing.' };
    const { signature: _dropped, ...unsignedExt2 } = demo.decisions.find((d) => d.markingPointId === 'EXT-2')!;
    const tampered = { ...demo, decisions: demo.decisions.map((d) => (d.id === ext1.id ? altered : d.markingPointId === 'EXT-2' ? unsignedExt2 : d)) };
    const model = buildPdfModel(tampered, { now: NOW, includeAttachments: false, signatures: await checksFor(tampered) });
    const row = (id: string) => model.decisions.rows.find((r) => r.pointId === id)!;
    expect(row('EXT-1').signature.words).toBe('Signature does not verify: changed after signing');
    expect(row('EXT-2').signature.words).toBe('Unsigned: does not count');
    expect([row('EXT-1').countsAsMet, row('EXT-2').countsAsMet, row('EXT-3').countsAsMet]).toEqual([false, false, true]);
    expect(model.cover.progress.met).toBe(1);
    expect(model.signOffs.units.find((u) => u.unitId === 'EXT')?.state).toBe(
      'No longer holds: EXT-1 and EXT-2 no longer count as met (decided again, evidence changed since assessment, or a signature that does not verify)',
    );
  });

  it('says a sign-off no longer holds once one of its points is decided again', async () => {
    const key = await generateSigningKey();
    const assessor = { role: 'assessor' as const, name: 'Łucja Wiśniewska' };
    const ext2 = demo.decisions.find((d) => d.markingPointId === 'EXT-2')!;
    const again = await signRecord({ ...ext2, id: 'again', outcome: 'not-yet-met' as const, decidedAt: NOW, supersedes: ext2.id, assessor }, key);
    const next = { ...demo, decisions: [...demo.decisions, again], keys: [...demo.keys, { fingerprint: key.fingerprint, publicKey: key.publicKey, signer: assessor, createdAt: NOW }] };
    const model = buildPdfModel(next, { now: NOW, includeAttachments: false, signatures: await checksFor(next) });
    expect(model.signOffs.units.find((u) => u.unitId === 'EXT')?.state).toBe(
      'No longer holds: EXT-2 no longer counts as met (decided again, evidence changed since assessment, or a signature that does not verify)',
    );
    // The second key for the same signer is not the pinned one: it says so.
    expect(model.decisions.rows.find((r) => r.pointId === 'EXT-2')?.signature.status).toBe('different-key');
  });
});

describe('the PDF model’s sign-off blocks and comments', () => {
  const trainee = { role: 'assessor' as const, name: 'Sam Okafor' };
  const lead = { role: 'assessor' as const, name: 'Priya Nair' };

  it('shows a countersignature pending, then given, and an unlock with its reason', async () => {
    const key = await generateSigningKey();
    const leadKey = await generateSigningKey();
    const keys = [
      { fingerprint: key.fingerprint, publicKey: key.publicKey, signer: trainee, createdAt: NOW },
      { fingerprint: leadKey.fingerprint, publicKey: leadKey.publicKey, signer: lead, createdAt: NOW },
    ];
    const ext = demo.decisions.filter((d) => d.markingPointId.startsWith('EXT-'));
    const signOff = await signRecord(
      { id: 'so', portfolioId: demo.portfolio.id, type: 'sign-off' as const, at: '2026-11-20T10:00:00.000Z', by: trainee, unitId: 'EXT', declaration: 'All met.', decisionIds: ext.map((d) => d.id), countersignBy: 'Priya Nair' },
      key,
    );
    const pending = { ...demo, records: [...demo.records, signOff], keys: [...demo.keys, ...keys] };
    const before = buildPdfModel(pending, { now: NOW, includeAttachments: false, signatures: await checksFor(pending) });
    const block = before.signOffs.units.find((u) => u.unitId === 'EXT')!;
    expect(block.state).toBe('Signed off; countersignature pending');
    expect(block.rows.find((r) => r.label === 'Countersignature')?.value).toBe('Needed from Priya Nair: not yet given');
    expect(block.rows.find((r) => r.label === 'Signed off by')?.value).toBe('Sam Okafor (Assessor)');

    const countersign = await signRecord({ id: 'cs', portfolioId: demo.portfolio.id, type: 'countersign' as const, at: '2026-11-21T10:00:00.000Z', by: lead, signOffId: 'so', declaration: 'I countersign.' }, leadKey);
    const ext3Item = demo.evidence.find((e) => e.title.startsWith('Formal complaint'))!;
    const unlock = await signRecord({ id: 'ul', portfolioId: demo.portfolio.id, type: 'unlock' as const, at: '2026-11-22T09:00:00.000Z', by: lead, evidenceId: ext3Item.id, reason: 'The final response letter is to be added.' }, leadKey);
    const done = { ...pending, records: [...pending.records, countersign, unlock] };
    const after = buildPdfModel(done, { now: NOW, includeAttachments: false, signatures: await checksFor(done) });
    const signed = after.signOffs.units.find((u) => u.unitId === 'EXT')!;
    expect(signed.state).toBe('Signed off');
    expect(signed.rows.find((r) => r.label === 'Countersigned by')?.value).toMatch(/^Priya Nair \(Assessor\), 21 November 2026, 10:00\nI countersign\.\nSignature verifies; signer not confirmed\nKey /);
    expect(signed.rows.find((r) => r.label === 'Unlocked')?.value).toBe(`${ext3Item.ref} by Priya Nair (Assessor), 22 November 2026, 09:00: The final response letter is to be added.`);
  });

  it('says when a comment was made on an earlier version of the item', () => {
    const cards = demo.evidence.find((e) => e.title.startsWith('Comment cards'))!;
    const comment = demo.records.find((r) => r.type === 'comment')!;
    const moved = { ...demo, evidence: demo.evidence.map((e) => (e.id === cards.id ? { ...e, versionId: 'later', version: 2 } : e)) };
    const item = buildPdfModel(moved, { now: NOW, includeAttachments: false }).evidence.items.find((i) => i.id === cards.id)!;
    expect(item.comments).toEqual([
      { by: 'Łucja Wiśniewska (Assessor)', at: expect.stringMatching(/2026, \d\d:\d\d$/), text: 'text' in comment ? comment.text : '', note: 'Made on version 1 of this item; it has changed since.' },
    ]);
    const unchanged = buildPdfModel(demo, { now: NOW, includeAttachments: false }).evidence.items.find((i) => i.id === cards.id)!;
    expect(unchanged.comments[0]?.note).toBeUndefined();
  });
});

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

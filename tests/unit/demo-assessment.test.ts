import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { computeCoverage } from '../../src/domain/coverage';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { evidenceVersionSchema, portfolioRecordSchema } from '../../src/domain/records';
import { decisionSchema, signerKeySchema } from '../../src/domain/schemas';
import { keyFingerprint } from '../../src/domain/signing';
import { keysSeenInFile } from '../../src/domain/signing/keys-seen-in-file';
import { checkSignatures } from '../../src/domain/signing/status';
import { versionHashes } from '../../src/domain/evidence-hash';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';

const NOW = '2026-11-22T10:00:00.000Z';
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('the demo portfolio’s assessment', async () => {
  const demo = await buildDemoPortfolio({ now: NOW, newId: ids() });
  const coverage = computeCoverage(catalogue, demo.evidence, demo.mappings, demo.decisions, { versions: demo.versions, records: demo.records });
  const decisionOn = (point: string) => coverage.byPoint.get(point);

  it('keeps its promises: 20 items of 12 kinds, 18 of 21 points covered, gaps PRN-4, DEL-2, IMP-3, two photos', () => {
    expect(demo.evidence).toHaveLength(20);
    expect(new Set(demo.evidence.map((e) => e.kind)).size).toBe(12);
    expect(coverage.evidenced).toBe(18);
    expect(coverage.total).toBe(21);
    expect(coverage.gaps.map((g) => g.point.id)).toEqual(['PRN-4', 'DEL-2', 'IMP-3']);
    expect(demo.attachments.map((a) => a.name)).toEqual(['call-back-complaints-chart.png', 'comment-card.jpg']);
  });

  it('has met, partially met (with feedback) and one stale decision', () => {
    for (const p of ['EXT-1', 'EXT-2', 'EXT-3']) expect([decisionOn(p)?.status, decisionOn(p)?.stale], p).toEqual(['met', false]);
    expect(decisionOn('REL-3')?.status).toBe('partially-met');
    expect(decisionOn('REL-3')?.stale).toBe(false);
    expect(decisionOn('REL-3')?.decision?.feedback).toMatch(/add what the trial showed/);
    // A stale decision shows as "evidence changed since assessment" in place of its outcome, which stays met.
    expect(decisionOn('REL-5')?.status).toBe('stale');
    expect(decisionOn('REL-5')?.decision?.outcome).toBe('met');
    expect(decisionOn('REL-5')?.stale).toBe(true);
    expect(decisionOn('REL-5')?.countsAsMet).toBe(false);
    const staleOnes = coverage.units.flatMap((u) => u.points).filter((p) => p.stale);
    expect(staleOnes.map((p) => p.point.id)).toEqual(['REL-5']);
  });

  it('binds each decision to the hash of what was judged, and the stale one to the version before the edit', () => {
    for (const d of demo.decisions) {
      for (const b of d.basedOn) {
        const judged = demo.versions.find((v) => v.id === b.versionId);
        expect(judged?.pointHashes[d.markingPointId], `${d.markingPointId} ${b.evidenceId}`).toBe(b.hash);
      }
    }
    const email = demo.evidence.find((e) => e.title.startsWith('Thank-you email'));
    expect(email?.version).toBe(2);
    const rel5 = demo.decisions.find((d) => d.markingPointId === 'REL-5');
    const basis = rel5?.basedOn.find((b) => b.evidenceId === email?.id);
    expect(basis?.version).toBe(1);
    const current = demo.versions.find((v) => v.id === email?.versionId);
    expect(current?.parents).toEqual([basis?.versionId]);
    expect(current?.pointHashes['REL-5']).not.toBe(basis?.hash);
  });

  it('signs every decision and the sign-off with the demo assessor’s key, which travels in keys', async () => {
    expect(demo.keys).toHaveLength(1);
    const key = demo.keys[0]!;
    expect(signerKeySchema.parse(key).signer).toEqual({ role: 'assessor', name: demo.portfolio.assessorName });
    expect(await keyFingerprint(key.publicKey)).toBe(key.fingerprint);
    const signed = [...demo.decisions, ...demo.records.filter((r) => r.type === 'sign-off')];
    const checks = await checkSignatures(signed, keysSeenInFile(demo.keys));
    for (const r of signed) expect(checks.get(r.id)?.status, r.id).toBe('not-confirmed');
  });

  it('signs off unit EXT with the three met decisions, and comments on the photographed item', () => {
    const signOffs = demo.records.filter((r) => r.type === 'sign-off');
    expect(signOffs).toHaveLength(1);
    const signOff = signOffs[0]!;
    expect(signOff.unitId).toBe('EXT');
    const named = demo.decisions.filter((d) => signOff.decisionIds.includes(d.id)).map((d) => d.markingPointId);
    expect(named.sort()).toEqual(['EXT-1', 'EXT-2', 'EXT-3']);
    const comments = demo.records.filter((r) => r.type === 'comment');
    const cards = demo.evidence.find((e) => e.title.startsWith('Comment cards'));
    expect(comments.map((c) => c.evidenceId)).toEqual([cards?.id]);
  });

  it('passes the file schemas, the versions’ own hashes, and a round trip through a .folio file', async () => {
    for (const d of demo.decisions) expect(decisionSchema.safeParse(d).error?.issues ?? []).toEqual([]);
    for (const r of demo.records) expect(portfolioRecordSchema.safeParse(r).error?.issues ?? []).toEqual([]);
    for (const v of demo.versions) {
      expect(evidenceVersionSchema.safeParse(v).error?.issues ?? []).toEqual([]);
      const again = await versionHashes(v.content, v.attachments.map((a) => a.sha256), v.mappings);
      expect(again.contentHash, v.id).toBe(v.contentHash);
    }
    const decoded = await decodeFolio(await encodeFolio(demo, { appVersion: 'test', now: NOW }));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.snapshot.decisions).toHaveLength(demo.decisions.length);
    expect(decoded.snapshot.records).toHaveLength(demo.records.length);
    const checks = await checkSignatures(decoded.snapshot.decisions, keysSeenInFile(decoded.snapshot.keys));
    expect([...checks.values()].every((c) => c.status === 'not-confirmed')).toBe(true);
  });

  it('records each assessment step in the audit trail, in time order', () => {
    const actions = demo.audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'decision recorded')).toHaveLength(5);
    expect(actions).toContain('unit signed off');
    expect(actions).toContain('comment added');
    expect(actions).toContain('unit marked ready');
    const times = demo.audit.map((a) => a.at);
    expect(times).toEqual([...times].sort());
  });
});

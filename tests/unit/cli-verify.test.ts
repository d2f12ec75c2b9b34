import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFolio } from '../../src/domain/portfolio-file';
import type { Decision } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { makeKeyCard } from '../../src/domain/signing';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { runCli } from './run-cli';
import { makeSigner, morgan, signedBy, type TestSigner } from './signing-helpers';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = '2026-11-22T09:00:00.000Z';
const verify = (...args: string[]) => runCli('src/cli/verify.ts', args);

let m: TestSigner;
let base: PortfolioSnapshot;

/** Morgan's signed decision on the `nth` point the demo maps evidence to, based on that evidence. */
async function signedDecision(signer: TestSigner, at: string, outcome: Decision['outcome'] = 'met', nth = 0): Promise<Decision> {
  const points = [...new Set(base.mappings.map((mp) => mp.markingPointId))].sort();
  const mapping = base.mappings.find((mp) => mp.markingPointId === points[nth]);
  const item = base.evidence.find((e) => e.id === mapping?.evidenceId);
  if (!mapping || !item) throw new Error('the demo has no mapping');
  const decision: Decision = {
    // One decision a point, under the id format 1 gave it: files of either format accept it.
    id: `${base.portfolio.id}:${mapping.markingPointId}`,
    portfolioId: base.portfolio.id,
    markingPointId: mapping.markingPointId,
    outcome,
    feedback: outcome === 'met' ? '' : 'Say more about how you followed the complaint up.',
    methods: ['product-evidence'],
    basedOn: [{ evidenceId: item.id, versionId: item.versionId }],
    assessor: morgan,
    decidedAt: at,
  };
  return signedBy(signer, decision);
}

async function fileOf(snapshot: PortfolioSnapshot, name: string): Promise<string> {
  const path = join(dir, name);
  // encodeFolio writes fresh checksums, so only a signature can tell a change apart.
  writeFileSync(path, await encodeFolio(snapshot, { appVersion: '0.1.0', now }));
  return path;
}

beforeAll(async () => {
  m = await makeSigner(morgan);
  const demo = await buildDemoSnapshot({ now, newId: () => crypto.randomUUID() });
  // The demo's own decisions (signed with the demo key, or unsigned) are left out: this test signs its own.
  base = { ...demo, decisions: [], records: demo.records.filter((r) => !r.signature), keys: [] };
});

describe('npm run verify', { timeout: 90_000 }, () => {
  it('lists every signature with its signer, fingerprint and status, and exits 0 when all verify', async () => {
    const decisions = [await signedDecision(m, '2026-11-12T10:00:00.000Z'), await signedDecision(m, '2026-11-13T10:00:00.000Z', 'partially-met', 1)];
    const path = await fileOf({ ...base, decisions, keys: [m.key] }, 'good.folio');
    const result = await verify(path);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const point = decisions[0]?.markingPointId ?? '';
    expect(result.stdout).toContain(` ok   the decision on ${point} by Morgan Ellis, 12 November 2026 (assessor); key `);
    expect(result.stdout).toMatch(/key [0-9A-F]{4}( [0-9A-F]{4}){7}: signer not confirmed/);
    expect(result.stdout).toContain('2 signatures in Zoë Brontë’s portfolio: 0 confirmed, 2 signer not confirmed, 0 failed; 0 unsigned.');

    const card = join(dir, 'morgan.folio-key');
    writeFileSync(card, await makeKeyCard(m.key, m.signing));
    const confirmed = await verify(path, '--key-card', card);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('2 confirmed, 0 signer not confirmed, 0 failed');
  });

  it('refuses a file whose decision was changed after signing, naming it, and exits 1', async () => {
    const good = await signedDecision(m, '2026-11-12T10:00:00.000Z', 'not-yet-met');
    const path = await fileOf({ ...base, decisions: [{ ...good, outcome: 'met' }], keys: [m.key] }, 'tampered.folio');
    const result = await verify(path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: Refused .*tampered\.folio: .*decision on [A-Z]+-\d+ by Morgan Ellis.* was changed after it was signed/);
    expect(result.stdout).toBe('');
  });

  it('fails when a second key signs in a signer’s name without an announcement', async () => {
    const impostor = await makeSigner(morgan, '2026-11-20T09:00:00.000Z');
    const decisions = [await signedDecision(m, '2026-11-12T10:00:00.000Z'), await signedDecision(impostor, '2026-11-21T10:00:00.000Z', 'met', 1)];
    const path = await fileOf({ ...base, decisions, keys: [m.key, impostor.key] }, 'two-keys.folio');
    const result = await verify(path);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL {2}the decision on .* 21 November 2026 .*: signed by a different key than the one first seen or confirmed for Morgan Ellis$/m);
    expect(result.stderr).toContain('1 signature failed in');
  });

  it('lists unsigned decisions as unsigned without failing, and explains itself', async () => {
    const unsigned = { ...(await signedDecision(m, '2026-11-12T10:00:00.000Z')), signature: undefined };
    const result = await verify(await fileOf({ ...base, decisions: [unsigned] }, 'unsigned.folio'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---- {2}the decision on .*; no signature: unsigned$/m);
    const help = await verify('--help');
    expect(help.stdout).toContain('Usage: npm run verify -- <file.folio>');
    const none = await verify();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Give the .folio file to check.');
  });
});

import { beforeEach, expect, it } from 'vitest';
import { FolioDatabase, readSnapshot, setDatabase } from '../../src/db';
import { importSnapshot } from '../../src/db/import';
import { readSignatureChecks } from '../../src/db/signature-checks';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';

beforeEach(() => setDatabase(new FolioDatabase(`keys-${crypto.randomUUID()}`)));

// The demo's decisions are signed: reading it back must reach the keys table (it was outside the read's scope).
it('reads a portfolio with signed records back with its signers’ keys, and checks them against this device’s keys', async () => {
  const demo = await buildDemoPortfolio({ now: '2026-11-22T10:00:00.000Z', newId: () => crypto.randomUUID() });
  const id = await importSnapshot(demo, 'new');
  const back = await readSnapshot(id);
  expect(back?.keys).toEqual(demo.keys);
  const checks = await readSignatureChecks(back!);
  expect(checks.size).toBe(demo.decisions.length + demo.records.length);
  const signed = [...demo.decisions, ...demo.records].filter((r) => r.signature);
  // First seen on import, so pinned, but confirmed by nobody.
  for (const r of signed) expect(checks.get(r.id)?.status, r.id).toBe('not-confirmed');
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFolio } from '../../src/domain/portfolio-file';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-cohort-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = (...args: string[]) => runCli('src/cli/demo.ts', args);

async function decodeAll(folder: string) {
  const names = readdirSync(folder).sort();
  const snapshots = [];
  for (const name of names) {
    const decoded = await decodeFolio(new Uint8Array(readFileSync(join(folder, name))));
    if (!decoded.ok) throw new Error(`${name}: ${decoded.error.message}`);
    snapshots.push(decoded.snapshot);
  }
  return { names, snapshots };
}

describe('npm run demo -- --cohort', { timeout: 120_000 }, () => {
  it('writes one readable-named file per learner into a new folder, the same learners for the same seed', async () => {
    const out = join(dir, 'cohort');
    const result = await demo('--cohort', '12', '--seed', '5', '-o', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/Wrote 12 learners' portfolio files \(seed 5, [345] assessors/);
    const first = await decodeAll(out);
    expect(first.names).toHaveLength(12);
    for (const name of first.names) expect(name).toMatch(/^\d\d-[\p{Ll}\p{N}-]+\.folio$/u);
    expect(first.names[0]).toBe(`01-${first.snapshots[0]?.portfolio.learnerName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}.folio`);

    const again = join(dir, 'again');
    expect((await demo('--cohort', '12', '--seed', '5', '-o', again)).code).toBe(0);
    const second = await decodeAll(again);
    expect(second.names).toEqual(first.names);
    expect(second.snapshots.map((s) => [s.portfolio.id, s.evidence.length, s.decisions.map((d) => d.outcome)])).toEqual(
      first.snapshots.map((s) => [s.portfolio.id, s.evidence.length, s.decisions.map((d) => d.outcome)]),
    );
  });

  it('refuses a learner count that is not a whole number in range, and -o onto a file', async () => {
    for (const bad of ['0', 'ten', '501', '2.5']) {
      const result = await demo('--cohort', bad, '-o', join(dir, 'bad'));
      expect(result.code, bad).toBe(1);
      expect(result.stderr).toContain('--cohort must be a whole number from 1 to 500');
    }
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const onFile = await demo('--cohort', '2', '-o', file);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain('it is a file, not a folder');
    const noSeedAlone = await demo('--seed', '3', '-o', join(dir, 'x.folio'));
    expect(noSeedAlone.stderr).toContain('--seed goes with --items or --cohort');
  });

  it('says so in --help', async () => {
    const result = await demo('--help');
    expect(result.stdout).toContain('npm run demo -- --cohort <learners> [--seed <number>] -o <folder>');
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFolio } from '../../src/domain/portfolio-file';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-items-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = (...args: string[]) => runCli('src/cli/demo.ts', args);

async function decoded(path: string) {
  const result = await decodeFolio(new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(result.error.message);
  return result.snapshot;
}

describe('npm run demo -- --items', { timeout: 120_000 }, () => {
  it('writes a generated portfolio of that size with a photo on one item in three, the same content for the same seed', async () => {
    const first = join(dir, 'a.folio');
    const result = await demo('--items', '30', '--seed', '4', '-o', first);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Wrote a generated portfolio of .+ \(seed 4: 30 evidence items, \d+ mappings, 10 photos\) to .+a\.folio \(/);
    const a = await decoded(first);
    expect(a.evidence).toHaveLength(30);
    expect(a.attachments).toHaveLength(10);
    expect(new Set(a.attachments.map((x) => x.type))).toEqual(new Set(['image/png', 'image/jpeg']));

    const second = join(dir, 'b.folio');
    expect((await demo('--items', '30', '--seed', '4', '-o', second)).code).toBe(0);
    expect(await decoded(second)).toEqual(a);

    const other = join(dir, 'c.folio');
    expect((await demo('--items', '30', '--seed', '5', '-o', other)).code).toBe(0);
    const c = await decoded(other);
    expect(c.portfolio.id).not.toBe(a.portfolio.id);
    expect(c.evidence.map((e) => e.title)).not.toEqual(a.evidence.map((e) => e.title));
  });

  it('refuses a size out of bounds, a bad seed, --items with --cohort and a missing -o, writing nothing', async () => {
    for (const bad of ['0', '5001', 'many', '1.5', ' ']) {
      const result = await demo('--items', bad, '-o', join(dir, 'bad.folio'));
      expect(result.code, bad).toBe(1);
      expect(result.stderr).toContain('--items must be a whole number from 1 to 5,000');
    }
    const badSeed = await demo('--items', '3', '--seed', 'x', '-o', join(dir, 'bad.folio'));
    expect(badSeed.stderr).toContain('--seed must be a whole number');
    expect((await demo('--items', '3', '--cohort', '2', '-o', join(dir, 'bad.folio'))).stderr).toContain('Choose one: --items writes one portfolio, --cohort a folder');
    expect((await demo('--items', '3')).stderr).toContain('Say where to write the file with -o <big.folio>');
    expect(() => readFileSync(join(dir, 'bad.folio'))).toThrow();
  });

  it('says so in --help', async () => {
    const result = await demo('--help');
    expect(result.stdout).toContain('npm run demo -- --items <number> [--seed <number>] -o <big.folio>');
  });
});

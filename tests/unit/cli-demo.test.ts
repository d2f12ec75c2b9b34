import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFolio } from '../../src/domain/portfolio-file';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run demo -- …`, as a person would run it. */
const demo = (...args: string[]) => runCli('src/cli/demo.ts', args);

describe('npm run demo', { timeout: 60_000 }, () => {
  it('writes the demo portfolio as a .folio file that imports cleanly', async () => {
    const out = join(dir, 'demo.folio');
    const result = await demo('-o', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/Wrote the demo portfolio of .+ \(\d+ evidence items/);
    const decoded = await decodeFolio(new Uint8Array(readFileSync(out)));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.snapshot.evidence.length).toBeGreaterThanOrEqual(15);
    expect(decoded.snapshot.mappings.length).toBeGreaterThan(decoded.snapshot.evidence.length / 2);
  });

  it('explains itself with --help', async () => {
    const result = await demo('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run demo -- -o <demo.folio>');
  });

  it('without -o: says what is missing and exits non-zero', async () => {
    const result = await demo();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Say where to write the file with -o');
  });

  it('into a folder that does not exist: a clear error, a non-zero exit and no file', async () => {
    const out = join(dir, 'no-such-folder', 'demo.folio');
    const result = await demo('-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: Cannot write .*demo\.folio: the folder .*no-such-folder does not exist\./);
    expect(existsSync(out)).toBe(false);
  });

  it('onto a folder: a clear error', async () => {
    const result = await demo('-o', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('it is a folder');
  });

  it('with an unknown flag: names it and exits non-zero', async () => {
    const result = await demo('--colour', 'red');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--colour'");
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

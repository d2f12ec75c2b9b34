import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { formatFingerprint } from '../../src/domain/signing';
import { buildDemoPortfolio } from '../../src/samples/demo-photos';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-signatures-'));
const demoFile = join(dir, 'demo.folio');
const now = '2026-11-22T09:00:00.000Z';
let demo: PortfolioSnapshot;

beforeAll(async () => {
  demo = await buildDemoPortfolio({ now, newId: () => crypto.randomUUID() });
  writeFileSync(demoFile, await encodeFolio(demo, { appVersion: 'test', now }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdf = (...args: string[]) => runCli('src/cli/pdf.ts', args);
const squashedText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('npm run pdf on a portfolio with signed decisions', { timeout: 90_000 }, () => {
  it('checks every signature against the file’s keys, none confirmed, and prints the signer’s fingerprint', async () => {
    const out = join(dir, 'demo.pdf');
    const result = await pdf(demoFile, '-o', out);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const text = squashedText(out);
    expect(text.match(/Signature verifies; signer not confirmed/g)).toHaveLength(demo.decisions.length + 1);
    expect(text).not.toContain('Signature not checked');
    expect(text).toContain(formatFingerprint(demo.keys[0]!.fingerprint));
    expect(text).not.toContain('Appendix: audit trail');
  });

  it('adds the audit trail as an appendix with --audit', async () => {
    const out = join(dir, 'audit.pdf');
    const result = await pdf(demoFile, '-o', out, '--audit');
    expect(result.code).toBe(0);
    const text = squashedText(out);
    expect(text).toContain('Appendix: audit trail');
    expect(text).toContain(`${demo.audit.length} recorded changes, oldest first`);
  });
});

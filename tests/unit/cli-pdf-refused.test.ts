import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFolio } from '../fixtures/hostile-folio';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-refused-'));
const hostileFile = join(dir, 'hostile.folio');

beforeAll(async () => writeFileSync(hostileFile, await hostileFolio()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdf = (...args: string[]) => runCli('src/cli/pdf.ts', args);

describe('npm run pdf on a file with attachments the rules refuse', { timeout: 90_000 }, () => {
  it('stops with a non-zero exit, lists each with its item and reason, names the flag, and writes no PDF', async () => {
    const out = join(dir, 'refused.pdf');
    const result = await pdf(hostileFile, '-o', out);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${hostileFile} carries 2 attachments that Folio does not accept:`);
    expect(result.stderr).toMatch(/ {2}- till-receipt-photo-from-the-front-desk-on-a-bus…-morning\.png \(on E\d{3}\): .* is really a web page \(HTML\)/);
    expect(result.stderr).toMatch(/ {2}- logo\.svg \(on E\d{3}\): logo\.svg is an SVG drawing/);
    expect(result.stderr).toContain('Run again with --skip-refused-attachments to render the PDF without them.');
    // One attachment a line: real line breaks, not escaped ones.
    expect(result.stderr).not.toContain('\\n');
    expect(result.stderr.trim().split('\n')).toHaveLength(4);
    expect(existsSync(out)).toBe(false);
  });

  it('renders without them with --skip-refused-attachments', async () => {
    const out = join(dir, 'skipped.pdf');
    const result = await pdf(hostileFile, '--skip-refused-attachments', '-o', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('photo-E');
    expect(text).not.toContain('logo.svg');
    expect(text).not.toContain('till-receipt-photo');
  });
});

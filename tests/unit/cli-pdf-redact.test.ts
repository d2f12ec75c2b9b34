import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { distinctPersonalValues, leaks, PERSONAL, personalSnapshot } from './privacy-fixtures';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-redact-'));
const file = join(dir, 'personal.folio');
const namesFile = join(dir, 'names.txt');

beforeAll(async () => {
  writeFileSync(file, await encodeFolio(await personalSnapshot(), { appVersion: 'test', now: '2026-11-22T12:00:00.000Z' }));
  writeFileSync(namesFile, `${PERSONAL.names.join('\n')}\n\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdf = (...args: string[]) => runCli('src/cli/pdf.ts', args);
const pdfText = (out: string) => execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });

describe('npm run pdf -- --redact', { timeout: 120_000 }, () => {
  it('without --redact the PDF carries the personal data as written (the test can see it)', async () => {
    const out = join(dir, 'plain.pdf');
    expect((await pdf(file, '--audit', '-o', out)).code).toBe(0);
    expect(leaks(pdfText(out))).toEqual(expect.arrayContaining([PERSONAL.emails[0], PERSONAL.phones[0], PERSONAL.names[0]]));
  });

  it('masks every finding everywhere, names too with --redact-names, says how many, and the declaration says so', async () => {
    const out = join(dir, 'redacted.pdf');
    const result = await pdf(file, '--audit', '--redact', '--redact-names', namesFile, '-o', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Redacted: masked ${distinctPersonalValues()} pieces of personal data \\(\\d+ masks in all`));
    const text = pdfText(out);
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('[email removed]');
    expect(text).toContain('[name removed]');
    expect(text.replace(/\s+/g, ' ')).toContain(`${distinctPersonalValues()} pieces of personal data Folio found are masked in this copy`);
  });

  it('without a names list, masks the rest and leaves listed names alone (no list travels in a file)', async () => {
    const out = join(dir, 'no-names.pdf');
    const result = await pdf(file, '--redact', '-o', out);
    expect(result.code).toBe(0);
    expect(leaks(pdfText(out))).toEqual(expect.arrayContaining([PERSONAL.names[0]]));
    expect(leaks(pdfText(out)).filter((l) => !(PERSONAL.names as readonly string[]).includes(l))).toEqual([]);
  });

  it('explains --redact in its help, including that no people list travels in a file', async () => {
    const result = await pdf('--help');
    expect(result.stdout).toContain('--redact');
    expect(result.stdout).toMatch(/carries no "people to redact" list/);
  });

  it('refuses a names list that is not usable, and --redact-names without --redact, writing nothing', async () => {
    const bad = join(dir, 'bad-names.txt');
    writeFileSync(bad, 'Olivia Marsh\nremoved\n');
    const out = join(dir, 'never.pdf');
    const badList = await pdf(file, '--redact', '--redact-names', bad, '-o', out);
    expect(badList.code).toBe(1);
    expect(badList.stderr).toMatch(/bad-names\.txt, line 2: “removed” is a word Folio uses in place of what it removes/);
    const alone = await pdf(file, '--redact-names', namesFile, '-o', out);
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toContain('--redact-names needs --redact as well');
    expect(existsSync(out)).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { generatePortfolio } from '../../src/samples/generate';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-pdf-'));
const demoFile = join(dir, 'demo.folio');
const photosFile = join(dir, 'photos.folio');
const now = '2026-11-22T09:00:00.000Z';

beforeAll(async () => {
  let n = 0;
  const demo = await buildDemoSnapshot({ now, newId: () => `demo-${(n += 1)}` });
  writeFileSync(demoFile, await encodeFolio(demo, { appVersion: 'test', now }));
  const photos = await generatePortfolio({ items: 8, imageEvery: 4, seed: 3, now, imageWidth: 64 });
  writeFileSync(photosFile, await encodeFolio(photos, { appVersion: 'test', now }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run pdf -- …`, as a person would run it. */
const pdf = (...args: string[]) => runCli('src/cli/pdf.ts', args);

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('npm run pdf', { timeout: 90_000 }, () => {
  it('renders the demo portfolio file to a PDF whose text reads back', async () => {
    const out = join(dir, 'demo.pdf');
    const result = await pdf(demoFile, '-o', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*demo\.pdf: the portfolio of Zoë Brontë, \d+ evidence items, \d+ pages/);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(out);
    expect(text).toContain('Zoë Brontë');
    expect(text).toContain('E001');
  });

  it('embeds the photos of a portfolio, and leaves them out with --no-attachments', async () => {
    const withPhotos = join(dir, 'photos.pdf');
    const without = join(dir, 'no-photos.pdf');
    expect((await pdf(photosFile, '-o', withPhotos)).code).toBe(0);
    expect((await pdf(photosFile, '--no-attachments', '-o', without)).code).toBe(0);
    const images = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
    expect(images(withPhotos)).toBe(2);
    expect(images(without)).toBe(0);
  });

  it('explains itself with --help', async () => {
    const result = await pdf('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run pdf -- <file.folio> -o <out.pdf>');
  });

  it('a file that does not exist: a clear error, a non-zero exit, no PDF', async () => {
    const out = join(dir, 'missing.pdf');
    const result = await pdf(join(dir, 'nope.folio'), '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: Cannot read .*nope\.folio: there is no such file\./);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that is not a portfolio file: says so, exits non-zero', async () => {
    const notZip = join(dir, 'notes.folio');
    writeFileSync(notZip, 'Dear assessor, please find attached…');
    const result = await pdf(notZip, '-o', join(dir, 'notes.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('it is not a zip archive');
  });

  it('a portfolio file cut short: says it is damaged, exits non-zero', async () => {
    const cut = join(dir, 'cut.folio');
    const whole = readFileSync(photosFile);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const result = await pdf(cut, '-o', join(dir, 'cut.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('damaged or incomplete');
    expect(existsSync(join(dir, 'cut.pdf'))).toBe(false);
  });

  it('a file over the size limit: refused from its size before a byte is read, with a message and exit 1', async () => {
    // Sparse: 3 GB on paper, nothing on disk. Reading it whole would fail (and take long) before any check.
    const huge = join(dir, 'huge.folio');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 3 * 1024 * 1024 * 1024);
    const result = await pdf(huge, '-o', join(dir, 'huge.pdf'));
    expect(result.stderr).toMatch(/^Error: Cannot read .*huge\.folio: This file is too large to import: it is 3072 MB and the limit is 200 MB\.\n$/);
    expect(result.code).toBe(1);
    expect(existsSync(join(dir, 'huge.pdf'))).toBe(false);
  });

  it('an output folder that does not exist: a clear error before any work', async () => {
    const result = await pdf(demoFile, '-o', join(dir, 'no-such-folder', 'out.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write .*out\.pdf: the folder .*no-such-folder does not exist/);
  });

  it('an output that is the portfolio file itself: refused, the file left whole', async () => {
    const before = readFileSync(demoFile);
    const result = await pdf(demoFile, '-o', demoFile);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('would overwrite the portfolio file');
    expect(readFileSync(demoFile)).toEqual(before);
  });

  it('an unknown flag, no input, or an unknown unit: says which, exits non-zero', async () => {
    const unknown = await pdf(demoFile, '-o', join(dir, 'x.pdf'), '--colour');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    const noInput = await pdf('-o', join(dir, 'x.pdf'));
    expect(noInput.code).toBe(1);
    expect(noInput.stderr).toContain('Give the .folio file to render.');
    const badUnit = await pdf(demoFile, '-o', join(dir, 'x.pdf'), '--units', 'EXT,XYZ');
    expect(badUnit.code).toBe(1);
    expect(badUnit.stderr).toContain('No unit XYZ');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue';
import { computeCoverage, statusLabels } from '../../src/domain/coverage';
import { encodeFolio } from '../../src/domain/portfolio-file';
import { decisionId } from '../../src/domain/references';
import type { Decision } from '../../src/domain/schemas';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { keysAsFirstSeen } from '../../src/domain/signing';
import { checkSignatures } from '../../src/domain/signing/status';
import { COHORT_NOW, signedLearner } from './cohort-fixtures';
import { runCli } from './run-cli';
import { makeSigner, signedBy, type TestSigner } from './signing-helpers';
import { parseCsv } from '../fixtures/csv';

const dir = mkdtempSync(join(tmpdir(), 'folio-cli-cohort-'));
const files = join(dir, 'files');
const learners: PortfolioSnapshot[] = [];
/** Learner 0 as the assessor sent it back: one more signed decision, met. */
let returned: PortfolioSnapshot;
let added: Decision;

const cohort = (...args: string[]) => runCli('src/cli/cohort.ts', args);
const write = async (name: string, s: PortfolioSnapshot) => writeFileSync(join(files, name), await encodeFolio(s, { appVersion: 'test', now: COHORT_NOW }));

/** A decision on a point the learner mapped evidence to but no assessor has decided, signed by `signer`. */
async function newDecision(s: PortfolioSnapshot, signer: TestSigner): Promise<Decision> {
  const decided = new Set(s.decisions.map((d) => d.markingPointId));
  const mapping = s.mappings.find((m) => !decided.has(m.markingPointId));
  if (!mapping) throw new Error('every mapped point is decided');
  const point = mapping.markingPointId;
  const basedOn = s.mappings
    .filter((m) => m.markingPointId === point)
    .map((m) => {
      const v = s.versions.filter((x) => x.evidenceId === m.evidenceId).at(-1);
      return { evidenceId: m.evidenceId, versionId: v?.id, version: v?.version, hash: v?.pointHashes[point] };
    });
  const d: Decision = {
    id: decisionId(s.portfolio.id, point),
    portfolioId: s.portfolio.id,
    markingPointId: point,
    outcome: 'met',
    feedback: 'Seen in the return file.',
    methods: ['observation'],
    assessor: signer.person,
    decidedAt: '2026-11-21T10:00:00.000Z',
    basedOn,
  };
  return signedBy(signer, d);
}

/** A CSV as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
/** What each learner's file says, worked out here from the snapshot itself: status per point. */
async function expectedStatuses(s: PortfolioSnapshot): Promise<string[]> {
  const checks = await checkSignatures([...s.decisions, ...s.records], keysAsFirstSeen(s));
  const coverage = computeCoverage(catalogue, s.evidence, s.mappings, s.decisions, { versions: s.versions, records: s.records, checks });
  return catalogue.units.flatMap((u) => u.markingPoints.map((p) => statusLabels[coverage.byPoint.get(p.id)?.status ?? 'none']));
}

beforeAll(async () => {
  mkdirSync(join(files, 'old'), { recursive: true });
  const morgan = await makeSigner({ role: 'assessor', name: 'Morgan Ellis' });
  const sam = await makeSigner({ role: 'assessor', name: 'Sam Okafor' });
  for (let i = 0; i < 4; i++) learners.push(await signedLearner(200 + i, i % 2 === 0 ? morgan : sam));
  // A name that a spreadsheet would run as a formula, from someone else's file.
  const first = learners[3];
  if (!first) throw new Error('no learner');
  learners[3] = { ...first, portfolio: { ...first.portfolio, learnerName: '=HYPERLINK("http://x","Click")' } };
  for (const [i, s] of learners.entries()) await write(`learner-${i}.folio`, s);
  const l0 = learners[0];
  if (!l0) throw new Error('no learner');
  added = await newDecision(l0, morgan);
  returned = { ...l0, decisions: [...l0.decisions, added] };
  await write('return-learner-0.folio', returned);
  // The same learner's file again under another name: merges, and changes nothing.
  await write('second-copy-learner-1.folio', learners[1] ?? l0);
  writeFileSync(join(files, 'broken.folio'), new TextEncoder().encode('not a zip at all'));
  // In a sub-folder: not read.
  await write(join('old', 'learner-old.folio'), await signedLearner(999, sam));
  writeFileSync(join(files, 'notes.txt'), 'not a portfolio');
  // Another learner's portfolio typed with learner 2's number: flagged, never merged.
  const other = await signedLearner(300, sam);
  const number = learners[2]?.portfolio.learnerNumber ?? '';
  writeFileSync(join(dir, 'same-number.folio'), await encodeFolio({ ...other, portfolio: { ...other.portfolio, learnerNumber: number } }, { appVersion: 'test', now: COHORT_NOW }));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cohort', { timeout: 90_000 }, () => {
  it('reads a folder: a line per file, the refused one named, the CSV of the rest, and exit 1', async () => {
    const out = join(dir, 'cohort.csv');
    const result = await cohort(files, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: 1 file was refused; the report covers the others.\n');
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('loaded '))).toHaveLength(4);
    expect(lines).toContainEqual(expect.stringMatching(/^refused {2}.*broken\.folio: This is not a Folio portfolio file/));
    const merged = lines.filter((l) => l.startsWith('merged '));
    expect(merged).toHaveLength(2);
    expect(merged.find((l) => l.includes('second-copy'))).toMatch(/^merged {3}.*second-copy-learner-1\.folio: another copy of .*’s portfolio, merged into .*learner-1\.folio, which already held all of it$/);
    expect(merged.find((l) => l.includes('return-'))).toMatch(/^merged {3}.*return-learner-0\.folio: another copy of .*’s portfolio, merged into .*learner-0\.folio$/);
    expect(result.stdout).not.toContain('learner-old');
    expect(result.stdout).not.toContain('notes.txt');
    expect(lines.at(-1)).toMatch(/^Wrote .*cohort\.csv: 4 learners from 6 files/);

    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const header = rows[0] ?? [];
    const pointIds = catalogue.units.flatMap((u) => u.markingPoints.map((p) => p.id));
    expect(header.slice(-pointIds.length)).toEqual(pointIds);
    expect(rows).toHaveLength(1 + 4 + 1);
    // Each learner's row holds what their file says; learner 0's is the merged copy, with the new decision.
    const files4 = [returned, ...learners.slice(1)];
    for (const s of files4) {
      const row = rows.find((r) => r[1] === s.portfolio.learnerNumber);
      expect(row, s.portfolio.learnerName).toBeDefined();
      expect(row?.slice(-pointIds.length)).toEqual(await expectedStatuses(s));
    }
    const l0 = rows.find((r) => r[1] === returned.portfolio.learnerNumber);
    expect(l0?.[9 + pointIds.indexOf(added.markingPointId)]).toBe('Met');
    // The formula name stays text.
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""Click"")"');
    expect(rows.at(-1)?.[0]).toBe('Learners lacking (no evidence or not yet met)');
  });

  it('writes the cohort PDF, read back: the shared gaps first, then the units', async () => {
    const out = join(dir, 'cohort.pdf');
    const result = await cohort(join(files, 'learner-0.folio'), join(files, 'learner-1.folio'), join(files, 'learner-2.folio'), '-o', out, '--title', 'Autumn cohort');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    expect(pages[0]).toContain('Autumn cohort');
    expect(pages[0]).toContain('The gaps learners share');
    expect(pages[0]).toContain('3 learners');
    expect(text).toContain('Unit 5: ');
    for (const s of learners.slice(0, 3)) expect(text).toContain(s.portfolio.learnerNumber);
  });

  it('flags two portfolios that share a learner number, and keeps them apart', async () => {
    const out = join(dir, 'clash.csv');
    const result = await cohort(join(files, 'learner-2.folio'), join(dir, 'same-number.folio'), '-o', out);
    expect(result.code).toBe(0);
    const number = learners[2]?.portfolio.learnerNumber ?? '';
    expect(result.stdout).toMatch(new RegExp(`^note {5}learner number ${number} is on 2 different portfolios \\(.*learner-2\\.folio, .*same-number\\.folio\\): kept apart, not merged; check who is who\\.$`, 'm'));
    const rows = parseCsv(readFileSync(out, 'utf8').slice(1));
    expect(rows.filter((r) => r[1] === number)).toHaveLength(2);
  });

  it('prints a name holding a terminal escape as text, never as the escape itself', async () => {
    const base = learners[1];
    if (!base) throw new Error('no learner');
    const path = join(dir, 'escape.folio');
    writeFileSync(path, await encodeFolio({ ...base, portfolio: { ...base.portfolio, learnerName: 'Red\x1b[31m Alert' } }, { appVersion: 'test', now: COHORT_NOW }));
    const result = await cohort(path, '-o', join(dir, 'escape.csv'));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\x1b');
    expect(result.stdout).toContain('Red\\x1b[31m Alert');
  });

  it('every file refused: nothing written, exit 1', async () => {
    const out = join(dir, 'none.csv');
    const result = await cohort(join(files, 'broken.folio'), join(dir, 'missing.folio'), '-o', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('missing.folio: there is no such file or folder.');
    expect(result.stderr).toBe('Error: No learner could be read from 2 files: nothing written.\n');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[] as string[], 'Give the learners’ .folio files'],
    [['x.folio'], 'Say where to write the report with -o'],
    [['x.folio', '-o', 'report.xlsx'], 'The report must end in .csv or .pdf, not “.xlsx”.'],
    [['x.folio', '--frobnicate', '-o', 'r.csv'], "Unknown option '--frobnicate'"],
    [['x.folio', '-o', 'r.csv', '--title', 'Autumn'], '--title names the PDF; a CSV report has no title.'],
  ])('a mistake in the command (%j) exits 2 with the usage', async (args, message) => {
    const result = await cohort(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run cohort');
  });

  it('an output folder that does not exist is a mistake in the command: exit 2 before reading anything', async () => {
    const result = await cohort(files, '-o', join(dir, 'no-such-folder', 'r.csv'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: Cannot write .*r\.csv: the folder .*no-such-folder does not exist\.\n$/);
    expect(result.stdout).toBe('');
  });

  it('explains itself with --help', async () => {
    const result = await cohort('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run cohort -- <files or folders...> -o <report.csv | report.pdf>');
  });
});

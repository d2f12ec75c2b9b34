/**
 * `npm run demo -- -o demo.folio`: writes the demo portfolio; `--items 1000 -o big.folio`: a generated
 * portfolio of that size; `--cohort 30 -o <folder>`: a generated cohort.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoPortfolio } from '../samples/demo-photos';
import { generateCohort } from '../samples/cohort';
import { generatePortfolio } from '../samples/generate';
import { decodeFolio, encodeFolio } from '../domain/portfolio-file';
import type { PortfolioSnapshot } from '../domain/snapshot';
import { appVersion } from '../domain/app-version';
import { formatFileSize } from '../domain/byte-sizes';
import { fileNameStem } from '../domain/file-name-stem';
import { checkOutputFolder, checkOutputPath, CliError, parseCli, run, writeOutputFile } from './lib/cli';

const USAGE = `Usage: npm run demo -- -o <demo.folio>
       npm run demo -- --items <number> [--seed <number>] -o <big.folio>
       npm run demo -- --cohort <learners> [--seed <number>] -o <folder>

Writes Folio's demo portfolio (a made-up learner with evidence of several kinds,
mapped to most but not all marking points) as a portfolio file, which the app can
import and \`npm run pdf\` can turn into the assessor PDF.

With --items, writes one generated portfolio of that many evidence items instead, to
try Folio at scale: every kind of evidence, each item mapped to one to three marking
points, some assessor decisions, and a small photo (PNG and JPEG in turn) on one item
in three, so 1,000 items carry 333 photos. The same seed gives the same content
whenever it is run: the items' dates run back from a fixed day, 30 November 2026.

With --cohort, writes that many generated learners' portfolio files into a folder
(made if it is missing; files of the same name are replaced), one per learner, for a
tutor to load together: varied progress, 3 to 5 assessors (one of them new), signed
decisions (some out of date, some partially met), ready units and sign-offs. The same
seed gives the same learners and content; the signatures differ, as each run makes
its assessors' keys afresh.

Options:
  -o, --output <path>     the .folio file to write, or with --cohort the folder (required)
      --items <number>    write a generated portfolio of this many items (1 to 5,000) instead of the demo
      --cohort <number>   write this many generated learners (1 to 500) instead of the demo
      --seed <number>     the seed for --items or --cohort, a whole number (default 1)
  -h, --help              show this help`;

const MAX_COHORT = 500;
const MAX_ITEMS = 5_000;
/** The day a generated portfolio's dates run back from. */
const GENERATED_AS_OF = '2026-11-30T00:00:00.000Z';

/** One item in three has a photo, as in the portfolio the issue measured (333 photos in 1,000 items). */
const PHOTO_EVERY = 3;
/** Small photos keep a 1,000-item file near 5 MB and quick to write; the bench varies sizes itself. */
const PHOTO_WIDTH = 320;

function wholeNumber(value: string, what: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new CliError(`${what} must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}; "${value.slice(0, 20)}" is not.\n\n${USAGE}`);
  return n;
}

/** Reads a file back before writing it: a generated file that Folio itself would refuse is a bug worth stopping on. */
async function checkedBytes(snapshot: PortfolioSnapshot, now: string): Promise<Uint8Array> {
  const bytes = await encodeFolio(snapshot, { appVersion, now });
  const check = await decodeFolio(bytes);
  if (!check.ok) throw new Error(`The portfolio of ${snapshot.portfolio.learnerName} does not pass its own checks: ${check.error.message}`);
  return bytes;
}

async function writeCohort(learners: number, seed: number, folder: string, now: string): Promise<void> {
  const full = checkOutputFolder(folder);
  // The parent was checked to exist: this makes only the folder itself, and leaves one already there alone.
  mkdirSync(full, { recursive: true });
  const cohort = await generateCohort({ learners, seed, now });
  const width = String(cohort.length).length;
  let total = 0;
  for (const [i, snapshot] of cohort.entries()) {
    const bytes = await checkedBytes(snapshot, now);
    const name = `${String(i + 1).padStart(width, '0')}-${fileNameStem(snapshot.portfolio.learnerName)}.folio`;
    writeOutputFile(join(full, name), bytes);
    total += bytes.length;
    process.stdout.write(`${name}  ${snapshot.portfolio.learnerName}, assessor ${snapshot.portfolio.assessorName}: ${snapshot.evidence.length} items, ${snapshot.decisions.length} decisions\n`);
  }
  const assessors = new Set(cohort.map((s) => s.portfolio.assessorName)).size;
  process.stdout.write(`Wrote ${cohort.length} learners' portfolio files (seed ${seed}, ${assessors} assessors, ${formatFileSize(total)} in all) to ${folder}.\n`);
}

async function writeGenerated(items: number, seed: number, output: string, now: string): Promise<void> {
  const path = checkOutputPath(output);
  // Dates run back from a fixed day, not today, so the same seed gives the same content on any day.
  const snapshot = await generatePortfolio({ items, seed, now: GENERATED_AS_OF, imageEvery: PHOTO_EVERY, imageWidth: PHOTO_WIDTH });
  const bytes = await checkedBytes(snapshot, now);
  writeOutputFile(path, bytes);
  const { portfolio, evidence, mappings, attachments } = snapshot;
  process.stdout.write(
    `Wrote a generated portfolio of ${portfolio.learnerName} (seed ${seed}: ${evidence.length.toLocaleString('en-GB')} evidence items, ${mappings.length.toLocaleString('en-GB')} mappings, ${attachments.length.toLocaleString('en-GB')} photos) to ${output} (${formatFileSize(bytes.length)}).\n`,
  );
}

await run(async () => {
  const { values } = parseCli(
    {
      options: {
        output: { type: 'string', short: 'o' },
        cohort: { type: 'string' },
        items: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const now = new Date().toISOString();
  if (values.cohort !== undefined && values.items !== undefined) throw new CliError(`Choose one: --items writes one portfolio, --cohort a folder of learners.\n\n${USAGE}`);
  if (values.items !== undefined) {
    const items = wholeNumber(values.items, '--items', 1, MAX_ITEMS);
    const seed = values.seed === undefined ? 1 : wholeNumber(values.seed, '--seed', 0, 4_294_967_295);
    if (!values.output) throw new CliError(`Say where to write the file with -o <big.folio>.\n\n${USAGE}`);
    await writeGenerated(items, seed, values.output, now);
    return;
  }
  if (values.cohort !== undefined) {
    const learners = wholeNumber(values.cohort, '--cohort', 1, MAX_COHORT);
    const seed = values.seed === undefined ? 1 : wholeNumber(values.seed, '--seed', 0, 4_294_967_295);
    if (!values.output) throw new CliError(`Say which folder to write the files into with -o <folder>.\n\n${USAGE}`);
    await writeCohort(learners, seed, values.output, now);
    return;
  }
  if (values.seed !== undefined) throw new CliError(`--seed goes with --items or --cohort; the demo portfolio is always the same.\n\n${USAGE}`);
  if (!values.output) throw new CliError(`Say where to write the file with -o <demo.folio>.\n\n${USAGE}`);
  const output = checkOutputPath(values.output);

  const snapshot = await buildDemoPortfolio({ now, newId: () => crypto.randomUUID() });
  const bytes = await checkedBytes(snapshot, now);
  writeOutputFile(output, bytes);

  const { portfolio, evidence, attachments } = snapshot;
  process.stdout.write(
    `Wrote the demo portfolio of ${portfolio.learnerName} (${evidence.length} evidence items, ${attachments.length} attachments) to ${values.output} (${formatFileSize(bytes.length)}).\n`,
  );
});

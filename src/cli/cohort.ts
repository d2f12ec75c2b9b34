/** `npm run cohort -- <files or folders…> -o report.csv|report.pdf`: a cohort's table or PDF from learners' files. */
import { extname, resolve } from 'node:path';
import { catalogue } from '../catalogue';
import { formatFileSize } from '../domain/byte-sizes';
import { buildCohort } from '../domain/cohort/cohort';
import { cohortCsv } from '../domain/cohort/cohort-csv';
import { filterCohort } from '../domain/cohort/cohort-filter';
import { cohortInputOf } from '../domain/cohort/cohort-input';
import { plural } from '../domain/plural';
import { keysAsFirstSeen } from '../domain/signing';
import { checkSignatures } from '../domain/signing/status';
import type { SignerKey } from '../domain/schemas';
import { renderCohortPdf } from '../pdf/cohort';
import { loadFontNode } from '../pdf/render/font-node';
import { checkOutputPath, CliError, parseCli, run, writeOutputFile } from './lib/cli';
import { cohortPaths } from './lib/cohort-files';
import { loadCohortFiles, type FileResult, type LoadedPortfolio } from './lib/load-cohort-files';
import { terminalText } from './lib/terminal-text';

const USAGE = `Usage: npm run cohort -- <files or folders...> -o <report.csv | report.pdf> [options]

Reads many learners' Folio portfolio files at once and writes the cohort's table: one row per
learner, one column per marking point (its status), the learners' totals and how many learners
lack each point, as CSV; or the cohort PDF (the gaps most learners share first, then a page per
unit). A folder is read one level deep: the .folio files in it, not those in its sub-folders.

Each file gets a line: loaded, merged into an earlier file of the same learner, or refused and
why. A refused file never stops the others; the report covers the rest, and the command then
exits 1. Signatures are checked against the keys the files carry (no key is confirmed here, so
a decision counts as met when its signature verifies, as "signer not confirmed").

Options:
  -o, --output <file>   where to write the report (required; .csv or .pdf; replaced if it exists)
  --title <text>        the PDF's title (default "Cohort report")
  -h, --help            show this help

Exits 0 when every file was read, 1 when any was refused or nothing could be written, 2 for a
mistake in the command itself.`;

const usageError = (message: string) => new CliError(`${message}\n\n${USAGE}`, 2);

function resultLine(r: FileResult): string {
  const note = 'note' in r && r.note ? ` (${r.note})` : '';
  switch (r.outcome) {
    case 'loaded':
      return `loaded   ${r.path}: ${r.learnerName}, ${r.learnerNumber || 'no learner number'}${note}`;
    case 'merged':
      return `merged   ${r.path}: another copy of ${r.learnerName}’s portfolio, merged into ${r.into}${r.changed ? '' : ', which already held all of it'}${note}`;
    case 'refused':
      return `refused  ${r.path}: ${r.reason}`;
  }
}

/** Every signature checked at once against every key the files carry, as a device holding them all would. */
async function cohortOf(portfolios: readonly LoadedPortfolio[]) {
  const decisions = portfolios.flatMap((p) => p.decisions);
  const records = portfolios.flatMap((p) => p.records);
  const keys = new Map<string, SignerKey>();
  for (const k of portfolios.flatMap((p) => p.keys)) if (!keys.has(k.fingerprint)) keys.set(k.fingerprint, k);
  const checks = await checkSignatures([...decisions, ...records], keysAsFirstSeen({ decisions, records, keys: [...keys.values()] }));
  return buildCohort(
    catalogue,
    portfolios.map((p) => cohortInputOf(catalogue, p, checks)),
  );
}

function parse() {
  try {
    return parseCli(
      {
        allowPositionals: true,
        options: { output: { type: 'string', short: 'o' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      },
      USAGE,
    );
  } catch (e) {
    throw e instanceof CliError ? new CliError(e.message, 2) : e;
  }
}

await run(async () => {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) throw usageError('Give the learners’ .folio files, or a folder that holds them.');
  if (!values.output) throw usageError('Say where to write the report with -o <report.csv> or -o <report.pdf>.');
  const kind = extname(values.output).toLowerCase();
  if (kind !== '.csv' && kind !== '.pdf') throw usageError(`The report must end in .csv or .pdf, not “${terminalText(extname(values.output) || values.output)}”.`);
  if (values.title !== undefined && kind === '.csv') throw usageError('--title names the PDF; a CSV report has no title. Leave it out, or write a .pdf.');
  let output: string;
  try {
    output = checkOutputPath(values.output);
  } catch (e) {
    throw e instanceof CliError ? new CliError(e.message, 2) : e;
  }
  const paths = cohortPaths(positionals);
  if (paths.some((p) => resolve(p.path) === output)) throw usageError('The report would overwrite one of the files it reads: choose another output name.');

  const load = await loadCohortFiles(paths, (r) => process.stdout.write(`${terminalText(resultLine(r))}\n`));
  const refused = load.results.filter((r) => r.outcome === 'refused').length;
  if (load.portfolios.length === 0) throw new CliError(`No learner could be read from ${plural(load.results.length, 'file')}: nothing written.`);

  const cohort = await cohortOf(load.portfolios);
  for (const [id, others] of cohort.numberClashes) {
    const learner = cohort.learners.find((l) => l.portfolioId === id);
    if (!learner || others.some((o) => o < id)) continue;
    const files = [id, ...others].map((p) => load.firstFile.get(p) ?? p).join(', ');
    process.stdout.write(`${terminalText(`note     learner number ${learner.learnerNumber} is on ${others.length + 1} different portfolios (${files}): kept apart, not merged; check who is who.`)}\n`);
  }
  const generatedAt = new Date().toISOString();
  const bytes =
    kind === '.csv'
      ? // A byte-order mark, so that spreadsheets read the names' accents as UTF-8.
        new TextEncoder().encode(`\uFEFF${cohortCsv(filterCohort(cohort, {}, catalogue))}`)
      : await renderCohortPdf({ catalogue, cohort, generatedAt, title: values.title }, await loadFontNode());
  writeOutputFile(output, bytes);
  process.stdout.write(
    `${terminalText(`Wrote ${values.output}: ${plural(cohort.learners.length, 'learner')} from ${plural(load.results.length - refused, 'file')} (${formatFileSize(bytes.length)}).`)}\n`,
  );
  if (refused > 0) throw new CliError(`${plural(refused, 'file was', 'files were')} refused; the report covers the others.`);
});

/** `npm run demo -- -o demo.folio`: writes the demo portfolio as a .folio file. */
import { buildDemoPortfolio } from '../samples/demo-photos';
import { decodeFolio, encodeFolio } from '../domain/portfolio-file';
import { appVersion } from '../domain/app-version';
import { formatFileSize } from '../domain/byte-sizes';
import { checkOutputPath, CliError, parseCli, run, writeOutputFile } from './lib/cli';

const USAGE = `Usage: npm run demo -- -o <demo.folio>

Writes Folio's demo portfolio (a made-up learner with evidence of several kinds,
mapped to most but not all marking points) as a portfolio file, which the app can
import and \`npm run pdf\` can turn into the assessor PDF.

Options:
  -o, --output <file>  where to write the .folio file (required; replaced if it exists)
  -h, --help           show this help`;

await run(async () => {
  const { values } = parseCli({ options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }, USAGE);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.output) throw new CliError(`Say where to write the file with -o <demo.folio>.\n\n${USAGE}`);
  const output = checkOutputPath(values.output);

  const now = new Date().toISOString();
  const snapshot = await buildDemoPortfolio({ now, newId: () => crypto.randomUUID() });
  const bytes = await encodeFolio(snapshot, { appVersion: appVersion, now });
  // Read it back before writing: a demo file that Folio itself would refuse is a bug worth stopping on.
  const check = await decodeFolio(bytes);
  if (!check.ok) throw new Error(`The demo portfolio does not pass its own checks: ${check.error.message}`);
  writeOutputFile(output, bytes);

  const { portfolio, evidence, attachments } = snapshot;
  process.stdout.write(
    `Wrote the demo portfolio of ${portfolio.learnerName} (${evidence.length} evidence items, ${attachments.length} attachments) to ${values.output} (${formatFileSize(bytes.length)}).\n`,
  );
});

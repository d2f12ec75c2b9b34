/** `npm run pdf -- <file.folio> -o <out.pdf>`: renders the assessor PDF of a portfolio file. */
import { resolve } from 'node:path';
import { catalogue } from '../catalogue';
import { formatFileSize } from '../domain/byte-sizes';
import { decodeFolio } from '../domain/portfolio-file';
import { MemoryPrintCopyCache, renderPortfolioPdf } from '../pdf';
import { loadFontNode } from '../pdf/render/font-node';
import { checkSignatures } from '../domain/signing/status';
import { keysSeenInFile } from '../domain/signing/keys-seen-in-file';
import { scaleImageNode } from './lib/scale-image-node';
import { checkOutputPath, CliError, parseCli, readInputFile, run, writeOutputFile } from './lib/cli';
import { refusedAttachmentsMessage } from './lib/refused-attachments';
import { terminalText } from './lib/terminal-text';
import { redactSnapshot } from '../domain/privacy/redact-snapshot';
import { plural } from '../domain/plural';
import { personNameIssue, tidyPersonName } from '../domain/privacy/person-name-issue';

/** --redact-names: one name a line; blank lines and surrounding spaces are ignored. */
function readNames(path: string): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readInputFile(path, 1024 * 1024));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Cannot read the names in ${terminalText(path)}: it is not UTF-8 text.`);
  }
  const names: string[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    // The same rules as the app's list, so a name such as "removed" cannot match every mask. A name twice is no mistake here.
    const issue = personNameIssue(line, []);
    if (issue !== undefined) throw new CliError(`${terminalText(path)}, line ${index + 1}: ${terminalText(issue)}.`);
    names.push(tidyPersonName(line));
  }
  if (names.length === 0) throw new CliError(`${terminalText(path)} holds no names: write one name a line.`);
  return names;
}

const USAGE = `Usage: npm run pdf -- <file.folio> -o <out.pdf> [options]

Renders the assessor-ready PDF of a Folio portfolio file: the same PDF the app's
Export page makes. Try it with the demo: npm run demo -- -o demo.folio

Options:
  -o, --output <file>   where to write the PDF (required; replaced if it exists)
  --units <ids>         only these units, by id, comma-separated (e.g. EXT,PRN)
  --no-attachments      leave images out and do not list other files
  --skip-refused-attachments
                        render without any attachment the attachment rules refuse
                        (otherwise such a file stops with the list of them)
  --audit               add the audit trail as an appendix
  --redact              mask every piece of customers' personal data Folio finds
                        (email addresses, UK phone numbers, postcodes, National
                        Insurance and payment card numbers) with "[email removed]"
                        and the like, everywhere in the PDF; the file is not changed.
                        A .folio file carries no "people to redact" list (it never
                        leaves the learner's device), so names are masked only when
                        given with --redact-names
  --redact-names <file> with --redact, also mask these names: a text file with one
                        name per line
  -h, --help            show this help`;

function pageCount(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

await run(async () => {
  const { values, positionals } = parseCli(
    {
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        units: { type: 'string' },
        'no-attachments': { type: 'boolean' },
        'skip-refused-attachments': { type: 'boolean' },
        audit: { type: 'boolean' },
        redact: { type: 'boolean' },
        'redact-names': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) {
    throw new CliError(`${positionals.length === 0 ? 'Give the .folio file to render.' : `Give one .folio file, not ${positionals.length}.`}\n\n${USAGE}`);
  }
  const input = positionals[0] ?? '';
  if (!values.output) throw new CliError(`Say where to write the PDF with -o <out.pdf>.\n\n${USAGE}`);
  const output = checkOutputPath(values.output);
  if (output === resolve(input)) throw new CliError('The PDF would overwrite the portfolio file: choose another output name.');
  const unitIds = values.units ? values.units.split(',').map((u) => u.trim().toUpperCase()).filter(Boolean) : [];
  const unknown = unitIds.filter((id) => !catalogue.units.some((u) => u.id === id));
  if (unknown.length > 0) {
    throw new CliError(`No unit ${unknown.join(', ')} in ${catalogue.title}. The units are ${catalogue.units.map((u) => u.id).join(', ')}.`);
  }

  if (values['redact-names'] !== undefined && !values.redact) throw new CliError(`--redact-names needs --redact as well.\n\n${USAGE}`);
  const peopleToRedact = values['redact-names'] === undefined ? [] : readNames(values['redact-names']);

  const decoded = await decodeFolio(readInputFile(input));
  if (!decoded.ok) throw new CliError(`Cannot read ${terminalText(input)}: ${terminalText(decoded.error.message)}`);
  if (decoded.refusedAttachments.length > 0 && !values['skip-refused-attachments']) throw new CliError(refusedAttachmentsMessage(input, decoded.refusedAttachments));
  const stored = decoded.snapshot;
  const font = await loadFontNode();
  // No device here: every key is as the file brings it, pinned on sight and confirmed by nobody.
  // Checked on the file as it is; the redacted copy below only prints differently.
  const signatures = await checkSignatures([...stored.decisions, ...stored.records], keysSeenInFile(stored.keys));
  const redaction = values.redact ? redactSnapshot(stored, () => true, { peopleToRedact }) : undefined;
  const snapshot = redaction ? redaction.snapshot : stored;
  const privacy = redaction ? { masked: redaction.masked, confirmedNotCustomers: 0 } : undefined;
  const options = { now: new Date().toISOString(), unitIds, includeAttachments: !values['no-attachments'], includeAudit: Boolean(values.audit), signatures, privacy };
  const pdf = await renderPortfolioPdf(snapshot, options, {
    font,
    // Photos over 2,000 px print from smaller upright copies; one run needs no lasting cache.
    scaleImage: scaleImageNode,
    printCopies: new MemoryPrintCopyCache(),
  });
  writeOutputFile(output, pdf);
  process.stdout.write(
    `Wrote ${terminalText(values.output)}: the portfolio of ${terminalText(snapshot.portfolio.learnerName)}, ${snapshot.evidence.length} evidence items, ${pageCount(pdf)} pages (${formatFileSize(pdf.length)}).\n`,
  );
  if (redaction) {
    process.stdout.write(
      redaction.masked === 0
        ? 'Redacted: Folio found no personal data to mask.\n'
        : `Redacted: masked ${plural(redaction.masked, 'piece')} of personal data (${plural(redaction.masks, 'mask')} in all, counting every place and version).\n`,
    );
  }
});

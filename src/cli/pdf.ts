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

  const decoded = await decodeFolio(readInputFile(input));
  if (!decoded.ok) throw new CliError(`Cannot read ${terminalText(input)}: ${terminalText(decoded.error.message)}`);
  if (decoded.refusedAttachments.length > 0 && !values['skip-refused-attachments']) throw new CliError(refusedAttachmentsMessage(input, decoded.refusedAttachments));
  const { snapshot } = decoded;
  const font = await loadFontNode();
  // No device here: every key is as the file brings it, pinned on sight and confirmed by nobody.
  const signatures = await checkSignatures([...snapshot.decisions, ...snapshot.records], keysSeenInFile(snapshot.keys));
  const options = { now: new Date().toISOString(), unitIds, includeAttachments: !values['no-attachments'], includeAudit: Boolean(values.audit), signatures };
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
});

/** `npm run verify -- <file.folio>`: lists every signature in a portfolio file with its status. */
import { decodeFolio } from '../domain/portfolio-file';
import { SIGNED_RECORD_TYPES } from '../domain/records';
import {
  checkSignatures,
  formatFingerprint,
  keysAsFirstSeen,
  readKeyCard,
  recordLabel,
  signatureStatusText,
  verifySnapshot,
  type KnownKey,
  type SignatureStatus,
} from '../domain/signing';
import { CliError, parseCli, readInputFile, run } from './lib/cli';
import { terminalText } from './lib/terminal-text';

const USAGE = `Usage: npm run verify -- <file.folio> [--key-card <card.folio-key>]...

Checks every signature in a Folio portfolio file (decisions, sign-offs, countersignatures,
unlocks, declarations, key changes) and lists each with its signer, key fingerprint and
status. A file holding a record changed after it was signed is refused whole.

Without key cards, the first key seen for each signer is taken as theirs ("signer not
confirmed"). Give the key cards signers handed you in person to confirm their keys.

Exits 1 if the file is refused or any signature fails: it does not verify, its key is
missing or belongs to someone else, or a signer's name is signed by a different key than
their confirmed or first one without an announcement. Unsigned records (files from before
signatures) are listed and do not fail.

Options:
  --key-card <file>   a signer's key card (.folio-key) to confirm their key; repeat for more
  -h, --help          show this help`;

const FAILING: readonly SignatureStatus[] = ['invalid', 'unknown-key', 'wrong-signer', 'different-key'];

async function keyCards(paths: readonly string[]): Promise<KnownKey[]> {
  const keys: KnownKey[] = [];
  for (const path of paths) {
    const reading = await readKeyCard(readInputFile(path, 64 * 1024));
    if (!reading.ok) throw new CliError(`Cannot use the key card ${terminalText(path)}: ${terminalText(reading.message)}`);
    const { key } = reading;
    keys.push({ ...key, signerId: '', firstSeenAt: key.createdAt, confirmed: 'key-card' });
  }
  return keys;
}

await run(async () => {
  const { values, positionals } = parseCli(
    { allowPositionals: true, options: { 'key-card': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) {
    throw new CliError(`${positionals.length === 0 ? 'Give the .folio file to check.' : `Give one .folio file, not ${positionals.length}.`}\n\n${USAGE}`);
  }
  const input = positionals[0] ?? '';
  const cards = await keyCards(values['key-card'] ?? []);
  const decoded = await decodeFolio(readInputFile(input));
  if (!decoded.ok) throw new CliError(`Refused ${terminalText(input)}: ${terminalText(decoded.error.message)}`);
  const { snapshot } = decoded;
  const verified = await verifySnapshot(snapshot);
  if (!verified.ok) throw new CliError(`Refused ${terminalText(input)}: ${terminalText(verified.message)}`);

  // The file's keys as first seen, with those the key cards confirm (a card's key not in the file still counts: it pins its signer).
  const confirmed = new Set(cards.map((c) => c.fingerprint));
  const fileKeys = keysAsFirstSeen(snapshot).map((k): KnownKey => (confirmed.has(k.fingerprint) ? { ...k, confirmed: 'key-card' } : k));
  const keys = [...fileKeys, ...cards.filter((c) => !fileKeys.some((k) => k.fingerprint === c.fingerprint))];
  const records = [...snapshot.decisions, ...snapshot.records];
  const checks = await checkSignatures(records, keys);
  const refs = new Map(snapshot.evidence.map((e) => [e.id, e.ref]));

  const lines: string[] = [];
  const counts = new Map<SignatureStatus, number>();
  for (const record of records) {
    const check = checks.get(record.id);
    // Ready marks, comments and deletions are not signed: listed only if they carry a signature anyway.
    if (!check || (check.status === 'unsigned' && 'type' in record && !SIGNED_RECORD_TYPES.includes(record.type))) continue;
    counts.set(check.status, (counts.get(check.status) ?? 0) + 1);
    const mark = FAILING.includes(check.status) ? 'FAIL' : check.status === 'unsigned' ? '----' : ' ok ';
    const key = check.fingerprint ? `key ${formatFingerprint(check.fingerprint)}` : 'no signature';
    lines.push(terminalText(`${mark}  ${recordLabel(record, refs)} (${check.signer.role}); ${key}: ${signatureStatusText(check, 'file')}`));
  }
  const failed = FAILING.reduce((n, s) => n + (counts.get(s) ?? 0), 0);
  const count = (s: SignatureStatus) => counts.get(s) ?? 0;
  const signed = [...counts].reduce((n, [s, c]) => (s === 'unsigned' ? n : n + c), 0);
  const summary = [
    `${signed} signature${signed === 1 ? '' : 's'} in ${snapshot.portfolio.learnerName}’s portfolio:`,
    `${count('confirmed')} confirmed, ${count('not-confirmed')} signer not confirmed, ${failed} failed;`,
    `${count('unsigned')} unsigned.`,
  ].join(' ');
  process.stdout.write(`${[...lines, '', terminalText(summary)].join('\n')}\n`);
  if (failed > 0) throw new CliError(`${failed} signature${failed === 1 ? '' : 's'} failed in ${terminalText(input)}.`);
});

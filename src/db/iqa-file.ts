import { appVersion } from '../domain/app-version';
import { decodeIqaFile, encodeIqaFile, iqaFileName, type IqaFileLimits } from '../domain/iqa-file';
import type { IqaRecord } from '../domain/iqa/report';
import { plural } from '../domain/plural';
import type { SignerKey } from '../domain/schemas';
import { shortForMessage } from '../domain/short-for-message';
import { clock } from '../platform/clock';
import { db } from './database';
import { IqaError } from './iqa-error';
import { rememberKeys } from './keys';

const isIqa = (r: { type: string }): r is IqaRecord => r.type === 'iqa';

/**
 * The round's IQA file: its plan and sample, every outcome recorded in it in every portfolio it samples
 * (earlier outcomes a later one superseded too: the record is append-only), and the keys that signed them.
 */
export async function exportIqaFile(roundId: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const d = db();
  const { round, outcomes, keys } = await d.transaction('r', [d.iqaRounds, d.records, d.keys], async () => {
    const round = await d.iqaRounds.get(roundId);
    if (!round) throw new IqaError('This sampling round is no longer on this device.');
    const outcomes: IqaRecord[] = [];
    for (const p of round.portfolios) {
      const rows = await d.records.where('[portfolioId+type]').equals([p.portfolioId, 'iqa']).toArray();
      outcomes.push(...rows.filter(isIqa).filter((r) => r.roundId === roundId));
    }
    const fingerprints = [...new Set(outcomes.flatMap((o) => (o.signature ? [o.signature.keyFingerprint] : [])))];
    const keys = (await d.keys.bulkGet(fingerprints)).flatMap((k): SignerKey[] => (k ? [{ fingerprint: k.fingerprint, publicKey: k.publicKey, signer: k.signer, createdAt: k.createdAt }] : []));
    return { round, outcomes, keys };
  });
  const exportedAt = clock.now();
  outcomes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return { bytes: encodeIqaFile({ round, outcomes, keys, exportedAt, appVersion }), fileName: iqaFileName(round.name, exportedAt) };
}

export interface IqaImportResult {
  /** Learners' portfolios on this device the file is for, with how many outcomes each gained. */
  merged: {
    portfolioId: string;
    learnerName: string;
    added: number;
    /** Outcomes on decisions this device's copy does not hold yet: import the learner's newer .folio first, then this file again. */
    awaitingDecision: number;
  }[];
  /** Learners the file has outcomes for whose portfolios are not on this device. */
  notHere: { learnerName: string; outcomes: number }[];
}

/**
 * Imports an IQA file: checks it whole (src/domain/iqa-file), then in one transaction adds to each
 * portfolio on this device the outcomes it lacks on decisions it holds, keeps the signing keys, and
 * writes an audit entry per portfolio changed. A refused file changes nothing; the same file twice adds
 * nothing.
 */
export async function importIqaFile(bytes: Uint8Array, limits?: IqaFileLimits): Promise<IqaImportResult> {
  const read = await decodeIqaFile(bytes, limits);
  if (!read.ok) throw new IqaError(read.error.message, read.error.code);
  const { round, outcomes, keys } = read.file;
  const d = db();
  return d.transaction('rw', [d.portfolios, d.decisions, d.records, d.keys, d.audit, d.identity], async () => {
    const me = await d.identity.get('device');
    const result: IqaImportResult = { merged: [], notHere: [] };
    let addedAny = false;
    for (const listed of round.portfolios) {
      const mine = outcomes.filter((o) => o.portfolioId === listed.portfolioId);
      if (mine.length === 0) continue;
      const portfolio = await d.portfolios.get(listed.portfolioId);
      if (!portfolio) {
        result.notHere.push({ learnerName: listed.learnerName, outcomes: mine.length });
        continue;
      }
      const held = new Set((await d.records.where('[portfolioId+type]').equals([portfolio.id, 'iqa']).toArray()).map((r) => r.id));
      const decisions = new Set((await d.decisions.where('portfolioId').equals(portfolio.id).toArray()).map((x) => x.id));
      const fresh = mine.filter((o) => !held.has(o.id));
      const add = fresh.filter((o) => decisions.has(o.decisionId));
      if (add.length > 0) {
        await d.records.bulkAdd(add);
        addedAny = true;
        await d.audit.add({
          id: clock.newId(),
          portfolioId: portfolio.id,
          at: clock.now(),
          role: me?.role ?? 'learner',
          name: me?.name ?? portfolio.learnerName,
          action: 'iqa-imported',
          detail: `Imported ${plural(add.length, 'quality assurance outcome', 'quality assurance outcomes')} from the sampling round “${shortForMessage(round.name, 80)}” by ${shortForMessage(round.by.name, 60)}.`,
        });
      }
      result.merged.push({ portfolioId: portfolio.id, learnerName: portfolio.learnerName, added: add.length, awaitingDecision: fresh.length - add.length });
    }
    if (addedAny) await rememberKeys(d, keys);
    return result;
  });
}

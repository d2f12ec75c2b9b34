import { alreadyDeclared, declarationText, declaredVersions } from '../domain/declaration';
import type { RecordOf } from '../domain/records';
import { clock } from '../platform/clock';
import { db } from './database';
import { getIdentity, signAsMe } from './identity';
import { addAudit } from './portfolios';

/**
 * When this device's user is the learner, signs their declaration of authenticity over the versions
 * the portfolio shows now and stores it, so that the file about to be exported carries it. Nothing is
 * signed twice over the same versions; assessors and tutors sign no declaration. Returns the record
 * written, if any.
 */
export async function declareForExport(portfolioId: string): Promise<RecordOf<'declaration'> | undefined> {
  const me = await getIdentity();
  if (me?.role !== 'learner') return undefined;
  const d = db();
  const by = { role: me.role, name: me.name };
  const [portfolio, evidence, declarations] = await d.transaction('r', [d.portfolios, d.evidence, d.records], () =>
    Promise.all([
      d.portfolios.get(portfolioId),
      d.evidence.where('portfolioId').equals(portfolioId).toArray(),
      d.records.where('[portfolioId+type]').equals([portfolioId, 'declaration']).toArray(),
    ]),
  );
  if (!portfolio) throw new Error('This portfolio is no longer on this device.');
  const versions = declaredVersions(evidence);
  const mine = declarations.filter((r): r is RecordOf<'declaration'> => r.type === 'declaration');
  if (alreadyDeclared(mine, by, versions)) return undefined;
  // Signed outside any transaction: Web Crypto is not IndexedDB, and a transaction would close while it waited.
  const record = await signAsMe<RecordOf<'declaration'>>({
    id: clock.newId(),
    portfolioId,
    type: 'declaration',
    at: clock.now(),
    by,
    text: declarationText(portfolio),
    versions,
  });
  await d.transaction('rw', [d.records, d.audit, d.portfolios], async () => {
    await d.records.add(record);
    await addAudit(portfolioId, 'declaration signed', `${by.name} signed the declaration of authenticity over ${evidence.length} evidence items`);
  });
  return record;
}

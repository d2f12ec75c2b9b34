import { versionHashes } from '../evidence-hash';
import { shortForMessage as short } from '../short-for-message';
import { folioErrors, type FolioError } from './errors';
import type { FolioData } from './schema';

/**
 * Recomputes every version's hashes from its content: a decision binds to a version by these, so a file
 * whose content was changed while its hashes were kept (or the reverse) would pass a changed item off
 * as the one judged. The first version that disagrees is named.
 *
 * A version marked `redacted`, in a file that says it is a redacted copy, carries masks in place of
 * customers' details and the hashes of the stored version it was made from: those cannot be recomputed
 * here, and are taken as what the file says. That is all the mark buys: the rest of the file is checked
 * as always, a version marked so in a file that is not a redacted copy is refused, and a device that
 * holds the stored version keeps its own (src/domain/merge.ts), so a wrong hash there only makes a
 * decision made on the copy show as out of date.
 */
export async function checkVersionHashes(data: FolioData): Promise<FolioError | undefined> {
  const refs = new Map(data.evidence.map((e) => [e.id, e.ref]));
  for (const v of data.versions) {
    const label = `version ${v.version} of ${short(refs.get(v.evidenceId) ?? `evidence ${v.evidenceId}`)}`;
    if (v.redacted === true) {
      if (data.redacted !== true) return folioErrors.invalidData(`${label}: redacted`, 'it is marked as masked, but the file does not say it is a redacted copy');
      continue;
    }
    const hashes = await versionHashes(v.content, v.attachments.map((a) => a.sha256), v.mappings);
    const point = Object.keys({ ...hashes.pointHashes, ...v.pointHashes }).find((p) => hashes.pointHashes[p] !== v.pointHashes[p]);
    if (hashes.contentHash !== v.contentHash || point !== undefined) {
      const field = hashes.contentHash !== v.contentHash ? 'contentHash' : `pointHashes.${short(point ?? '')}`;
      return folioErrors.invalidData(
        `${label}: ${field}`,
        'it does not match the version’s content, so the item was changed after this version was saved',
      );
    }
  }
  return undefined;
}

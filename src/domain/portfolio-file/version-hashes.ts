import { versionHashes } from '../evidence-hash';
import { shortForMessage as short } from '../short-for-message';
import { folioErrors, type FolioError } from './errors';
import type { FolioData } from './schema';

/**
 * Recomputes every version's hashes from its content: a decision binds to a version by these, so a file
 * whose content was changed while its hashes were kept (or the reverse) would pass a changed item off
 * as the one judged. The first version that disagrees is named.
 */
export async function checkVersionHashes(data: FolioData): Promise<FolioError | undefined> {
  const refs = new Map(data.evidence.map((e) => [e.id, e.ref]));
  for (const v of data.versions) {
    const hashes = await versionHashes(v.content, v.attachments.map((a) => a.sha256), v.mappings);
    const point = Object.keys({ ...hashes.pointHashes, ...v.pointHashes }).find((p) => hashes.pointHashes[p] !== v.pointHashes[p]);
    if (hashes.contentHash !== v.contentHash || point !== undefined) {
      const field = hashes.contentHash !== v.contentHash ? 'contentHash' : `pointHashes.${short(point ?? '')}`;
      return folioErrors.invalidData(
        `version ${v.version} of ${short(refs.get(v.evidenceId) ?? `evidence ${v.evidenceId}`)}: ${field}`,
        'it does not match the version’s content, so the item was changed after this version was saved',
      );
    }
  }
  return undefined;
}

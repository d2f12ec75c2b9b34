import { errorDetail } from '../../domain/error-detail';
import { mergeSnapshots, type MergeInput } from '../../domain/merge';
import { decodeFolio } from '../../domain/portfolio-file';
import type { AttachmentMeta } from '../../domain/schemas';
import { CliError, readInputFile } from './cli';
import type { CohortPath } from './cohort-files';

/** One portfolio as the cohort command holds it: attachment bytes dropped (the report never shows them). */
export type LoadedPortfolio = MergeInput<AttachmentMeta>;

export type FileResult =
  | { path: string; outcome: 'loaded'; learnerName: string; learnerNumber: string; note?: string }
  | { path: string; outcome: 'merged'; learnerName: string; into: string; changed: boolean; note?: string }
  | { path: string; outcome: 'refused'; reason: string };

export interface CohortLoad {
  results: FileResult[];
  /** One per learner (portfolio id), in the order first met. */
  portfolios: LoadedPortfolio[];
  /** The file each portfolio was first read from. */
  firstFile: Map<string, string>;
}

function withoutBytes(attachments: readonly (AttachmentMeta & { bytes?: Uint8Array })[]): AttachmentMeta[] {
  return attachments.map(({ bytes: _bytes, ...meta }) => meta);
}

const leftOut = (n: number) => (n === 0 ? undefined : `${n} attachment${n === 1 ? '' : 's'} refused by the attachment rules left out`);

/**
 * Reads every file with the limits `npm run pdf` uses (size checked before reading, the whole decoder's
 * checks, signatures verified). Copies of one portfolio are merged as the app merges a return file;
 * a file that cannot be read is refused with its reason and the others carry on.
 */
export async function loadCohortFiles(paths: readonly CohortPath[], onResult: (result: FileResult) => void): Promise<CohortLoad> {
  const results: FileResult[] = [];
  const byId = new Map<string, LoadedPortfolio>();
  const firstFile = new Map<string, string>();
  const report = (result: FileResult) => {
    results.push(result);
    onResult(result);
  };
  for (const entry of paths) {
    const { path } = entry;
    if ('refused' in entry) {
      report({ path, outcome: 'refused', reason: entry.refused });
      continue;
    }
    try {
      const decoded = await decodeFolio(readInputFile(path));
      if (!decoded.ok) {
        report({ path, outcome: 'refused', reason: decoded.error.message });
        continue;
      }
      const { snapshot } = decoded;
      const note = leftOut(decoded.refusedAttachments.length);
      const incoming: LoadedPortfolio = { ...snapshot, attachments: withoutBytes(snapshot.attachments) };
      const id = snapshot.portfolio.id;
      const earlier = byId.get(id);
      if (!earlier) {
        byId.set(id, incoming);
        firstFile.set(id, path);
        report({ path, outcome: 'loaded', learnerName: snapshot.portfolio.learnerName, learnerNumber: snapshot.portfolio.learnerNumber, ...(note ? { note } : {}) });
        continue;
      }
      const merged = mergeSnapshots(earlier, incoming);
      byId.set(id, merged.snapshot);
      const conflicts = merged.conflicts.length > 0 ? `${merged.conflicts.length} conflicting change${merged.conflicts.length === 1 ? '' : 's'} between the copies (open them in Folio to see both sides)` : undefined;
      const notes = [note, conflicts].filter(Boolean).join('; ');
      report({ path, outcome: 'merged', learnerName: merged.snapshot.portfolio.learnerName, into: firstFile.get(id) ?? '', changed: merged.changed, ...(notes ? { note: notes } : {}) });
    } catch (e) {
      report({ path, outcome: 'refused', reason: e instanceof CliError ? e.message.replace(/^Cannot read .*?: /, '') : errorDetail(e) });
    }
  }
  return { results, portfolios: [...byId.values()], firstFile };
}

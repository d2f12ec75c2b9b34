import { decodeFolio } from '../../domain/portfolio-file';
import { resultTransferList, type DecodeRequest, type ImportReply } from './import-protocol';
import { errorClause } from '../../domain/error-detail';

export type DecodeFn = typeof decodeFolio;
export type PostImportReply = (reply: ImportReply, transfer: Transferable[]) => void;

/** How many progress messages one check sends at most: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_STEPS = 100;

/**
 * The worker's side of one import check: decode the bytes, reporting progress as it goes, then send
 * the result back with the attachments' bytes moved, not copied. Every reply carries the job id.
 */
export async function handleDecodeRequest(request: DecodeRequest, post: PostImportReply, decode: DecodeFn = decodeFolio): Promise<void> {
  const { jobId } = request;
  let lastStep = -1;
  try {
    const result = await decode(request.bytes, {
      ...request.limits,
      onProgress: (done, total) => {
        const step = total === 0 ? PROGRESS_STEPS : Math.floor((done / total) * PROGRESS_STEPS);
        if (step === lastStep) return;
        lastStep = step;
        post({ type: 'progress', jobId, done, total }, []);
      },
    });
    post({ type: 'done', jobId, result }, resultTransferList(result));
  } catch (e) {
    post({ type: 'error', jobId, message: `The file could not be checked: ${errorClause(e)}. Nothing on this device was changed.` }, []);
  }
}

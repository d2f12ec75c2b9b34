import { useState } from 'react';
import { errorDetail } from '../domain/error-detail';
import { ErrorNotice } from './error-notice';

/**
 * What came of the last action of a form: a status line when it worked (announced politely), the
 * reason when it did not (announced at once). `run` clears both, then sets one.
 */
export function useOutcome() {
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  async function run(action: () => Promise<string>, fallback: string): Promise<boolean> {
    setDone(null);
    setFailure(null);
    try {
      setDone(await action());
      return true;
    } catch (e) {
      setFailure(errorDetail(e, fallback));
      return false;
    }
  }
  return { done, failure, run };
}

export function OutcomeNotices({ done, failure }: { done: string | null; failure: string | null }) {
  return (
    <>
      <p role="status" className={done ? 'notice notice--ok' : 'visually-hidden'}>
        {done}
      </p>
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
    </>
  );
}

import { useState } from 'react';
import { clock, writeSnapshot } from '../../db';

/** Writes a fresh copy of the demo portfolio (new ids each time) and returns its id. */
export function useLoadDemo() {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadDemo(): Promise<string | undefined> {
    setLoading(true);
    setError(null);
    try {
      // The demo's content and its image encoders load only when asked for, never at start-up.
      const { buildDemoPortfolio } = await import('../../samples/demo-photos');
      const snapshot = await buildDemoPortfolio({ now: clock.now(), newId: () => crypto.randomUUID() });
      await writeSnapshot(snapshot, { replace: false });
      return snapshot.portfolio.id;
    } catch (e) {
      setError(e instanceof Error ? `The demo portfolio could not be loaded: ${e.message}` : 'The demo portfolio could not be loaded.');
      return undefined;
    } finally {
      setLoading(false);
    }
  }

  return { loadDemo, loading, error };
}

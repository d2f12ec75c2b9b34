import { useEffect, useState } from 'react';

export type DeviceStorage =
  | { phase: 'checking' }
  /** The browser has no Storage API (an old browser, or a page not served securely). */
  | { phase: 'unsupported' }
  | {
      phase: 'known';
      usage: number | undefined;
      quota: number | undefined;
      /** undefined when the browser will not say. */
      persisted: boolean | undefined;
      canAsk: boolean;
    };

/** Older browsers lack the whole API or parts of it, whatever lib.dom says. */
function storageManager(): Partial<StorageManager> | undefined {
  const storage: Partial<StorageManager> | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage;
}

async function readDeviceStorage(): Promise<DeviceStorage> {
  const storage = storageManager();
  if (!storage || (!storage.estimate && !storage.persisted)) return { phase: 'unsupported' };
  const [estimate, persisted] = await Promise.all([
    storage.estimate ? storage.estimate().catch(() => undefined) : undefined,
    storage.persisted ? storage.persisted().catch(() => undefined) : undefined,
  ]);
  return { phase: 'known', usage: estimate?.usage, quota: estimate?.quota, persisted, canAsk: Boolean(storage.persist) };
}

/** How much this site stores and may store, whether the browser will keep it, and a way to ask it to. */
export function useDeviceStorage() {
  const [state, setState] = useState<DeviceStorage>({ phase: 'checking' });
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    let current = true;
    void readDeviceStorage().then((s) => {
      if (current) setState(s);
    });
    return () => {
      current = false;
    };
  }, []);

  /** Firefox asks the person; Chromium decides silently from how the site is used. */
  async function askToKeep(): Promise<void> {
    const storage = storageManager();
    const granted = storage?.persist ? await storage.persist().catch(() => false) : false;
    setAsked(true);
    setState((s) => (s.phase === 'known' ? { ...s, persisted: granted } : s));
  }

  return { state, asked, askToKeep };
}

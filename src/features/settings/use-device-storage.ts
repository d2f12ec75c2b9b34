import { useEffect, useState } from 'react';
import { askToKeepStorage, rememberedStorageAnswer, type StorageAnswer } from '../../ui/persistent-storage';

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
      /** What the browser answered when Folio last asked on this device, if it has asked. */
      answer: StorageAnswer | undefined;
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
  return { phase: 'known', usage: estimate?.usage, quota: estimate?.quota, persisted, canAsk: Boolean(storage.persist), answer: rememberedStorageAnswer() };
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
    const granted = (await askToKeepStorage()) ?? false;
    setAsked(true);
    setState((s) => (s.phase === 'known' ? { ...s, persisted: granted, answer: rememberedStorageAnswer() } : s));
  }

  return { state, asked, askToKeep };
}

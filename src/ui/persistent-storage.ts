/*
 * Asking the browser to keep Folio's data when the device runs low on space. Firefox may show the
 * person a prompt, so Folio asks when it matters — once, after the first evidence item is saved on
 * this device — never at start-up. The answer is remembered here, for Settings to show.
 */

const KEY = 'folio.persistent-storage';

export interface StorageAnswer {
  /** When Folio asked (ISO timestamp). */
  askedAt: string;
  granted: boolean;
}

function store(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some browsers throw on access when site data is blocked.
    return undefined;
  }
}

/** What the browser answered the last time Folio asked, if it ever did on this device. */
export function rememberedStorageAnswer(): StorageAnswer | undefined {
  try {
    const raw: unknown = JSON.parse(store()?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null || !('askedAt' in raw) || !('granted' in raw)) return undefined;
    return typeof raw.askedAt === 'string' && typeof raw.granted === 'boolean' ? { askedAt: raw.askedAt, granted: raw.granted } : undefined;
  } catch {
    return undefined;
  }
}

function remember(answer: StorageAnswer): void {
  try {
    store()?.setItem(KEY, JSON.stringify(answer));
  } catch {
    // Full or blocked storage: Folio asks again next time, which is harmless.
  }
}

/** Asks the browser to keep the data (Settings' button, or the first save) and remembers the answer. */
export async function askToKeepStorage(now: () => string = () => new Date().toISOString()): Promise<boolean | undefined> {
  const storage: Partial<StorageManager> | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return undefined;
  const already = storage.persisted ? await storage.persisted().catch(() => false) : false;
  const granted = already || (await storage.persist().catch(() => false));
  remember({ askedAt: now(), granted });
  return granted;
}

/** After the first evidence saved on this device: asks once, and never again once an answer is kept. */
export async function askToKeepStorageOnce(): Promise<void> {
  if (rememberedStorageAnswer()) return;
  await askToKeepStorage();
}

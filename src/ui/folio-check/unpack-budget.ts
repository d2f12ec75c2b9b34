import { unpackBudget } from '../../domain/portfolio-file';

/**
 * How much an imported file may unpack to on this device: the free space the browser reports,
 * capped (see `unpackBudget`). A browser without the Storage API gets the cap.
 */
export async function deviceUnpackBudget(): Promise<number> {
  const storage: Partial<StorageManager> | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  return unpackBudget(estimate);
}

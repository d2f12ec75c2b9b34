/** What the device says it has free for this site, in bytes; undefined when the browser will not say. */
export async function deviceFreeSpace(): Promise<number | undefined> {
  // Older browsers lack the whole API or parts of it, whatever lib.dom says.
  const storage: Partial<StorageManager> | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  if (estimate?.quota === undefined) return undefined;
  return Math.max(0, estimate.quota - (estimate.usage ?? 0));
}

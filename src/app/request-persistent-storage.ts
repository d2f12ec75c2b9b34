/**
 * Asks the browser to keep this site's IndexedDB when the device runs low on space; without it,
 * a browser may clear a portfolio that has not been exported. Browsers decide silently (Chromium
 * grants it to sites used often or installed), so the answer only matters to the browser.
 */
export function requestPersistentStorage(): void {
  if (!navigator.storage?.persist) return;
  void navigator.storage.persisted().then((already) => (already ? true : navigator.storage.persist())).catch(() => false);
}

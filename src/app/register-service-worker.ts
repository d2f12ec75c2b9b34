/** Installs the offline cache in the production build; the dev server serves files as they change. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // The app works without it; it only cannot open offline.
      console.warn('Folio could not install its offline cache:', error);
    });
  });
}

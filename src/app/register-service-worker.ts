import { hasUnsavedWork } from '../ui/unsaved-work';
import { BUILD_STARTED, SKIP_WAITING, WHICH_BUILD } from './service-worker-source';

/**
 * - `none`: this tab runs the newest build it knows of.
 * - `waiting`: a new build is installed and waits for the learner to reload.
 * - `activated`: another tab already switched to the new build; reloading this one loads it.
 */
export type UpdateState = 'none' | 'waiting' | 'activated';

const HOUR = 60 * 60 * 1000;

let state: UpdateState = 'none';
let registration: ServiceWorkerRegistration | undefined;
let reloadRequested = false;
const listeners = new Set<() => void>();

function setState(next: UpdateState): void {
  if (state === next) return;
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function updateState(): UpdateState {
  return state;
}

/** The build this page runs, from the tag the build writes into index.html. */
function thisBuild(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="folio-build"]')?.content || undefined;
}

/**
 * Loads the new build when the learner asks, unless a screen holds unsaved changes: then nothing
 * happens and the answer is `unsaved`, so the prompt can say why.
 */
export function applyUpdate(): 'reloading' | 'unsaved' {
  if (hasUnsavedWork()) return 'unsaved';
  reloadRequested = true;
  const waiting = registration?.waiting;
  // The page reloads when the new worker takes control (see controllerchange below).
  if (waiting) waiting.postMessage({ type: SKIP_WAITING });
  else window.location.reload();
  return 'reloading';
}

function watchInstalling(worker: ServiceWorker | null): void {
  worker?.addEventListener('statechange', () => {
    // With no controller this is the first install, not an update.
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setState('waiting');
  });
}

/** Installs the offline cache in the production build and looks for new builds; the dev server serves files as they change. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let hadController = container.controller !== null;

  // The worker asks each tab which build it runs before it deletes an older build's cache.
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data === 'object' && data !== null && 'type' in data && data.type === WHICH_BUILD) event.ports[0]?.postMessage({ build: thisBuild() });
  });
  container.startMessages();
  container.controller?.postMessage({ type: BUILD_STARTED });

  container.addEventListener('controllerchange', () => {
    if (reloadRequested) {
      window.location.reload();
      return;
    }
    // The first worker taking this tab is no news; a later one means a newer build is active.
    if (hadController) setState('activated');
    hadController = true;
  });

  window.addEventListener('load', () => {
    container
      .register('/sw.js')
      .then((reg) => {
        registration = reg;
        if (reg.waiting && container.controller) setState('waiting');
        watchInstalling(reg.installing);
        reg.addEventListener('updatefound', () => watchInstalling(reg.installing));
        const check = () => void reg.update().catch(() => undefined);
        // Tabs stay open for days: look for a new build when the learner comes back, and hourly.
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
        window.setInterval(check, HOUR);
      })
      .catch((error: unknown) => {
        // The app works without it; it only cannot open offline.
        console.warn('Folio could not install its offline cache:', error);
      });
  });
}

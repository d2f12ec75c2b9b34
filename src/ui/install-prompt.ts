/**
 * The browser's offer to install Folio as an app. Chromium fires `beforeinstallprompt` once the
 * page qualifies, often before any lazy screen has loaded, so main.tsx starts listening at once and
 * the offer is kept here until the learner asks for it (src/features/you/install-section.tsx).
 * Browsers without the event (Safari, Firefox) never offer, and no button shows.
 */

/** Chromium's event, which TypeScript's DOM types do not describe. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** What came of asking: installed, turned down, or no offer to ask with. */
export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

let offer: InstallPromptEvent | undefined;
const listeners = new Set<() => void>();

function setOffer(next: InstallPromptEvent | undefined): void {
  offer = next;
  for (const listener of listeners) listener();
}

function isInstallPrompt(event: Event): event is InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function' && 'userChoice' in event;
}

/** Keeps the browser's offer instead of its own mini bar, so Folio shows it where it explains it. */
export function listenForInstallPrompt(target: EventTarget = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPrompt(event)) return;
    event.preventDefault();
    setOffer(event);
  });
  target.addEventListener('appinstalled', () => setOffer(undefined));
}

export function installOffer(): InstallPromptEvent | undefined {
  return offer;
}

export function subscribeToInstallOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Shows the browser's install dialog. An offer can be used once: it is dropped before asking. */
export async function promptInstall(): Promise<InstallOutcome> {
  const event = offer;
  if (!event) return 'unavailable';
  setOffer(undefined);
  await event.prompt();
  return (await event.userChoice).outcome;
}

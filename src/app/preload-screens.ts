import { screens } from './screens';

export type ScreenName = keyof typeof screens;

/**
 * Fetches a screen's chunk ahead of a visit, so that moving to it feels instant: the router's own
 * `lazy` then finds the module already loaded. A failed fetch is dropped here on purpose: the
 * router tries again on the visit itself and shows its error there, if there is one.
 */
export function preloadScreen(name: ScreenName): void {
  screens[name]().catch(() => undefined);
}

/** The screens a learner most often opens from the dashboard: fetched once the browser is idle. */
const likelyNext: readonly ScreenName[] = ['evidenceList', 'evidenceEditor'];

/** Starts fetching the likely next screens when the browser is idle; returns a cancel for unmount. */
export function preloadLikelyScreens(): () => void {
  const preload = () => likelyNext.forEach(preloadScreen);
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(preload, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(preload, 200);
  return () => window.clearTimeout(id);
}

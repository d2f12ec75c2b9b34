import { useSyncExternalStore } from 'react';

/** A pointer that can hover and aim finely (a mouse or trackpad): where dragging files in is possible. */
const QUERY = '(hover: hover) and (pointer: fine)';

function media(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : undefined;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True where the learner can drag files onto the page; it follows a tablet docking a mouse or losing it. */
export function useCanDrag(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false);
}

/** A one-off status message carried to the next page in the router's location state. */
export interface FlashState {
  status: string;
}

export function flashOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('status' in state)) return undefined;
  return typeof state.status === 'string' ? state.status : undefined;
}

import { useSyncExternalStore } from 'react';
import { db } from './database';
import type { DatabaseStatus } from './database-guard';

/** Whether this tab's database connection may still be used; re-renders when that changes. */
export function useDatabaseStatus(): DatabaseStatus {
  const guard = db().guard;
  return useSyncExternalStore(guard.subscribe, guard.status, guard.status);
}

import type { VersionContent } from './records';
import { structuredContentKeys } from './schemas';

export type StructuredContentKey = (typeof structuredContentKeys)[number];

/** The structured parts (format 4) an item has, copied; an empty list is left out, as if never set. */
export function structuredContentOf(item: VersionContent): Partial<Pick<VersionContent, StructuredContentKey>> {
  const out: Partial<Record<StructuredContentKey, unknown>> = {};
  for (const key of structuredContentKeys) {
    const value = item[key];
    if (value && value.length > 0) out[key] = structuredClone(value);
  }
  return out as Partial<Pick<VersionContent, StructuredContentKey>>;
}
import { unitOf } from '../../catalogue';
import { kindLabel } from '../../domain/evidence-kinds';
import type { Evidence, Mapping } from '../../domain/schemas';
import { structuredListKeys } from '../../domain/structured-lists';

/** The list's filters, as they live in the URL: `?q=…&kind=…&unit=EXT` (or `unit=none` for not mapped yet). */
export interface EvidenceFilters {
  q: string;
  kind: string;
  /** A unit id, `none` for items not mapped yet, or '' for all. */
  unit: string;
}

export const NOT_MAPPED = 'none';

export function readFilters(params: URLSearchParams): EvidenceFilters {
  return { q: params.get('q') ?? '', kind: params.get('kind') ?? '', unit: params.get('unit') ?? '' };
}

/** Only the filters in use go into the URL, so a plain list has a plain address. */
export function writeFilters(filters: EvidenceFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim() !== '') params.set('q', filters.q);
  if (filters.kind !== '') params.set('kind', filters.kind);
  if (filters.unit !== '') params.set('unit', filters.unit);
  return params;
}

export function hasFilters(filters: EvidenceFilters): boolean {
  return filters.q.trim() !== '' || filters.kind !== '' || filters.unit !== '';
}

/** Lower case without accents, so "Zoe" finds "Zoë" and "cafe" finds "café". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchableText(item: Evidence): string {
  // The ticked lists too, so "equality act" or "customer charter" finds every item tagged with it.
  const lists = structuredListKeys.flatMap((key) => item[key] ?? []);
  return fold([item.ref, item.title, kindLabel(item.kind), item.reflection, ...Object.values(item.fields), ...item.tags, ...lists].join('\n'));
}

/** Every word of the search must appear somewhere in the item; kind and unit narrow further. */
export function filterEvidence(items: readonly Evidence[], mappings: readonly Mapping[], filters: EvidenceFilters): Evidence[] {
  const words = fold(filters.q).split(/\s+/).filter(Boolean);
  const pointsByItem = new Map<string, string[]>();
  for (const m of mappings) pointsByItem.set(m.evidenceId, [...(pointsByItem.get(m.evidenceId) ?? []), m.markingPointId]);
  return items.filter((item) => {
    if (filters.kind !== '' && item.kind !== filters.kind) return false;
    const points = pointsByItem.get(item.id) ?? [];
    if (filters.unit === NOT_MAPPED && points.length > 0) return false;
    if (filters.unit !== '' && filters.unit !== NOT_MAPPED && !points.some((p) => unitOf(p)?.id === filters.unit)) return false;
    if (words.length === 0) return true;
    const text = searchableText(item);
    return words.every((w) => text.includes(w));
  });
}

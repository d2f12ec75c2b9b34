import { findKind } from './evidence-kinds';

/** What the reflection asks, each a question in its own words, so it can be left out where the kind asks it already. */
const prompts = ['what you did and why', 'what you learned', 'what you would do differently'] as const;

const plain = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The reflection's hint for a kind, leaving out every prompt one of the kind's own fields already asks
 * (the reflective account has "What you did and why" as a field), so no question is asked twice.
 */
export function reflectionHint(kind: string): string {
  const asked = new Set((findKind(kind)?.fields ?? []).map((f) => plain(f.label)));
  const left = prompts.filter((p) => !asked.has(p));
  const last = left.at(-1);
  if (last === undefined) return 'Anything else you learned from this.';
  const list = left.length === 1 ? last : `${left.slice(0, -1).join(', ')}${left.length > 2 ? ',' : ''} and ${last}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
}

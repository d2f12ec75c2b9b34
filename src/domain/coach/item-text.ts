import { shortForMessage } from '../short-for-message';
import type { Evidence, Mapping } from '../schemas';

/** How a message names an item: its reference and its title, cut to a readable length. */
export function itemName(item: Pick<Evidence, 'ref' | 'title'>): string {
  return `${item.ref} “${shortForMessage(item.title, 60)}”`;
}

/** A field's value with its surrounding spaces gone ('' when the field is absent). */
export function field(item: Pick<Evidence, 'fields'>, key: string): string {
  return (item.fields[key] ?? '').trim();
}

/** Everything the learner wrote on an item, for checks that look for a mention anywhere. */
export function allText(item: Pick<Evidence, 'title' | 'fields' | 'reflection' | 'tags'>): string {
  return [item.title, ...Object.values(item.fields), item.reflection, ...item.tags].join('\n');
}

/** Words as a reader counts them: runs of letters or digits, apostrophes and hyphens inside a word kept. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The marking point ids each evidence item is mapped to, in mapping order. */
export function pointsByEvidence(mappings: readonly Mapping[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of mappings) {
    const list = out.get(m.evidenceId);
    if (list) list.push(m.markingPointId);
    else out.set(m.evidenceId, [m.markingPointId]);
  }
  return out;
}

/** "a", "a or b", "a, b or c": a list as a sentence says it. */
export function wordList(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** "1 marking point", "3 marking points": the app's own rule, so the PDF and the screens agree. */
export { plural } from '../../domain/plural';

/** "A", "A and B", "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

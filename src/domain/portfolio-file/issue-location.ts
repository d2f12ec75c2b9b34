import { shortForMessage } from '../short-for-message';

/** The raw portfolio.json as far as naming a record needs: whatever it holds, read defensively. */
type Raw = Record<string, unknown>;

function at(raw: unknown, key: PropertyKey): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Raw)[String(key)] : undefined;
}

/** A string from the file, cut and with its control characters shown, ready to go in a message. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? shortForMessage(value) : undefined;
}

/** How a person would name record `index` of `table`: "evidence E004", "mapping E002 → EXT-1". */
function recordName(data: unknown, table: string, index: number): string {
  const row = at(at(data, table), index);
  const evidenceRef = (evidenceId: unknown): string => {
    const list = at(data, 'evidence');
    const found = Array.isArray(list) ? list.find((e) => at(e, 'id') === evidenceId) : undefined;
    return text(at(found, 'ref')) ?? `evidence ${text(evidenceId) ?? '(unknown)'}`;
  };
  const n = index + 1;
  switch (table) {
    case 'evidence':
      return `evidence ${text(at(row, 'ref')) ?? `item ${n}`}`;
    case 'mappings':
      return `mapping ${evidenceRef(at(row, 'evidenceId'))} → ${text(at(row, 'markingPointId')) ?? `(mapping ${n})`}`;
    case 'attachments': {
      const name = text(at(row, 'name'));
      return name ? `attachment “${name}”` : `attachment ${n}`;
    }
    case 'decisions':
      return `decision ${text(at(row, 'markingPointId')) ?? n}`;
    case 'audit':
      return `audit entry ${n}`;
    case 'versions': {
      const version = at(row, 'version');
      return `version ${typeof version === 'number' ? version : `(entry ${n})`} of ${evidenceRef(at(row, 'evidenceId'))}`;
    }
    case 'records':
      return `${text(at(row, 'type')) ?? 'record'} record ${n}`;
    case 'keys':
      return `signer’s key ${n}`;
    default:
      return `${table} ${n}`;
  }
}

/** "evidence E004: date" from a zod issue on portfolio.json. */
export function issueLocation(data: unknown, path: readonly PropertyKey[]): string {
  const [table, index, ...rest] = path;
  if (table === undefined) return 'portfolio.json';
  if (table === 'portfolio') {
    return index === undefined ? 'portfolio' : `portfolio: ${shortForMessage([index, ...rest].map(String).join('.'))}`;
  }
  if (typeof index !== 'number') return shortForMessage(String(table));
  const field = shortForMessage(rest.map(String).join('.'));
  return field ? `${recordName(data, String(table), index)}: ${field}` : recordName(data, String(table), index);
}

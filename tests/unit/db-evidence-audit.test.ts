import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, db, FolioDatabase, setDatabase } from '../../src/db';
import { saveEvidence } from '../../src/db/evidence-writes';
import { sha256Hex } from '../../src/domain/hash';
import { evidenceInput } from '../components/support/seed';

const input = (title: string, reflection = 'What I learned.') => evidenceInput({ title, reflection });

beforeEach(() => {
  setDatabase(new FolioDatabase(`audit-${crypto.randomUUID()}`));
});

async function details(portfolioId: string): Promise<string[]> {
  return (await db().audit.where('portfolioId').equals(portfolioId).sortBy('at')).filter((a) => a.action === 'evidence updated').map((a) => a.detail);
}

describe('the audit entry of an edit', () => {
  it('names the fields the edit changed, attachments and mappings included', async () => {
    const p = await createPortfolio({ learnerName: 'Sam Carter', learnerNumber: 'L1', centre: 'Centre', assessorName: 'Morgan Ellis', startDate: '2026-09-01' });
    const item = await saveEvidence({ portfolioId: p.id, input: input('Letter'), mappings: [] });
    await saveEvidence({ portfolioId: p.id, evidenceId: item.id, input: input('Letter to a customer', 'Something else.'), mappings: [{ markingPointId: 'CR-1', rationale: 'It shows it' }] });
    const bytes = new TextEncoder().encode('scan');
    await saveEvidence({
      portfolioId: p.id,
      evidenceId: item.id,
      input: input('Letter to a customer', 'Something else.'),
      mappings: [{ markingPointId: 'CR-1', rationale: 'It shows it' }],
      addAttachments: [{ name: 'scan.txt', type: 'text/plain', size: bytes.length, sha256: await sha256Hex(bytes), blob: new Blob([bytes]) }],
    });
    await saveEvidence({ portfolioId: p.id, evidenceId: item.id, input: input('Letter to a customer', 'Something else.'), mappings: [{ markingPointId: 'CR-1', rationale: 'It shows it' }] });
    expect(await details(p.id)).toEqual([
      'E001 Letter to a customer (changed: Title, Reflection, Mapping to CR-1)',
      'E001 Letter to a customer (changed: Attachments)',
      'E001 Letter to a customer (saved with no changes)',
    ]);
  });
});

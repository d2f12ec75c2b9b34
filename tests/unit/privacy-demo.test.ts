import { describe, expect, it } from 'vitest';
import { scanEvidence } from '../../src/domain/privacy/scan-evidence';
import { buildDemoSnapshot } from '../../src/samples/demo';

describe('the privacy scan on the demo portfolio', () => {
  /*
   * The demo plants made-up customer contact details in three items (src/samples/demo.ts) so the
   * warning and redaction can be seen; every other item, and every attachment name, is clean.
   */
  it('finds exactly the personal data planted in E003, E004 and E018', async () => {
    let n = 0;
    const snapshot = await buildDemoSnapshot({ now: '2026-11-22T10:00:00.000Z', newId: () => `id-${++n}` });
    const found = scanEvidence(snapshot.evidence, snapshot.attachments, {}).map((f) => ({
      ref: f.ref,
      where: f.where.part === 'field' ? f.where.key : f.where.part,
      kind: f.finding.kind,
      text: f.finding.text,
    }));
    expect(found).toEqual([
      { ref: 'E003', where: 'summary', kind: 'email', text: 'r.patel@example.co.uk' },
      { ref: 'E003', where: 'summary', kind: 'phone', text: '020 7946 0321' },
      { ref: 'E004', where: 'summary', kind: 'phone', text: '07700 900123' },
      { ref: 'E004', where: 'acknowledgement', kind: 'postcode', text: 'LS99 9ZZ' },
      { ref: 'E018', where: 'feedback', kind: 'email', text: 'p.okafor@example.com' },
      { ref: 'E018', where: 'feedback', kind: 'phone', text: '+44 7700 900456' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { scanEvidence, type ScannedEvidence } from '../../src/domain/privacy/scan-evidence';

const item = (id: string, ref: string, overrides: Partial<ScannedEvidence> = {}): ScannedEvidence => ({
  id,
  ref,
  title: 'Phone call with a customer',
  fields: {},
  reflection: '',
  tags: [],
  ...overrides,
});

describe('scanEvidence', () => {
  it('finds personal data in the structured parts a learner types: lists, KPI measures and units, cycle names', () => {
    const items = [
      item('e1', 'E001', {
        factors: ['Resources', 'What Zoë Adams expected'],
        policies: ['Refunds (ask zoe@example.com)'],
        kpiRows: [{ measure: 'Calls back to 07700 900123', unit: 'calls' }],
        cycles: [{ cycle: 'Zoë Adams complaint' }],
      }),
    ];
    const found = scanEvidence(items, [], { peopleToRedact: ['Zoë Adams'] });
    expect(found.map((f) => [f.where, f.finding.kind])).toEqual([
      [{ part: 'list', key: 'factors', index: 1 }, 'person'],
      [{ part: 'list', key: 'policies', index: 0 }, 'email'],
      [{ part: 'kpi', index: 0, key: 'measure' }, 'phone'],
      [{ part: 'cycle', index: 0 }, 'person'],
    ]);
  });

  it('finds personal data in every part of an item and says where', () => {
    const items = [
      item('e1', 'E001', {
        title: 'Call from Zoë Adams',
        fields: { channel: 'Phone', summary: 'She gave 07700 900123 and SW1A 1AA.' },
        reflection: 'I should have asked before noting zoe@example.com.',
        tags: ['complaints', 'AB 12 34 56 C'],
      }),
    ];
    const attachments = [
      { id: 'a1', evidenceId: 'e1', name: 'letter-to-zoe@example.com.pdf' },
      { id: 'a2', evidenceId: 'e1', name: 'rota.pdf' },
    ];
    const found = scanEvidence(items, attachments, { peopleToRedact: ['Zoë Adams'] });
    expect(found.map((f) => [f.ref, f.where, f.finding.kind, f.finding.text])).toEqual([
      ['E001', { part: 'title' }, 'person', 'Zoë Adams'],
      ['E001', { part: 'field', key: 'summary' }, 'phone', '07700 900123'],
      ['E001', { part: 'field', key: 'summary' }, 'postcode', 'SW1A 1AA'],
      ['E001', { part: 'reflection' }, 'email', 'zoe@example.com'],
      ['E001', { part: 'tag', index: 1 }, 'ni-number', 'AB 12 34 56 C'],
      ['E001', { part: 'attachment name', attachmentId: 'a1' }, 'email', 'letter-to-zoe@example.com.pdf'],
    ]);
    expect(found.every((f) => f.evidenceId === 'e1')).toBe(true);
  });

  it('gives offsets into the part the finding is in', () => {
    const [finding] = scanEvidence([item('e1', 'E001', { fields: { notes: 'Ring 0161 496 0000' } })], []);
    expect(finding?.finding).toEqual({ kind: 'phone', text: '0161 496 0000', start: 5, end: 18 });
  });

  it('keeps items in the order given and each attachment with its own item', () => {
    const items = [item('e2', 'E002', { title: 'Visit to M1 1AE' }), item('e1', 'E001')];
    const attachments = [
      { id: 'a1', evidenceId: 'e1', name: 'call 07700 900123.jpg' },
      { id: 'a9', evidenceId: 'gone', name: 'call 07700 900999.jpg' },
    ];
    const found = scanEvidence(items, attachments);
    expect(found.map((f) => [f.evidenceId, f.ref, f.finding.text])).toEqual([
      ['e2', 'E002', 'M1 1AE'],
      ['e1', 'E001', '07700 900123'],
    ]);
  });

  it('finds nothing in evidence without personal data', () => {
    const clean = item('e1', 'E001', {
      fields: { summary: 'On 12/03/2026 at 14:30 a refund of £1,234.56 was agreed (see E004).' },
      reflection: 'Next time I would confirm the refund in writing within 24 hours.',
      tags: ['refunds'],
    });
    expect(scanEvidence([clean], [{ id: 'a1', evidenceId: 'e1', name: 'receipt-2026-03-12.pdf' }], { peopleToRedact: ['Zoë'] })).toEqual([]);
  });
});

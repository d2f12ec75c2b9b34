import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/domain/hash';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { acceptedSamples } from '../fixtures/attachment-samples';
import { hostileSnapshot } from '../fixtures/hostile-folio';

const meta = { appVersion: 'test', now: '2026-11-22T14:05:00.000Z' };

describe('decodeFolio holds every attachment to the attachment rules', () => {
  it('leaves out a web page typed image/png and an SVG drawing, listing both with a reason, and keeps the rest', async () => {
    const { snapshot, page, svg } = await hostileSnapshot();
    const decoded = await decodeFolio(await encodeFolio(snapshot, meta));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const refsById = new Map(snapshot.evidence.map((e) => [e.id, e.ref]));
    expect(decoded.refusedAttachments).toEqual([
      { id: page.id, name: 'till-receipt-photo-from-the-front-desk-on-a-bus…-morning.png', evidenceRef: refsById.get(page.evidenceId), code: 'active-content', reason: expect.stringContaining('is really a web page (HTML)') },
      { id: svg.id, name: 'logo.svg', evidenceRef: refsById.get(svg.evidenceId), code: 'active-content', reason: expect.stringContaining('logo.svg is an SVG drawing') },
    ]);
    const keptIds = decoded.snapshot.attachments.map((a) => a.id);
    expect(keptIds).not.toContain(page.id);
    expect(keptIds).not.toContain(svg.id);
    expect(keptIds).toEqual(snapshot.attachments.filter((a) => a !== page && a !== svg).map((a) => a.id));
    expect(keptIds.length).toBeGreaterThan(0);
    // Everything else of the portfolio is there.
    expect(decoded.snapshot.evidence).toEqual(snapshot.evidence);
    expect(decoded.snapshot.mappings).toEqual(snapshot.mappings);
  });

  it('stores the type the rules confirmed, never the type the file declared', async () => {
    const { snapshot, page, svg } = await hostileSnapshot();
    const csv = acceptedSamples.find((s) => s.name.endsWith('.csv'));
    const item = snapshot.evidence[0];
    if (!csv || !item) throw new Error('fixture missing');
    const mislabelled = { id: 'csv-1', portfolioId: snapshot.portfolio.id, evidenceId: item.id, name: 'survey.csv', type: 'application/x-anything', size: csv.bytes.length, sha256: await sha256Hex(csv.bytes), createdAt: meta.now, bytes: csv.bytes };
    // The item's versions keep their own attachments; the mislabelled one comes beside them.
    const kept = snapshot.attachments.filter((a) => a !== page && a !== svg);
    const decoded = await decodeFolio(await encodeFolio({ ...snapshot, attachments: [...kept, mislabelled] }, meta));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.refusedAttachments).toEqual([]);
    expect(decoded.snapshot.attachments.find((a) => a.id === 'csv-1')?.type).toBe('text/csv');
  });

  it('refuses nothing in a file whose attachments are all fine', async () => {
    const { snapshot, page, svg } = await hostileSnapshot();
    const clean = { ...snapshot, attachments: snapshot.attachments.filter((a) => a !== page && a !== svg) };
    const decoded = await decodeFolio(await encodeFolio(clean, meta));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.refusedAttachments).toEqual([]);
    expect(decoded.snapshot).toStrictEqual(clean);
  });
});

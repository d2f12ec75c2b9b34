import { beforeEach, describe, expect, it } from 'vitest';
import { createPortfolio, FolioDatabase, listAttachments, setDatabase, db } from '../../src/db';
import { deleteEvidence, saveEvidence } from '../../src/db/evidence-writes';
import { sha256Hex } from '../../src/domain/hash';
import { checkAttachment } from '../../src/domain/attachments';
import { readAttachment } from '../../src/features/evidence/read-attachment';

// Node environment on purpose: in jsdom a Blob stored through fake-indexeddb comes back empty (GUIDE §9).
const input = {
  title: 'Photo of the complaints log',
  kind: 'other' as const,
  date: '2026-03-02',
  customerType: 'external' as const,
  fields: { description: 'The log page' },
  reflection: '',
  tags: [],
};

async function pending(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const check = checkAttachment({ name, type: '', bytes });
  if (!check.ok) throw new Error(check.reason);
  return { name, type: check.type, size: bytes.byteLength, sha256: await sha256Hex(bytes), blob: new Blob([bytes], { type: check.type }) };
}

describe('attachments saved with an evidence item', () => {
  let portfolioId = '';
  beforeEach(async () => {
    setDatabase(new FolioDatabase(`test-${crypto.randomUUID()}`));
    portfolioId = (await createPortfolio({ learnerName: 'Zoë Brontë', learnerNumber: 'L1', centre: 'C', assessorName: 'A', startDate: '2026-01-01' })).id;
  });

  it('stores the bytes, type, size and hash, and reads the same bytes back', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const item = await saveEvidence({ portfolioId, input, mappings: [{ markingPointId: 'REL-4', rationale: 'Shows the log' }], addAttachments: [await pending('log.png', bytes)] });
    const [row] = await listAttachments(item.id);
    expect(row).toMatchObject({ name: 'log.png', type: 'image/png', size: 8, evidenceId: item.id, portfolioId });
    expect(row?.sha256).toBe(await sha256Hex(bytes));
    const back = new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer());
    expect(Array.from(back)).toEqual(Array.from(bytes));
    expect(await sha256Hex(back)).toBe(row?.sha256);
  });

  it('removes the attachments asked for and adds new ones in the same save', async () => {
    const first = await pending('a.txt', new TextEncoder().encode('first'));
    const item = await saveEvidence({ portfolioId, input, mappings: [], addAttachments: [first] });
    const [old] = await listAttachments(item.id);
    await saveEvidence({ portfolioId, evidenceId: item.id, input, mappings: [], addAttachments: [await pending('b.txt', new TextEncoder().encode('second'))], removeAttachmentIds: [old?.id ?? ''] });
    const rows = await listAttachments(item.id);
    expect(rows.map((r) => r.name)).toEqual(['b.txt']);
    expect(await rows[0]?.blob.text()).toBe('second');
  });

  it('leaves no attachment or mapping behind when the item is deleted', async () => {
    const item = await saveEvidence({ portfolioId, input, mappings: [{ markingPointId: 'EXT-1', rationale: 'r' }], addAttachments: [await pending('a.pdf', new Uint8Array([37, 80, 68, 70]))] });
    await deleteEvidence(item.id);
    expect(await db().attachments.count()).toBe(0);
    expect(await db().mappings.count()).toBe(0);
  });
});

describe('readAttachment', () => {
  it('reads and hashes an accepted file', async () => {
    const result = await readAttachment(new File(['hello'], 'note.txt', { type: 'text/plain' }));
    expect(result).toMatchObject({ ok: true, attachment: { name: 'note.txt', type: 'text/plain', size: 5, sha256: await sha256Hex(new TextEncoder().encode('hello')) } });
  });

  it('refuses a file without reading it', async () => {
    const file = new File(['x'], 'clip.mp4', { type: 'video/mp4' });
    file.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    expect(await readAttachment(file)).toEqual({ ok: false, code: 'type-not-accepted', reason: expect.stringContaining('clip.mp4 is a video file') });
  });

  it('reads the bytes and refuses a web page named photo.png, whatever type the browser reported', async () => {
    const page = new File(['<!doctype html><script>indexedDB.databases()</script>'], 'photo.png', { type: 'image/png' });
    expect(await readAttachment(page)).toEqual({ ok: false, code: 'active-content', reason: expect.stringContaining('photo.png is really a web page (HTML)') });
  });

  it('stores the type the rules confirmed, not the one the browser reported', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'log.png', { type: 'text/x-made-up' });
    const result = await readAttachment(png);
    expect(result).toMatchObject({ ok: true, attachment: { type: 'image/png' } });
    expect(result.ok && result.attachment.blob.type).toBe('image/png');
  });
});

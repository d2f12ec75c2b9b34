import { describe, expect, it } from 'vitest';
import { deriveCurrent, headsOf } from '../../src/domain/history';
import { Device, PORTFOLIO_ID, World } from './device-sim';

async function twoDevicesSharing(): Promise<{ a: Device; b: Device; id: string }> {
  const world = new World();
  const a = new Device(world, 'a');
  const id = await a.create('Complaint handled');
  await a.map(id, 'CR-1', 'I logged and resolved it');
  const b = new Device(world, 'b', a.exportCopy());
  return { a, b, id };
}

describe('deriveCurrent', () => {
  it('shows each item at its latest version with that version’s mappings', async () => {
    const { a, id } = await twoDevicesSharing();
    await a.edit(id, 'Complaint handled well');
    const s = a.snapshot;
    const current = deriveCurrent(PORTFOLIO_ID, s.versions, s.records);
    expect(current.evidence.map((e) => [e.id, e.title, e.ref, e.version])).toEqual([[id, 'Complaint handled well', 'E001', 3]]);
    expect(current.mappings.map((m) => [m.markingPointId, m.rationale])).toEqual([['CR-1', 'I logged and resolved it']]);
    expect(current.conflicts).toEqual([]);
  });

  it('flags two heads as edits made on two devices, shows the newest and keeps both', async () => {
    const { a, b, id } = await twoDevicesSharing();
    await a.edit(id, 'Title from A');
    await b.edit(id, 'Title from B');
    a.importCopy(b.exportCopy());
    const s = a.snapshot;
    const current = deriveCurrent(PORTFOLIO_ID, s.versions, s.records, s.evidence);
    expect(current.evidence.map((e) => e.title)).toEqual(['Title from B']);
    expect(current.conflicts).toHaveLength(1);
    const [conflict] = current.conflicts;
    expect(conflict?.kind).toBe('concurrent-edits');
    if (conflict?.kind !== 'concurrent-edits') return;
    expect(conflict.heads.map((h) => h.content.title)).toEqual(['Title from B', 'Title from A']);
  });

  it('settles the conflict when a version follows both heads', async () => {
    const { a, b, id } = await twoDevicesSharing();
    await a.edit(id, 'Title from A');
    await b.edit(id, 'Title from B');
    a.importCopy(b.exportCopy());
    const heads = headsOf(a.snapshot.versions.filter((v) => v.evidenceId === id)).map((v) => v.id);
    const older = heads[1] ?? '';
    await a.keep(id, older, heads);
    const s = a.snapshot;
    const current = deriveCurrent(PORTFOLIO_ID, s.versions, s.records, s.evidence);
    expect(current.conflicts).toEqual([]);
    expect(current.evidence.map((e) => e.title)).toEqual(['Title from A']);
    expect(s.versions.filter((v) => v.evidenceId === id)).toHaveLength(5);
  });

  it('removes the versions a tombstone lists, and the item with them', async () => {
    const { a, id } = await twoDevicesSharing();
    a.delete(id);
    const s = a.snapshot;
    expect(deriveCurrent(PORTFOLIO_ID, s.versions, s.records).evidence).toEqual([]);
  });

  it('brings an item back, flagged, when it was edited elsewhere after it was deleted', async () => {
    const { a, b, id } = await twoDevicesSharing();
    a.delete(id);
    await b.edit(id, 'Edited on B');
    a.importCopy(b.exportCopy());
    const s = a.snapshot;
    const current = deriveCurrent(PORTFOLIO_ID, s.versions, s.records, s.evidence);
    expect(current.evidence.map((e) => e.title)).toEqual(['Edited on B']);
    expect(current.conflicts.map((c) => c.kind)).toEqual(['edited-after-delete']);
    // Keeping it answers the tombstone: the flag goes, the deletion stays on record.
    const tombstone = s.records.find((r) => r.type === 'tombstone');
    const head = current.evidence[0]?.versionId ?? '';
    await a.keep(id, head, [head], tombstone ? [tombstone.id] : []);
    const after = deriveCurrent(PORTFOLIO_ID, a.snapshot.versions, a.snapshot.records, a.snapshot.evidence);
    expect(after.conflicts).toEqual([]);
    expect(after.evidence.map((e) => e.title)).toEqual(['Edited on B']);
  });

  it('gives the later-created of two items with one number the next number, the same way every time', async () => {
    const world = new World();
    const a = new Device(world, 'a');
    const b = new Device(world, 'b');
    const first = await a.create('Made first on A');
    const second = await b.create('Made second on B');
    const both = [...a.snapshot.versions, ...b.snapshot.versions];
    const one = deriveCurrent(PORTFOLIO_ID, both, []);
    const other = deriveCurrent(PORTFOLIO_ID, [...both].reverse(), []);
    expect(one.evidence.map((e) => [e.id, e.ref])).toEqual([
      [first, 'E001'],
      [second, 'E002'],
    ]);
    expect(other.evidence).toEqual(one.evidence);
  });

  it('keeps the number an item already shows, and never hands out a number below nextNumber', async () => {
    const world = new World();
    const a = new Device(world, 'a');
    const b = new Device(world, 'b');
    const c = new Device(world, 'c');
    const first = await a.create('First');
    const second = await b.create('Second');
    const third = await c.create('Third');
    const versions = [...a.snapshot.versions, ...b.snapshot.versions, ...c.snapshot.versions];
    // This device already showed `second` as E004 (an earlier merge moved it): it keeps E004, though its versions say E001.
    const shown = b.snapshot.evidence.map((e) => ({ ...e, number: 4, ref: 'E004' }));
    const current = deriveCurrent(PORTFOLIO_ID, versions, [], shown, 9);
    expect(current.evidence.map((e) => [e.id, e.number, e.ref])).toEqual([
      [first, 1, 'E001'],
      [second, 4, 'E004'],
      [third, 9, 'E009'],
    ]);
  });

  it('ignores versions and tombstones of other portfolios', async () => {
    const { a } = await twoDevicesSharing();
    expect(deriveCurrent('another', a.snapshot.versions, a.snapshot.records).evidence).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deletedVersionIds, deriveCurrent, headsOf, itemConflicts, tombstonesOf } from '../../src/domain/history';
import { mergeSnapshots } from '../../src/domain/merge';
import type { PortfolioSnapshot } from '../../src/domain/snapshot';
import { Device, emptyPortfolio, PORTFOLIO_ID, World } from './device-sim';

/*
 * Two devices (the learner's and the assessor's, or two of the learner's) change one portfolio in any
 * order and swap copies at any time, in either direction, any copy any number of times. Checked:
 * nothing is lost, merging a copy again changes nothing, and the current state is the same whichever
 * order the copies arrive in.
 */

const points = ['CR-1', 'CR-2', 'PRN-1'] as const;
const dev = fc.constantFrom(0, 1);
const item = fc.nat(5);
const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('create' as const), dev }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit' as const), dev, item }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('map' as const), dev, item, point: fc.constantFrom(...points), rationale: fc.constantFrom('It shows this', 'Shown twice') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unmap' as const), dev, item, point: fc.constantFrom(...points) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('attach' as const), dev, item }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), dev, item }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('decide' as const), dev, point: fc.constantFrom(...points) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('comment' as const), dev, item }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('sign-off' as const), dev }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('resolve' as const), dev, item, head: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('export' as const), dev }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('import' as const), dev, file: fc.nat(20) }) },
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** Everything any device ever held, to check against at the end. */
interface Ledger {
  versions: Map<string, string>;
  decisions: Set<string>;
  records: Set<string>;
  audit: Set<string>;
  attachments: Map<string, string>;
}

function note(ledger: Ledger, s: PortfolioSnapshot): void {
  for (const v of s.versions) ledger.versions.set(v.id, v.contentHash);
  for (const d of s.decisions) ledger.decisions.add(d.id);
  for (const r of s.records) ledger.records.add(r.id);
  for (const a of s.audit) ledger.audit.add(a.id);
  for (const a of s.attachments) ledger.attachments.set(a.id, a.sha256);
}

async function run(steps: readonly Step[]): Promise<{ devices: Device[]; files: PortfolioSnapshot[]; ledger: Ledger }> {
  const world = new World();
  // Both devices start from one copy holding two items (the learner sent it), then go their own ways.
  const first = new Device(world, 'a', emptyPortfolio());
  await first.create('Shared one');
  await first.create('Shared two');
  const devices = [first, new Device(world, 'b', first.exportCopy())];
  const files: PortfolioSnapshot[] = [];
  const ledger: Ledger = { versions: new Map(), decisions: new Set(), records: new Set(), audit: new Set(), attachments: new Map() };
  let n = 0;
  for (const s of steps) {
    const d = devices[s.dev];
    if (!d) continue;
    const items = d.snapshot.evidence.map((e) => e.id);
    const item = 'item' in s ? items[s.item % Math.max(items.length, 1)] : undefined;
    n += 1;
    switch (s.op) {
      case 'create':
        await d.create(`Item ${n}`);
        break;
      case 'edit':
        if (item) await d.edit(item, `Edit ${n}`);
        break;
      case 'map':
        if (item) await d.map(item, s.point, s.rationale);
        break;
      case 'unmap':
        if (item) await d.unmap(item, s.point);
        break;
      case 'attach':
        if (item) await d.attach(item, `file ${n}`);
        break;
      case 'delete':
        if (item) d.delete(item);
        break;
      case 'decide':
        d.decide(s.point);
        break;
      case 'comment':
        if (item) d.comment(item, `Comment ${n}`);
        break;
      case 'sign-off':
        d.signOff('CR', d.snapshot.decisions.slice(-2).map((x) => x.id));
        break;
      case 'resolve': {
        if (!item) break;
        const own = d.snapshot.versions.filter((v) => v.evidenceId === item);
        const conflicts = itemConflicts(item, own, tombstonesOf(d.snapshot.records));
        if (conflicts.length === 0) break;
        const heads = headsOf(own).map((h) => h.id);
        const chosen = heads[s.head % heads.length] ?? '';
        const answered = conflicts.flatMap((c) => (c.kind === 'edited-after-delete' ? c.tombstones.map((t) => t.id) : []));
        await d.keep(item, chosen, heads, answered);
        break;
      }
      case 'export':
        files.push(d.exportCopy());
        break;
      case 'import': {
        const file = files[s.file % Math.max(files.length, 1)];
        if (!file) break;
        d.importCopy(file);
        // Importing the same file again changes nothing.
        const before = structuredClone(d.snapshot);
        const again = d.importCopy(file);
        expect(again.changed).toBe(false);
        expect(d.snapshot).toEqual(before);
        break;
      }
    }
    for (const x of devices) note(ledger, x.snapshot);
  }
  return { devices, files, ledger };
}

/** The current state without item numbers, which a device keeps stable as it first showed them. */
function currentOf(s: PortfolioSnapshot) {
  const current = deriveCurrent(PORTFOLIO_ID, s.versions, s.records, s.evidence, s.portfolio.nextEvidenceNumber);
  return {
    evidence: current.evidence.map(({ number: _n, ref: _r, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id)),
    mappings: current.mappings,
    conflicts: current.conflicts,
    versions: s.versions.map((v) => v.id).sort(),
    decisions: s.decisions.map((d) => d.id).sort(),
    records: s.records.map((r) => r.id).sort(),
    attachments: s.attachments.map((a) => `${a.id} ${a.sha256}`).sort(),
    audit: s.audit.map((a) => a.id).sort(),
  };
}

function expectNothingLost(s: PortfolioSnapshot, ledger: Ledger): void {
  const deleted = deletedVersionIds(s.records);
  const surviving = [...ledger.versions.keys()].filter((id) => !deleted.has(id)).sort();
  expect(s.versions.map((v) => v.id).sort()).toEqual(surviving);
  for (const v of s.versions) expect(v.contentHash).toBe(ledger.versions.get(v.id));
  expect(new Set(s.decisions.map((d) => d.id))).toEqual(ledger.decisions);
  expect(new Set(s.records.map((r) => r.id))).toEqual(ledger.records);
  expect(new Set(s.audit.map((a) => a.id))).toEqual(ledger.audit);
  // Every attachment a kept version names is here, with the file it named.
  const held = new Map(s.attachments.map((a) => [a.id, a.sha256]));
  for (const v of s.versions) for (const a of v.attachments) expect(held.get(a.id)).toBe(a.sha256);
  // Every item with a kept version is shown, at its newest head, with that head's mappings.
  const itemIds = [...new Set(s.versions.map((v) => v.evidenceId))].sort();
  expect(s.evidence.map((e) => e.id).sort()).toEqual(itemIds);
  for (const e of s.evidence) {
    const [head] = headsOf(s.versions.filter((v) => v.evidenceId === e.id));
    expect(e.versionId).toBe(head?.id);
    const shown = s.mappings.filter((m) => m.evidenceId === e.id).map((m) => [m.markingPointId, m.rationale]);
    expect(shown.sort()).toEqual((head?.mappings ?? []).map((m) => [m.markingPointId, m.rationale]).sort());
  }
  const numbers = s.evidence.map((e) => e.number);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(Math.max(0, ...numbers)).toBeLessThan(s.portfolio.nextEvidenceNumber);
}

const runs = { numRuns: 60 };

describe('merge properties (two devices, any edits, any order of exports and imports)', () => {
  it('loses nothing: after the two devices swap copies, each holds every item, version, attachment, mapping, decision, comment and sign-off not deleted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const { devices, ledger } = await run(steps);
        const [a, b] = devices;
        if (!a || !b) return;
        a.importCopy(b.exportCopy());
        b.importCopy(a.exportCopy());
        note(ledger, a.snapshot);
        expectNothingLost(a.snapshot, ledger);
        expectNothingLost(b.snapshot, ledger);
        expect(currentOf(a.snapshot)).toEqual(currentOf(b.snapshot));
      }),
      runs,
    );
  });

  it('is idempotent: merging a copy into the result of merging it changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const { devices } = await run(steps);
        const [a, b] = devices;
        if (!a || !b) return;
        const ab = mergeSnapshots(a.snapshot, b.snapshot);
        const again = mergeSnapshots(a.snapshot, ab.snapshot);
        expect(again.snapshot).toEqual(ab.snapshot);
        const twice = mergeSnapshots(ab.snapshot, b.snapshot);
        expect(twice.changed).toBe(false);
        expect(twice.snapshot).toEqual(ab.snapshot);
        expect(mergeSnapshots(ab.snapshot, ab.snapshot).changed).toBe(false);
      }),
      runs,
    );
  });

  it('does not depend on the order copies arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.infiniteStream(fc.nat()), async (steps, shuffle) => {
        const { devices, files } = await run(steps);
        const all = [...files, ...devices.map((d) => d.exportCopy())];
        const order = all.map((file, i) => ({ file, key: shuffle.next().value ?? i })).sort((x, y) => x.key - y.key);
        const fold = (list: readonly PortfolioSnapshot[]) => list.reduce<PortfolioSnapshot>((acc, file) => mergeSnapshots(acc, file).snapshot, emptyPortfolio());
        const inOrder = fold(all);
        const reversed = fold([...all].reverse());
        const shuffled = fold(order.map((o) => o.file));
        // Numbers are kept as each device first showed them, so they may differ by order; never two alike.
        for (const copy of [inOrder, reversed, shuffled]) {
          const numbers = copy.evidence.map((e) => e.number);
          expect(new Set(numbers).size).toBe(numbers.length);
        }
        expect(currentOf(reversed)).toEqual(currentOf(inOrder));
        expect(currentOf(shuffled)).toEqual(currentOf(inOrder));
        // Merging copies pairwise in a different grouping gives the same too.
        expect(currentOf(mergeSnapshots(inOrder, reversed).snapshot)).toEqual(currentOf(inOrder));
      }),
      runs,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { allMarkingPoints, catalogue } from '../../src/catalogue';
import { buildDemoSnapshot } from '../../src/samples/demo';
import { findKind } from '../../src/domain/evidence-kinds';
import { buildPdfModel } from '../../src/pdf';
import { NOW, buildSnapshot, richPortfolio } from './pdf-helpers';

const all = { now: NOW, includeAttachments: true };

describe('buildPdfModel', () => {
  it('puts who, what, when and how far on the cover', async () => {
    const { snapshot } = await richPortfolio();
    const model = buildPdfModel(snapshot, all);
    const rows = Object.fromEntries(model.cover.rows.map((r) => [r.label, r.value]));
    expect(rows).toMatchObject({
      Learner: 'Zoë Brontë',
      'Learner number': 'CS3-000042',
      'Centre or employer': 'Harbour Lane Building Society — Leeds',
      Qualification: catalogue.title,
      Assessor: 'Łucja Wiśniewska',
      // From the start date to the latest evidence date.
      Period: '2 March 2026 → 1 July 2026',
      'Date generated': '22 November 2026, 14:05',
      // The fixture's one met decision is unsigned: it is printed, but never counted as met.
      'Overall progress': '4 of 21 marking points evidenced (19%), 0 met',
    });
    expect(model.meta).toMatchObject({ author: 'Zoë Brontë', creator: 'Folio' });
    expect(model.meta.title).toContain('Zoë Brontë');
    expect(model.header).toEqual({ left: 'Zoë Brontë', right: catalogue.title });
  });

  it('lists every marking point verbatim with its status and the evidence mapped to it', async () => {
    const { snapshot } = await richPortfolio();
    const model = buildPdfModel(snapshot, all);
    const points = model.coverage.units.flatMap((u) => u.points);
    expect(points.map((p) => [p.id, p.text])).toEqual(allMarkingPoints.map((mp) => [mp.id, mp.text]));
    const byId = new Map(points.map((p) => [p.id, p]));
    expect(byId.get('EXT-3')).toMatchObject({ status: 'met', statusLabel: 'Met', stale: false, evidence: [{ ref: 'E001', anchor: 'evidence:ev-1' }] });
    expect(byId.get('EXT-2')).toMatchObject({ status: 'evidenced', statusLabel: 'Evidenced', evidence: [{ ref: 'E002' }] });
    expect(byId.get('REL-5')).toMatchObject({ status: 'stale', statusLabel: 'Evidence changed since assessment', stale: true, outcomeLabel: 'Not yet met' });
    expect(byId.get('PRN-1')).toMatchObject({ status: 'none', statusLabel: 'No evidence', evidence: [] });
  });

  it('orders the contents as the document runs, with units and items under their sections', async () => {
    const { snapshot } = await richPortfolio();
    const { contents } = buildPdfModel(snapshot, all);
    expect(contents.filter((c) => c.level === 0).map((c) => c.anchor)).toEqual([
      'declaration',
      'coverage',
      'matrix',
      'evidence',
      'decisions',
      'sign-offs',
      'gaps',
    ]);
    const anchors = contents.map((c) => c.anchor);
    const units = catalogue.units.map((u) => `unit:${u.id}`);
    expect(anchors.slice(anchors.indexOf('coverage') + 1, anchors.indexOf('matrix'))).toEqual(units);
    expect(anchors.slice(anchors.indexOf('evidence') + 1, anchors.indexOf('decisions'))).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4'].map((id) => `evidence:${id}`));
    expect(contents.find((c) => c.anchor === 'evidence:ev-2')?.title).toBe('E002  Photos of the queue board');
  });

  it('builds the mapping matrix from the mappings, with a count per marking point', async () => {
    const { snapshot } = await richPortfolio();
    const { matrix } = buildPdfModel(snapshot, all);
    const columns = matrix.units.flatMap((u) => u.points.map((p) => p.id));
    expect(columns).toEqual(allMarkingPoints.map((mp) => mp.id));
    const mapped = (ref: string) => columns.filter((_, i) => matrix.rows.find((r) => r.link.ref === ref)?.cells[i]);
    expect(mapped('E001')).toEqual(['EXT-3', 'REL-4']);
    expect(mapped('E004')).toEqual([]);
    expect(matrix.counts[columns.indexOf('EXT-3')]).toBe(1);
    expect(matrix.counts[columns.indexOf('PRN-1')]).toBe(0);
  });

  it('gives each item every field of its kind, labelled from the kind, dates in British form', async () => {
    const { snapshot } = await richPortfolio();
    const item = buildPdfModel(snapshot, all).evidence.items[0];
    const kind = findKind('complaint');
    expect(item?.fields.map((f) => f.label)).toEqual(kind?.fields.map((f) => f.label));
    const fields = Object.fromEntries(item?.fields.map((f) => [f.label, f.value]) ?? []);
    expect(fields['Date received']).toBe('10 April 2026');
    expect(fields['Formal or informal']).toBe('Formal');
    expect(fields['Escalation (who, and what information you passed on)']).toBe('');
    expect(item?.facts).toContainEqual({ label: 'Kind', value: 'Complaint record' });
    expect(item?.tags).toEqual(['Complaints policy', 'Consumer Rights Act 2015']);
    expect(item?.mappings).toEqual([
      expect.objectContaining({ id: 'EXT-3', rationale: 'Shows every stage: acknowledged, investigated, resolved, improved.' }),
      expect.objectContaining({ id: 'REL-4', rationale: 'Followed our complaints procedure.' }),
    ]);
  });

  it('tells images to embed from other files, reading size and orientation from the bytes', async () => {
    const { snapshot } = await richPortfolio();
    const item = buildPdfModel(snapshot, all).evidence.items[1];
    expect(item?.images.map((i) => [i.name, i.info])).toEqual([
      ['board.png', { format: 'png', width: 60, height: 30, orientation: 1 }],
      ['board-sideways.jpg', { format: 'jpeg', width: 64, height: 32, orientation: 6 }],
    ]);
    expect(item?.files.map((f) => f.name)).toEqual(['minutes.pdf', 'broken.png']);
    const broken = item?.files[1];
    expect(broken?.note).toMatch(/could not be read/);
    expect(broken?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(item?.files[0]?.sizeLabel).toBe('25 bytes');
  });

  it('leaves attachments out when asked, and says so', async () => {
    const { snapshot } = await richPortfolio();
    const item = buildPdfModel(snapshot, { ...all, includeAttachments: false }).evidence.items[1];
    expect(item?.images).toEqual([]);
    expect(item?.files).toEqual([]);
    expect(item?.attachmentsNote).toBe('4 attached files left out of this export.');
  });

  it('limits the export to chosen units: their marking points, the evidence mapped to them, and a note', async () => {
    const { snapshot } = await richPortfolio();
    const model = buildPdfModel(snapshot, { ...all, unitIds: ['EXT'] });
    expect(model.coverage.units.map((u) => u.anchor)).toEqual(['unit:EXT']);
    expect(model.evidence.items.map((i) => i.ref)).toEqual(['E001', 'E002']);
    expect(model.scopeNote).toBe('This export covers Unit 1 (EXT) only, with the 2 evidence items mapped to it.');
    expect(model.cover.notes).toContain(model.scopeNote);
    expect(model.matrix.units.map((u) => u.id)).toEqual(['EXT']);
    expect(model.gaps.rows.map((g) => g.pointId)).toEqual(['EXT-1']);
    expect(model.decisions.rows.map((d) => d.pointId)).toEqual(['EXT-3']);
    expect(model.cover.progress).toEqual({
      label: 'OVERALL PROGRESS',
      text: '67% of marking points evidenced (2 of 3); 0 met by the assessor',
      evidenced: 2,
      met: 0,
      total: 3,
      percent: 67,
    });
  });

  it('refuses a choice of units that matches none in the qualification', async () => {
    const { snapshot } = await richPortfolio();
    expect(() => buildPdfModel(snapshot, { ...all, unitIds: ['XYZ'] })).toThrow('None of the chosen units (XYZ) is part of Level 3 Customer Service.');
  });

  it('flags a decision made on evidence that has changed since', async () => {
    const { snapshot } = await richPortfolio();
    const { decisions } = buildPdfModel(snapshot, all);
    expect(decisions.rows).toEqual([
      expect.objectContaining({ pointId: 'EXT-3', outcome: 'Met', stale: false, basedOn: [{ ref: 'E001', anchor: 'evidence:ev-1' }] }),
      expect.objectContaining({ pointId: 'REL-5', outcome: 'Not yet met', stale: true, feedback: 'Add an example with an external partner.' }),
    ]);
  });

  it('describes an empty portfolio as empty, with every marking point a gap', async () => {
    const { snapshot } = await buildSnapshot([]);
    const model = buildPdfModel(snapshot, all);
    expect(model.isEmpty).toBe(true);
    expect(model.cover.notes).toEqual(['This portfolio contains no evidence yet.']);
    expect(model.evidence.intro).toBe('This portfolio contains no evidence yet.');
    expect(model.gaps.rows).toHaveLength(21);
    expect(model.matrix.rows).toEqual([]);
    expect(model.cover.rows.find((r) => r.label === 'Period')?.value).toBe('From 2 March 2026 (no evidence yet)');
  });

  it('is a pure function of its inputs', async () => {
    let n = 0;
    const snapshot = await buildDemoSnapshot({ now: NOW, newId: () => `id-${(n += 1)}` });
    const before = structuredClone(snapshot);
    const a = buildPdfModel(snapshot, all);
    const b = buildPdfModel(snapshot, all);
    expect(a).toEqual(b);
    expect(snapshot).toEqual(before);
    expect(a.evidence.items).toHaveLength(snapshot.evidence.length);
  });
});

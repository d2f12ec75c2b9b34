import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FolioDatabase } from '../../src/db';
import { SCHEMA_V4 } from '../../src/db/schema-versions';
import { contentHash } from '../../src/domain/evidence-hash';
import { firstVersionOf } from '../../src/domain/first-version';
import type { Evidence } from '../../src/domain/schemas';
import { versionContentOf } from '../../src/domain/versions';
import { evidenceFormSchema, formValuesOf, sameValues } from '../../src/features/evidence/form-values';

/*
 * KPI rows need no Dexie upgrade: they are an optional, unindexed part of an evidence row and its
 * versions, and a report stored as text keeps its `kpis` field as it was. What must hold is that such a
 * database opens with today's code with the text intact and every hash unchanged, and that opening the
 * item in the editor and saving it untouched adds no rows and moves no hash.
 */
const text = 'Replies within 24 hours: 61% before, 78% after';
const report = {
  id: 'ev-1',
  portfolioId: 'p-1',
  number: 1,
  ref: 'E001',
  title: 'Quarter 3 review',
  kind: 'performance-report' as const,
  date: '2026-09-30',
  customerType: 'external' as const,
  fields: { period: 'Q3', kpis: text, analysis: 'Better.', actions: '' },
  reflection: '',
  tags: [],
  version: 1,
  createdAt: '2026-09-30T10:00:00.000Z',
  updatedAt: '2026-09-30T10:00:00.000Z',
};

describe('a performance report stored as text, before KPI rows', () => {
  it('opens from a schema version 4 database with its text intact and its hash unchanged', async () => {
    const version = await firstVersionOf(report, 'Zoë Brontë', [], []);
    const row: Evidence = { ...report, versionId: version.id };
    const name = `kpi-${crypto.randomUUID()}`;
    const raw = new Dexie(name);
    raw.version(4).stores(SCHEMA_V4);
    await raw.table('evidence').add(row);
    await raw.table('versions').add(version);
    raw.close();

    const d = new FolioDatabase(name);
    const opened = await d.evidence.get('ev-1');
    expect(opened).toEqual(row);
    expect(opened?.fields.kpis).toBe(text);
    expect(opened && 'kpiRows' in opened).toBe(false);
    const stored = await d.versions.get(version.id);
    expect(stored?.contentHash).toBe(version.contentHash);
    expect(await contentHash(versionContentOf(opened ?? row), [])).toBe(version.contentHash);
    d.close();
  });

  it('saves from the editor untouched with no rows added, so its content hashes the same', async () => {
    const version = await firstVersionOf(report, 'Zoë Brontë', [], []);
    const item: Evidence = { ...report, versionId: version.id };
    const values = formValuesOf(item, []);
    expect('kpiRows' in values || 'kpiLinks' in values).toBe(false);
    const output = evidenceFormSchema.parse(values);
    expect(output.input).not.toHaveProperty('kpiRows');
    expect(output.input).not.toHaveProperty('kpiLinks');
    expect(await contentHash(versionContentOf(output.input), [])).toBe(version.contentHash);
  });

  it('round-trips a report with rows and an item with links through the form values unchanged', () => {
    const withRows: Evidence = {
      ...report,
      versionId: 'v',
      fields: { ...report.fields, kpis: '' },
      kpiRows: [{ id: 'r1', measure: 'Replies within 24 hours', unit: '%', baseline: 1200.5, baselineDate: '2026-06-30', target: 90, result: 78, resultDate: '2026-09-30' }],
      kpiLinks: [{ evidenceId: 'ev-9', kpiId: 'r9' }],
    };
    const values = formValuesOf(withRows, []);
    expect(values.kpiRows?.[0]).toMatchObject({ baseline: '1200.5', result: '78', resultDate: '2026-09-30' });
    const output = evidenceFormSchema.parse(values);
    expect(output.input.kpiRows).toEqual(withRows.kpiRows);
    expect(output.input.kpiLinks).toEqual(withRows.kpiLinks);
    expect(sameValues(formValuesOf({ ...withRows, ...output.input }, []), values)).toBe(true);
  });

  it('keeps KPI rows only on a performance report, as a kind’s fields are', () => {
    const values = { ...formValuesOf({ ...report, versionId: 'v' }, []), kind: 'other', fields: { description: 'A note' } };
    const output = evidenceFormSchema.parse({ ...values, kpiRows: [{ id: 'r', measure: 'M', unit: 'u', baseline: '1', baselineDate: '2026-01-01', target: '2', result: '', resultDate: '' }] });
    expect(output.input).not.toHaveProperty('kpiRows');
  });

  it('counts a row added and removed again as no change (an empty list is none)', () => {
    const values = formValuesOf({ ...report, versionId: 'v' }, []);
    expect(sameValues({ ...values, kpiRows: [] }, values)).toBe(true);
    expect(sameValues({ ...values, kpiRows: [{ id: 'r', measure: '', unit: '', baseline: '', baselineDate: '', target: '', result: '', resultDate: '' }] }, values)).toBe(false);
  });
});

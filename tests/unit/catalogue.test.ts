import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMarkingPoints, catalogue, findMarkingPoint, unitOf } from '../../src/catalogue';
import { catalogueProblems } from '../../src/catalogue/check';
import { catalogueSchema } from '../../src/catalogue/schema';

// The seeds as the catalogue was built from them, kept with the tests so they always run; where the
// project's shared/ folder sits beside the checkout (as in CI), the copy is held to it as well.
const seedsDir = join(__dirname, '../fixtures/seeds');
const sharedSeedsDir = join(__dirname, '../../../shared/seeds');

describe('catalogue', () => {
  it('has five units and 21 marking points with unique, stable ids', () => {
    expect(catalogue.units).toHaveLength(5);
    expect(allMarkingPoints).toHaveLength(21);
    const ids = allMarkingPoints.map((mp) => mp.id);
    expect(new Set(ids).size).toBe(21);
    expect(ids).toEqual([
      'EXT-1', 'EXT-2', 'EXT-3',
      'PRN-1', 'PRN-2', 'PRN-3', 'PRN-4',
      'DEL-1', 'DEL-2', 'DEL-3', 'DEL-4',
      'REL-1', 'REL-2', 'REL-3', 'REL-4', 'REL-5',
      'IMP-1', 'IMP-2', 'IMP-3', 'IMP-4', 'IMP-5',
    ]);
  });

  it('models countable marking points as data', () => {
    expect(findMarkingPoint('PRN-2')?.threshold).toEqual({ min: 3, counts: 'distinct factors' });
    expect(findMarkingPoint('REL-3')?.threshold).toEqual({ min: 2, counts: 'feedback collection techniques' });
    expect(allMarkingPoints.filter((mp) => mp.threshold)).toHaveLength(2);
  });

  it('finds the unit of a marking point', () => {
    expect(unitOf('REL-3')?.id).toBe('REL');
    expect(unitOf('NOPE-1')).toBeUndefined();
  });

  it('refuses a catalogue with a duplicated marking point id', () => {
    const broken = structuredClone(catalogue);
    const unit = broken.units[0];
    if (!unit) throw new Error('no unit');
    unit.markingPoints.push({ ...unit.markingPoints[0]! });
    expect(catalogueSchema.safeParse(broken).success).toBe(false);
  });

  it('ships as the schema checks it: the file parses to exactly the data the app runs on', () => {
    const text = readFileSync(join(__dirname, '../../src/catalogue/customer-service-l3.json'), 'utf8');
    expect(catalogueProblems(text)).toBeUndefined();
    // No defaults fill in and no keys are dropped, so the unparsed data the app imports is the checked data.
    expect(catalogueSchema.parse(JSON.parse(text))).toStrictEqual(catalogue);
  });

  it('names what is wrong in a bad catalogue file, for the build to stop on', () => {
    const withoutFlag = structuredClone(catalogue) as { units: { markingPoints: Record<string, unknown>[] }[] };
    delete withoutFlag.units[1]?.markingPoints[0]?.externalOnly;
    expect(catalogueProblems(JSON.stringify(withoutFlag))).toMatch(/externalOnly/);

    const unknownKey = structuredClone(catalogue) as { units: { markingPoints: Record<string, unknown>[] }[] };
    const point = unknownKey.units[0]?.markingPoints[0];
    if (!point) throw new Error('no marking point');
    point.needsPolicyRefrence = true;
    expect(catalogueProblems(JSON.stringify(unknownKey))).toMatch(/needsPolicyRefrence/);

    const duplicated = structuredClone(catalogue);
    duplicated.units[0]?.markingPoints.push({ ...duplicated.units[0].markingPoints[0]! });
    expect(catalogueProblems(JSON.stringify(duplicated))).toMatch(/duplicate marking point id EXT-1/);

    expect(catalogueProblems('{"id": ')).toMatch(/^It is not valid JSON/);
  });

  it('keeps its copy of the seeds identical to the shared ones, where those are present', () => {
    const names = readdirSync(seedsDir).sort();
    expect(names).toHaveLength(5);
    const shared = existsSync(sharedSeedsDir) ? readdirSync(sharedSeedsDir).sort() : names;
    expect(shared).toEqual(names);
    if (!existsSync(sharedSeedsDir)) return;
    for (const name of names) expect(readFileSync(join(sharedSeedsDir, name), 'utf8')).toBe(readFileSync(join(seedsDir, name), 'utf8'));
  });

  it('keeps every marking point and guidance line word for word from the seeds', () => {
    const seeds = readdirSync(seedsDir)
      .sort()
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    catalogue.units.forEach((unit, i) => {
      const seed = seeds[i] ?? '';
      expect(unit.source).toContain(readdirSync(seedsDir).sort()[i]);
      for (const mp of unit.markingPoints) expect(seed).toContain(`- ${mp.text}\n`.trimEnd());
      for (const tip of unit.examTips) expect(seed).toContain(tip);
      for (const m of unit.misconceptions) expect(seed).toContain(m);
      for (const k of unit.keyConcepts) expect(seed).toContain(`${k.name}: ${k.text}`);
      expect(seed).toContain(unit.synopsis);
      const seedPoints = seed.split('Examiner Marking Points')[1]?.split('\n').filter((l) => l.startsWith('- ')) ?? [];
      expect(seedPoints.map((l) => l.slice(2).trim())).toEqual(unit.markingPoints.map((mp) => mp.text));
    });
  });
});

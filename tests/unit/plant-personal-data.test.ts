import { describe, expect, it } from 'vitest';
import { appVersion } from '../../src/domain/app-version';
import { findPersonalData } from '../../src/domain/privacy/find-personal-data';
import { decodeFolio, encodeFolio } from '../../src/domain/portfolio-file';
import { generatePortfolio } from '../../src/samples/generate';
import { plantedPeople, plantedSentence, withPlantedPersonalData } from '../../src/samples/plant-personal-data';

const now = '2026-11-22T09:00:00.000Z';
const people = { peopleToRedact: plantedPeople };

describe('plantedSentence', () => {
  it('holds a name, an email address, a phone number and a postcode, each found by the privacy scan', () => {
    for (const n of [1, 2, 3, 10, 1234]) {
      const kinds = findPersonalData(plantedSentence(n), people).map((f) => f.kind);
      expect(kinds).toEqual(['person', 'email', 'phone', 'postcode']);
    }
  });

  it('writes the phone number in each common form in turn', () => {
    const phones = [1, 2, 3].map((n) => findPersonalData(plantedSentence(n)).find((f) => f.kind === 'phone')?.text);
    expect(phones).toEqual(['+44 7700 900001', '020 7946 0002', '07700 900003']);
  });
});

describe('withPlantedPersonalData', () => {
  it('plants details in one item in ten and leaves the others with none', async () => {
    const generated = await generatePortfolio({ items: 30, imageEvery: 0, seed: 3, now });
    const { snapshot, planted } = await withPlantedPersonalData(generated, 10);
    expect(planted).toBe(3);
    const withData = snapshot.evidence.filter((e) => findPersonalData(e.reflection, people).length > 0).map((e) => e.ref);
    expect(withData).toEqual(['E010', 'E020', 'E030']);
    for (const item of snapshot.evidence) {
      expect(snapshot.versions.find((v) => v.id === item.versionId)?.content.reflection).toBe(item.reflection);
    }
    expect(generated.evidence.every((e) => findPersonalData(e.reflection, people).length === 0)).toBe(true);
  });

  it('gives planted items versions whose hashes agree with their content, so the file still opens', async () => {
    const generated = await generatePortfolio({ items: 20, imageEvery: 0, seed: 4, now });
    const { snapshot } = await withPlantedPersonalData(generated, 10);
    const decoded = await decodeFolio(await encodeFolio(snapshot, { appVersion, now }));
    expect(decoded.ok).toBe(true);
  });
});

import type { Catalogue, MarkingPoint } from '../../catalogue/schema';
import { evidenceKinds, kindLists } from '../evidence-kinds';
import type { Evidence } from '../schemas';
import { distinctEntries, type CountedListKey } from '../structured-lists';
import { wordList } from './item-text';
import type { CoachCheck, CoachFinding, SeedSource } from './types';

export const factorCountSource: SeedSource = {
  seedUnitId: 'PRN',
  section: 'markingPoints',
  quote: 'Expect evidence of identifying at least three distinct factors (e.g., resources, company policies, customer expectations) that influence service.',
};

export const techniqueCountSource: SeedSource = {
  seedUnitId: 'REL',
  section: 'markingPoints',
  quote: 'Award credit for showing the use of at least two feedback collection techniques (e.g., surveys, interviews)',
};

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** What a counted list is called in a message, and the words of a marking point that ask for it. */
const COUNTED: Record<CountedListKey, { asks: RegExp; plural: string; singular: string; fieldLabel: string }> = {
  factors: { asks: /\bat least (\w+) (?:distinct )?factors\b/i, plural: 'distinct factors', singular: 'distinct factor', fieldLabel: 'Factors' },
  feedbackTechniques: {
    asks: /\bat least (\w+) feedback (?:collection )?techniques\b/i,
    plural: 'feedback techniques',
    singular: 'feedback technique',
    fieldLabel: 'Feedback techniques',
  },
};

/**
 * The marking points that ask for at least so many of a list's entries, found by their text ("at least
 * three distinct factors"), never by id, with the number they ask for.
 */
export function countedPoints(catalogue: Catalogue, list: CountedListKey): { point: MarkingPoint; min: number }[] {
  return catalogue.units.flatMap((u) =>
    u.markingPoints.flatMap((point) => {
      const word = COUNTED[list].asks.exec(point.text)?.[1]?.toLowerCase();
      const min = word === undefined ? undefined : (NUMBER_WORDS[word] ?? Number.parseInt(word, 10));
      return min !== undefined && Number.isInteger(min) && min > 1 ? [{ point, min }] : [];
    }),
  );
}

/** The kinds' labels that offer a list, for saying where to enter it ("a reflective account or a survey"). */
function kindsOffering(list: CountedListKey): string[] {
  return evidenceKinds.filter((k) => kindLists(k.id).includes(list)).map((k) => k.label.toLowerCase());
}

function countCheck(list: CountedListKey, checkId: string, source: SeedSource): CoachCheck {
  const words = COUNTED[list];
  return ({ catalogue, evidence, mappings }) => {
    const byId = new Map(evidence.map((e) => [e.id, e]));
    return countedPoints(catalogue, list).flatMap(({ point, min }): CoachFinding[] => {
      const mapped = mappings
        .filter((m) => m.markingPointId === point.id)
        .flatMap((m) => byId.get(m.evidenceId) ?? [])
        .sort((a, b) => a.number - b.number);
      // A point with nothing mapped is a gap the coverage already shows; the coach judges what is there.
      if (mapped.length === 0) return [];
      const named = distinctEntries(mapped.flatMap((item: Evidence) => item[list] ?? []));
      if (named.length >= min) return [];
      const offering = mapped.filter((item) => hasList(item, list));
      const have = named.length === 0 ? 'names none' : `names ${named.length} (${wordList(named.map((n) => n.toLowerCase()), 'and')})`;
      const more = min - named.length;
      const where =
        offering.length > 0
          ? `in the ${words.fieldLabel} field of ${wordList(offering.map((i) => i.ref), 'or')}`
          : `in the ${words.fieldLabel} field of an item mapped there (${wordList(kindsOffering(list), 'or')})`;
      return [
        {
          checkId,
          severity: 'fix',
          message: `${point.id} asks for at least ${min} ${words.plural}; the evidence mapped to it ${have}. Add ${more} more ${more === 1 ? words.singular : words.plural} ${where}, and say in the text how each one applied.`,
          evidenceIds: mapped.map((i) => i.id),
          markingPointIds: [point.id],
          source,
        },
      ];
    });
  };
}

function hasList(item: Evidence, list: CountedListKey): boolean {
  return kindLists(item.kind).includes(list);
}

/** Fewer distinct factors than the principles unit asks for, across the evidence mapped to that point. */
export const checkFactorCount = countCheck('factors', 'factor-count', factorCountSource);

/** Fewer distinct feedback techniques than the relations unit asks for, across the evidence mapped to that point. */
export const checkTechniqueCount = countCheck('feedbackTechniques', 'technique-count', techniqueCountSource);

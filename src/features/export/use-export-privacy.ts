import { useCallback, useMemo } from 'react';
import { usePortfolio } from '../../db';
import { usePeopleToRedact } from '../../db/people-to-redact';
import { setPrivacyChoices, useExportTexts, usePrivacyChoices, type PrivacyChoices } from '../../db/privacy-review';
import { useMe } from '../../db/use-me';
import { choiceKey } from '../../domain/privacy/choice-key';
import { redactSnapshot } from '../../domain/privacy/redact-snapshot';
import { reviewKeys, reviewPersonalData, type ReviewGroup } from '../../domain/privacy/review-personal-data';
import type { PortfolioSnapshot } from '../../domain/snapshot';
import type { PrivacyOutcome } from '../../pdf/model/build';

/** What an export sends, after the privacy check: the copy to send and what the declaration may say. */
export interface PreparedExport {
  snapshot: PortfolioSnapshot;
  /** Anything was masked: the .folio file then says it is a redacted copy. */
  redacted: boolean;
  /** For the PDF's declaration; absent when no check was made (an assessor's or tutor's export). */
  privacy: PrivacyOutcome | undefined;
}

export interface ExportPrivacy {
  /** The check applies: the device's user is the learner. */
  applies: boolean;
  /** Undefined while loading. */
  groups: readonly ReviewGroup[] | undefined;
  choices: PrivacyChoices;
  /** How many found values have no choice yet. */
  open: number;
  /** Why the exports must wait, in words for beside their buttons; undefined when they may go. */
  blocked: string | undefined;
  choose: (changes: PrivacyChoices) => Promise<void>;
  prepare: (snapshot: PortfolioSnapshot) => PreparedExport;
}

const NO_CHOICES: PrivacyChoices = {};

const asIs = (snapshot: PortfolioSnapshot): PreparedExport => ({ snapshot, redacted: false, privacy: undefined });

/**
 * The privacy check before a learner's export (issue 10): everything the export carries, scanned with
 * this device's "people to redact" list; the learner's choice per value; and `prepare`, which makes the
 * copy to send from the snapshot read at export time. Anything found then that the learner has not
 * kept (say, text added in another tab since the list was shown) is masked, never sent by default.
 */
export function useExportPrivacy(portfolioId: string): ExportPrivacy {
  const portfolio = usePortfolio(portfolioId);
  const me = useMe(portfolio?.learnerName);
  const texts = useExportTexts(portfolioId);
  const people = usePeopleToRedact(portfolioId);
  const stored = usePrivacyChoices(portfolioId);
  const choices = stored ?? NO_CHOICES;
  const applies = me?.role === 'learner';

  const groups = useMemo(() => (texts && people ? reviewPersonalData(texts, { peopleToRedact: people }) : undefined), [texts, people]);
  const keys = useMemo(() => (groups ? reviewKeys(groups) : []), [groups]);
  const open = keys.filter((k) => choices[k] === undefined).length;

  const choose = useCallback((changes: PrivacyChoices) => setPrivacyChoices(portfolioId, changes), [portfolioId]);

  const prepare = useCallback(
    (snapshot: PortfolioSnapshot): PreparedExport => {
      if (!applies) return asIs(snapshot);
      const kept = new Set<string>();
      const result = redactSnapshot(
        snapshot,
        (finding) => {
          const key = choiceKey(finding);
          if (choices[key] !== 'keep') return true;
          kept.add(key);
          return false;
        },
        { peopleToRedact: people ?? [] },
      );
      return { snapshot: result.snapshot, redacted: result.redacted, privacy: { masked: result.masked, confirmedNotCustomers: kept.size } };
    },
    [applies, choices, people],
  );

  let blocked: string | undefined;
  if (me === undefined) blocked = 'Folio is getting ready…';
  else if (applies && groups === undefined) blocked = 'Folio is checking your evidence for customers’ personal data…';
  else if (applies && open > 0) blocked = `Choose Redact or Keep for each piece of personal data Folio found first (${open} still to choose, under “Customers’ personal data” above).`;

  return { applies, groups, choices, open, blocked, choose, prepare };
}

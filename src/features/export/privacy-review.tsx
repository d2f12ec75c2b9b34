import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { PrivacyChoice } from '../../db/privacy-review';
import { plural } from '../../domain/plural';
import { reviewFindingText, type ReviewFinding, type ReviewGroup } from '../../domain/privacy/review-personal-data';
import { shortForMessage } from '../../domain/short-for-message';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorNotice } from '../../ui/error-notice';
import type { ExportPrivacy } from './use-export-privacy';

function groupHeading(group: ReviewGroup): string {
  if (group.ref === undefined) return 'Outside any item: feedback, the audit trail and the portfolio’s lists';
  return `${group.ref} · ${shortForMessage(group.title ?? '', 80)}`;
}

function FindingChoice({ found, name, choice, onChoose }: { found: ReviewFinding; name: string; choice: PrivacyChoice | undefined; onChoose: (choice: PrivacyChoice) => void }) {
  const id = useId();
  return (
    <fieldset className="privacy-finding">
      <legend>{reviewFindingText(found)}</legend>
      <div className="cluster privacy-finding__choices">
        <div className="choice">
          <input id={`${id}-redact`} type="radio" name={name} checked={choice === 'redact'} onChange={() => onChoose('redact')} />
          <label htmlFor={`${id}-redact`}>Redact</label>
        </div>
        <div className="choice">
          <input id={`${id}-keep`} type="radio" name={name} checked={choice === 'keep'} onChange={() => onChoose('keep')} />
          <label htmlFor={`${id}-keep`}>Not a customer’s (keep)</label>
        </div>
      </div>
    </fieldset>
  );
}

/**
 * The privacy check before a learner's export: what Folio found in everything the PDF and the portfolio
 * file carry, item by item, and a choice for each value (the same value in two items is one choice).
 */
export function PrivacyReview({ portfolioId, privacy }: { portfolioId: string; privacy: ExportPrivacy }) {
  const id = useId();
  const [confirmKeepAll, setConfirmKeepAll] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { groups, choices, open } = privacy;

  const choose = (changes: Record<string, PrivacyChoice>) => {
    setError(undefined);
    privacy.choose(changes).catch(() => setError('Your choice could not be kept on this device. Try again; nothing was exported.'));
  };
  const all = (choice: PrivacyChoice) => Object.fromEntries((groups ?? []).flatMap((g) => g.findings.map((f) => [f.key, choice])));
  const values = new Set((groups ?? []).flatMap((g) => g.findings.map((f) => f.key))).size;
  const items = (groups ?? []).filter((g) => g.ref !== undefined).length;

  return (
    <section className="card export-part privacy-review" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Customers’ personal data</h2>
      <p>
        Before anything leaves this device, Folio checks everything the PDF and the portfolio file carry — every item and its older
        versions, comments and the audit trail — for email addresses, UK phone numbers, postcodes, National Insurance and payment card
        numbers, and the names on your <Link to={`/p/${portfolioId}/settings`}>“people to redact” list</Link>. The list and your choices
        below stay on this device.
      </p>
      {groups === undefined ? (
        <p role="status">Checking your evidence…</p>
      ) : groups.length === 0 ? (
        <p className="notice" role="status">
          Folio found no customers’ personal data. You can export.
        </p>
      ) : (
        <>
          <p>
            Folio found {plural(values, 'piece')} of personal data{items > 0 ? ` in ${plural(items, 'item')}` : ''}. For each, choose{' '}
            <strong>Redact</strong> to put a mask such as “[email removed]” in its place in the PDF and the portfolio file (your evidence on
            this device stays as you wrote it), or <strong>Not a customer’s (keep)</strong> if it is yours, such as your own work email.
          </p>
          <div className="cluster">
            <button type="button" className="button button--secondary" onClick={() => choose(all('redact'))}>
              Redact all
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmKeepAll(true)}>
              Keep all as mine
            </button>
          </div>
          {groups.map((group) => (
            <div key={group.evidenceId ?? 'outside'} className="privacy-group">
              <h3>{groupHeading(group)}</h3>
              {group.findings.map((found) => (
                <FindingChoice
                  key={found.key}
                  found={found}
                  name={`${id}-${group.evidenceId ?? 'outside'}-${found.key}`}
                  choice={choices[found.key]}
                  onChoose={(choice) => choose({ [found.key]: choice })}
                />
              ))}
            </div>
          ))}
          <p role="status" className={open > 0 ? 'notice notice--warn' : 'notice'}>
            {open > 0 ? `${plural(open, 'piece')} of personal data still to choose for.` : 'Every piece of personal data has a choice. You can export.'}
          </p>
        </>
      )}
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
      <ConfirmDialog
        open={confirmKeepAll}
        title="Keep all of it as yours?"
        confirmLabel="Keep all as mine"
        onConfirm={() => {
          setConfirmKeepAll(false);
          choose(all('keep'));
        }}
        onCancel={() => setConfirmKeepAll(false)}
      >
        <p>
          The PDF and the portfolio file will then carry all {plural(values, 'piece')} of personal data as written, and the declaration will
          say you confirmed none of it is a customer’s. Only do this if every one is yours — your own work email or phone number, say.
        </p>
      </ConfirmDialog>
    </section>
  );
}

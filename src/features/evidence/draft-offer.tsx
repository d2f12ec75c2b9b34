import { plural } from '../../domain/plural';

/** "22 November 2026 at 14:05", in the learner's own time zone. */
function formatLocalTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Offers unsaved changes kept from an earlier visit; nothing changes until the learner chooses. */
interface DraftOfferProps {
  savedAt: string;
  isNew: boolean;
  /** Files chosen but not saved, kept with the draft. */
  fileCount: number;
  onRestore: () => void;
  onDiscard: () => void;
}

export function DraftOffer({ savedAt, isNew, fileCount, onRestore, onDiscard }: DraftOfferProps) {
  const when = formatLocalTime(savedAt);
  const files = fileCount === 0 ? '' : ` (with ${plural(fileCount, 'file')})`;
  return (
    <section className="notice notice--warn draft-offer" aria-labelledby="draft-offer-title">
      <h2 id="draft-offer-title" className="draft-offer__title">
        You have unsaved changes
      </h2>
      <p>
        Changes you made on {when}
        {files} were not saved. You can carry on from them, or discard them and {isNew ? 'start afresh' : 'start from what is saved'}.
      </p>
      <div className="cluster">
        <button type="button" className="button" onClick={onRestore}>
          Restore unsaved changes from {when}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}

import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAttachments, useDraft, useEvidence, useMappings, usePortfolio } from '../../db';
import { formatRef } from '../../domain/references';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { ConflictBanner } from './conflict-banner';
import { ItemNotFound } from './item-not-found';
import { parseDraft } from './draft-values';
import { EvidenceForm } from './evidence-form';
import { emptyFormValues, formValuesOf, sameValues, todayIso } from './form-values';

/** The editor for a new item (`/evidence/new`) or an existing one (`/evidence/:evidenceId`). */
export function EvidenceEditorPage() {
  const { evidenceId } = useParams();
  // A fresh editor per item, so nothing of one item's form carries into another's.
  return <EditorLoader key={evidenceId ?? 'new'} evidenceId={evidenceId} />;
}

/** The first loaded value, kept: later changes (our own save, a delete) must not reset an open form. */
function useFirstLoaded<T>(value: T | undefined): T | undefined {
  const [first, setFirst] = useState<T | undefined>(value);
  if (first === undefined && value !== undefined) {
    setFirst(value);
    return value;
  }
  return first;
}

function EditorLoader({ evidenceId }: { evidenceId: string | undefined }) {
  const portfolioId = usePortfolioId();
  const listPath = `/p/${portfolioId}/evidence`;
  const portfolio = useFirstLoaded(usePortfolio(portfolioId));
  const item = useFirstLoaded(useEvidence(evidenceId));
  const draft = useFirstLoaded(useDraft(portfolioId, evidenceId));
  const initialMappings = useFirstLoaded(useMappings(portfolioId));
  const liveMappings = useMappings(portfolioId);
  const attachments = useAttachments(evidenceId);
  const [searchParams] = useSearchParams();

  if (item === null && evidenceId !== undefined) return <ItemNotFound listPath={listPath} />;
  if (item && item.portfolioId !== portfolioId) return <ItemNotFound listPath={listPath} />;
  if (portfolio === undefined || item === undefined || draft === undefined || initialMappings === undefined || attachments === undefined) {
    return <p role="status">Loading the evidence…</p>;
  }
  if (portfolio === null) return <ItemNotFound listPath={listPath} />;

  const stored = item ?? undefined;
  const initialValues = stored ? formValuesOf(stored, initialMappings) : emptyFormValues(todayIso(new Date()), searchParams.get('point'));
  const kept = draft ? parseDraft(draft.values) : undefined;
  // A draft older than the saved item was overtaken by a save elsewhere; one equal to it adds nothing.
  const offer =
    draft && kept && (!stored || draft.savedAt > stored.updatedAt) && (kept.pending.length > 0 || kept.removedIds.length > 0 || !sameValues(kept.form, initialValues))
      ? { savedAt: draft.savedAt, values: kept }
      : undefined;
  const nextRef = formatRef(portfolio.nextEvidenceNumber);

  return (
    <>
      <p className="back-link">
        <Link to={listPath}>Back to the evidence list</Link>
      </p>
      <PageHeader title={stored ? `Edit ${stored.ref}` : 'Add evidence'} lead={stored ? stored.title : `It will be saved as ${nextRef}.`}>
        {stored ? (
          <Link className="button button--secondary" to={`/p/${portfolioId}/evidence/${stored.id}/history`}>
            History of {stored.ref}
          </Link>
        ) : null}
      </PageHeader>
      {stored ? <ConflictBanner portfolioId={portfolioId} evidenceId={stored.id} /> : null}
      <EvidenceForm
        portfolioId={portfolioId}
        item={stored}
        initialValues={initialValues}
        attachments={attachments}
        storedMappingCount={(liveMappings ?? initialMappings).filter((m) => m.evidenceId === evidenceId).length}
        draft={offer}
        nextRef={nextRef}
      />
    </>
  );
}

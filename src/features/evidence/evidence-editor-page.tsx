import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAttachments, useDraft, useEvidence, useMappings, useMe, usePortfolio, usePortfolioData } from '../../db';
import { currentAttachmentIds } from '../../domain/current-attachments';
import { EvidenceDetails } from '../../ui/evidence-details';
import { formatRef } from '../../domain/references';
import { PageHeader } from '../../ui/page-header';
import { usePortfolioId } from '../../ui/use-portfolio-id';
import { ConflictBanner } from './conflict-banner';
import { ItemNotFound } from './item-not-found';
import { parseDraft } from './draft-values';
import { EvidenceForm } from './evidence-form';
import { ItemAssessment } from './item-assessment';
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
  const data = usePortfolioData(portfolioId);
  const me = useMe(portfolio?.learnerName ?? undefined);
  const [searchParams] = useSearchParams();

  if (item === null && evidenceId !== undefined) return <ItemNotFound listPath={listPath} />;
  if (item && item.portfolioId !== portfolioId) return <ItemNotFound listPath={listPath} />;
  if (
    portfolio === undefined ||
    item === undefined ||
    draft === undefined ||
    initialMappings === undefined ||
    attachments === undefined ||
    data === undefined ||
    me === undefined
  ) {
    return <p role="status">Loading the evidence…</p>;
  }
  if (portfolio === null) return <ItemNotFound listPath={listPath} />;

  const stored = item ?? undefined;
  // An assessor or tutor reads the learner's evidence; a learner reads an item a sign-off has locked.
  if (me.role !== 'learner' || (stored && data.coverage.assessment.locked.has(stored.id))) {
    if (!stored) {
      return (
        <>
          <PageHeader title="Add evidence" />
          <p>Only the learner adds evidence. This device is set up for {me.name} as {me.role}.</p>
        </>
      );
    }
    const current = currentAttachmentIds([stored], data.versions);
    return (
      <>
        <p className="back-link">
          <Link to={listPath}>Back to the evidence list</Link>
        </p>
        <PageHeader title={`${stored.ref}: ${stored.title}`} />
        <ItemAssessment item={stored} data={data} />
        <section className="card" aria-label={`${stored.ref}, read-only`}>
          <EvidenceDetails item={stored} attachmentNames={attachments.filter((a) => current.has(a.id)).map((a) => a.name)} portfolioEvidence={data.evidence} />
        </section>
      </>
    );
  }
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
      {stored ? <ItemAssessment item={stored} data={data} /> : null}
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

import { FormProvider } from 'react-hook-form';
import { Link } from 'react-router';
import type { AttachmentRow } from '../../db';
import { findKind } from '../../domain/evidence-kinds';
import { KPI_REPORT_KIND } from '../../domain/kpi/report-kpis';
import type { Evidence } from '../../domain/schemas';
import { ErrorSummary } from '../../ui/error-summary';
import { AboutSection } from './about-section';
import { AttachmentsSection } from './attachments-section';
import { CoachSection } from './coach-section';
import { CyclesSection } from './cycles-section';
import { DeleteEvidenceDialog } from './delete-evidence-dialog';
import { DraftOffer } from './draft-offer';
import type { EditorDraft } from './draft-values';
import type { EvidenceFormValues } from './form-values';
import { KindChangeDialog } from './kind-change-dialog';
import { KindFields } from './kind-fields';
import { KpiLinksSection } from './kpi-links-section';
import { KpiRowsSection } from './kpi-rows-section';
import { LeaveDialog } from './leave-dialog';
import { KindListFields } from './list-fields';
import { MappingSection } from './mapping-section';
import { PrivacyWarning } from './privacy-warning';
import { ReflectionSection } from './reflection-section';
import { useEvidenceEditor } from './use-evidence-editor';

export interface EvidenceFormProps {
  portfolioId: string;
  /** The item being edited; undefined for a new one. */
  item: Evidence | undefined;
  initialValues: EvidenceFormValues;
  attachments: readonly AttachmentRow[];
  /** How many marking points the stored item maps to, for the delete question. */
  storedMappingCount: number;
  /** Unsaved changes from an earlier visit, offered for restoring. */
  draft: { savedAt: string; values: EditorDraft } | undefined;
  /** The reference a new item will get. */
  nextRef: string;
}

/** The evidence editor's layout: its state and actions live in useEvidenceEditor. */
export function EvidenceForm({ portfolioId, item, initialValues, attachments, storedMappingCount, draft, nextRef }: EvidenceFormProps) {
  const editor = useEvidenceEditor({ portfolioId, item, initialValues, storedAttachmentIds: attachments.map((a) => a.id), draft });
  const { form, files, offer } = editor;
  const kind = findKind(editor.kindField.value);
  return (
    <>
      {offer ? (
        <DraftOffer savedAt={offer.savedAt} isNew={!item} fileCount={offer.values.pending.length} onRestore={editor.restoreDraft} onDiscard={editor.discardOffer} />
      ) : null}
      {editor.draftError ? (
        <p className="notice notice--warn" role="status">
          {editor.draftError}
        </p>
      ) : null}
      <ErrorSummary errors={editor.summary} />
      <FormProvider {...form}>
        <form ref={editor.formRef} className="evidence-form" noValidate onSubmit={editor.submit}>
          <AboutSection kindField={editor.kindField} onRequestKind={editor.requestKind} />
          <section className="card" aria-labelledby="details-title">
            <h2 id="details-title">{kind ? `${kind.label}: details` : 'Details'}</h2>
            <KindFields kind={editor.kindField.value} />
            <KindListFields kind={editor.kindField.value} />
            {editor.kindField.value === KPI_REPORT_KIND ? <KpiRowsSection /> : null}
          </section>
          <ReflectionSection portfolioId={portfolioId} />
          <MappingSection key={editor.restoreCount} openUnitIds={editor.errorUnits} />
          <CyclesSection portfolioId={portfolioId} itemId={item?.id} />
          <KpiLinksSection portfolioId={portfolioId} itemId={item?.id} />
          <CoachSection portfolioId={portfolioId} item={item} nextRef={nextRef} />
          <AttachmentsSection
            existing={attachments}
            removedIds={files.removedIds}
            pending={files.pending}
            onAdd={(added) => editor.changeFiles({ type: 'add', files: added })}
            onRemovePending={(sha256) => editor.changeFiles({ type: 'remove-pending', sha256 })}
            onSetRemoved={(id, removed) => editor.changeFiles({ type: 'set-removed', id, removed })}
          />
          <PrivacyWarning portfolioId={portfolioId} existing={attachments} removedIds={files.removedIds} pending={files.pending} />
          {editor.saveError ? (
            <div className="notice notice--error" role="alert">
              {editor.saveError}
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={editor.saving}>
              {editor.saving ? 'Saving…' : 'Save evidence'}
            </button>
            <Link className="button button--secondary" to={editor.listPath}>
              Cancel
            </Link>
            {item ? (
              <button type="button" className="button button--danger form-actions__delete" onClick={editor.askToDelete}>
                Delete this item
              </button>
            ) : (
              <span className="muted">It will be saved as {nextRef}.</span>
            )}
          </div>
        </form>
      </FormProvider>
      <KindChangeDialog change={editor.kindChange} onConfirm={editor.confirmKindChange} onCancel={editor.cancelKindChange} />
      {item ? (
        <DeleteEvidenceDialog
          open={editor.confirmingDelete}
          item={item}
          mappingCount={storedMappingCount}
          attachmentCount={attachments.length}
          onConfirm={editor.deleteItem}
          onCancel={editor.cancelDelete}
        />
      ) : null}
      <LeaveDialog open={editor.blocker.state === 'blocked'} isNew={!item} onLeave={editor.leave} onStay={editor.stay} />
    </>
  );
}
